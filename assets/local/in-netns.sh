#!/usr/bin/env bash
# in-netns.sh <netns> <command> [args...]
# Runs a command in a network namespace, with a /sys that shows that namespace's interfaces
# (so systemd and cloud-init inside a container find the node's NIC by MAC) and the host's
# cgroup hierarchies still mounted under it (systemd-nspawn needs them). `ip netns exec` mounts
# a fresh /sys but cannot bring the cgroup mounts back: a bind mount may not cross mount
# namespaces, so the cgroup tree is parked and restored within one private mount namespace.
# Every step execs, so the command keeps this script's PID.
set -euo pipefail
netns=$1
shift
if [ "${IN_NETNS_STAGE:-}" != inner ]; then
  exec unshare --mount --propagation private env IN_NETNS_STAGE=inner "$0" "$netns" "$@"
fi
park=$(mktemp -d /run/pgl-cgroup.XXXXXX)
mount --rbind /sys/fs/cgroup "$park"
# shellcheck disable=SC2016
exec nsenter --net="/run/netns/$netns" -- sh -c '
  park=$1; shift
  umount -l /sys
  mount -t sysfs -o ro,nosuid,nodev,noexec sysfs /sys
  mount --rbind "$park" /sys/fs/cgroup
  umount -l "$park" && rmdir "$park"
  exec "$@"' in-netns "$park" "$@"
