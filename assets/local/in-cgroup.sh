#!/usr/bin/env bash
# in-cgroup.sh <name> <command> [args...]   runs a command (systemd-nspawn) in a control group of its own
# in-cgroup.sh --remove <name>              removes that group once nothing runs in it
#
# Why: with --keep-unit, systemd-nspawn puts the container's systemd in a "payload" group under
# the group it was started in, and every node was started from the same one (Terraform's, or the
# host's root group when PID 1 is not systemd). The nodes' systemd then shared one tree:
# /payload/system.slice/ssh.service held every node's sshd, and one node removing a unit's empty
# group while another attached a process to it failed that unit with status=219/CGROUP
# ("Failed to attach to cgroup /system.slice/systemd-tmpfiles-setup.service: No such file or
# directory"), about one deploy in seven. A group per node makes each node's tree its own.
#
# With systemd as PID 1 the group is a transient scope with delegation (systemd owns the tree);
# without it, a directory pigsty-local/<name> in each hierarchy systemd-nspawn uses: the named
# systemd one and the unified one of a hybrid host, or the unified one alone. The command keeps
# this script's PID (exec).
set -euo pipefail
hierarchies() {
  local hierarchy
  for hierarchy in /sys/fs/cgroup/systemd /sys/fs/cgroup/unified /sys/fs/cgroup; do
    if [ -f "$hierarchy/cgroup.procs" ]; then echo "$hierarchy"; fi
  done
}
if [ "$1" = --remove ]; then
  [ -d /run/systemd/system ] && exit 0 # a scope is collected when its last process exits
  for hierarchy in $(hierarchies); do
    group="$hierarchy/pigsty-local/$2"
    # Depth first; a group something still runs in stays (rmdir refuses it).
    if [ -d "$group" ]; then find "$group" -depth -type d -exec rmdir {} + 2>/dev/null || true; fi
    rmdir "$hierarchy/pigsty-local" 2>/dev/null || true
  done
  exit 0
fi
name=$1
shift
if [ -d /run/systemd/system ]; then
  exec systemd-run --scope --quiet --collect --property=Delegate=yes --unit="$name" -- "$@"
fi
for hierarchy in $(hierarchies); do
  mkdir -p "$hierarchy/pigsty-local/$name"
  echo $$ >"$hierarchy/pigsty-local/$name/cgroup.procs"
done
exec "$@"
