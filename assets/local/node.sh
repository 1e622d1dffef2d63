#!/usr/bin/env bash
# node.sh seed|start|stop|kill|destroy|sweep
# One local node: a systemd-nspawn container booting real systemd from the shared base rootfs
# (through its own overlay, so a stopped node restarts with its data), in its own network
# namespace whose eth0 is a veth on the deployment's bridge, with a NoCloud seed for cloud-init.
#
# Environment: WORKDIR, NODE, and for seed: USER_DATA, META_DATA, NETWORK_CONFIG (NoCloud), or
# GUESTINFO_VARS naming the VMX_GUESTINFO_* variables that hold the vSphere guestinfo; for start:
# ROOTFS, BRIDGE, MAC, NETNS, VETH, and REPO (a package repository a meta node serves, or empty).
# start records them in $WORKDIR/nodes/$NODE/env, so later stop/kill/start calls need only
# WORKDIR and NODE. OWNER (start, optional) is the stack that deploys the node, recorded with
# them so that a destroy of that stack finds its nodes even when its state lost them (sweep).
#
# node.sh sweep: every node under $WORKDIR of the stack OWNER (with BRIDGE, its bridge),
# destroyed: those whose env names OWNER, and those with none when OWNER's mark is on BRIDGE.
. "$(dirname "$0")/lib.sh"
dir="$WORKDIR/nodes/${NODE:-}"

load_env() {
  [ -f "$dir/env" ] || fail "$NODE was never started (no $dir/env)"
  # shellcheck disable=SC1091
  . "$dir/env"
}

running() { [ -f "$dir/pid" ] && kill -0 "$(cat "$dir/pid")" 2>/dev/null; }

# The container's init: nspawn's child, PID 1 of the container's PID namespace. Killing it
# kills every process of the container; killing only nspawn would orphan them.
container_init() {
  local child
  for child in $(pgrep -P "$1" || true); do
    if grep -qE '^NSpid:\s+[0-9]+\s+1$' "/proc/$child/status" 2>/dev/null; then echo "$child"; return; fi
  done
}

seed() {
  install -d -m 0700 "$dir/seed"
  if [ -n "${GUESTINFO_VARS:-}" ]; then
    # The vSphere guestinfo mode: the extra_config values, verbatim, as the environment
    # cloud-init's VMware datasource reads (VMX_GUESTINFO=1 selects that transport).
    local name
    (umask 077
      echo "VMX_GUESTINFO=1"
      for name in $GUESTINFO_VARS; do printf '%s=%s\n' "$name" "${!name}"; done) >"$dir/seed/guestinfo.env"
    chmod 0600 "$dir/seed/guestinfo.env"
    log "guestinfo seed written"
    return
  fi
  (umask 077
    printf '%s' "$USER_DATA" >"$dir/seed/user-data"
    printf '%s' "$META_DATA" >"$dir/seed/meta-data"
    printf '%s' "$NETWORK_CONFIG" >"$dir/seed/network-config")
  log "seed written"
}

# The guestinfo mode inside the node's overlay: the VMware datasource alone, the cloud-init
# services reading the guestinfo environment, and the stand-in vmware-rpctool.
guestinfo_mode() {
  local root=$1 unit
  install -D -m 0644 /dev/stdin "$root/etc/cloud/cloud.cfg.d/99-pigsty-guestinfo.cfg" <<<'datasource_list: [ VMware ]'
  for unit in cloud-init-local cloud-init cloud-config cloud-final; do
    install -D -m 0644 /dev/stdin "$root/etc/systemd/system/$unit.service.d/pigsty-guestinfo.conf" \
      <<<$'[Service]\nEnvironmentFile=/etc/pigsty-guestinfo/guestinfo.env'
  done
  install -D -m 0755 "$(dirname "$0")/vmware-rpctool" "$root/usr/local/bin/vmware-rpctool"
}

start() {
  if [ -n "${ROOTFS:-}" ]; then
    install -d -m 0700 "$dir"
    printf 'ROOTFS=%q\nBRIDGE=%q\nMAC=%q\nNETNS=%q\nVETH=%q\nREPO=%q\nOWNER=%q\n' "$ROOTFS" "$BRIDGE" "$MAC" "$NETNS" "$VETH" "${REPO:-}" "${OWNER:-}" >"$dir/env"
  fi
  load_env
  if running; then log "already running (pid $(cat "$dir/pid"))"; return; fi
  [ -d "$ROOTFS" ] || fail "no base rootfs at $ROOTFS"
  local binds=() guestinfo=""
  if [ -f "$dir/seed/guestinfo.env" ]; then
    guestinfo=1
    binds+=(--bind-ro="$dir/seed:/etc/pigsty-guestinfo")
  else
    [ -f "$dir/seed/user-data" ] || fail "no cloud-init seed in $dir/seed"
    binds+=(--bind-ro="$dir/seed:/var/lib/cloud/seed/nocloud")
  fi
  [ -e "/run/netns/$NETNS" ] || ip netns add "$NETNS"
  if ! ip link show "$VETH" >/dev/null 2>&1; then
    ip link add "$VETH" type veth peer name eth0 netns "$NETNS"
    ip -n "$NETNS" link set eth0 address "$MAC"
  fi
  ip link set "$VETH" master "$BRIDGE"
  ip link set "$VETH" up
  [ -n "${REPO:-}" ] && binds+=(--bind-ro="$REPO:/var/www/pigsty/repo")
  mkdir -p "$dir/upper" "$dir/work" "$dir/root"
  mountpoint -q "$dir/root" || mount -t overlay overlay -o "lowerdir=$ROOTFS,upperdir=$dir/upper,workdir=$dir/work" "$dir/root"
  [ -n "$guestinfo" ] && guestinfo_mode "$dir/root"
  # Started inside the node's namespace (not with --network-namespace-path), so the container's
  # /sys shows the node's own interfaces: cloud-init finds its NIC by MAC there. PID 1 of this
  # host may not be systemd: --register=no --keep-unit. CAP_NET_ADMIN lets ifupdown and
  # vip-manager configure the node's network. in-cgroup.sh gives the node a control group of its
  # own: nodes started from one group shared their systemd's unit groups (status=219/CGROUP).
  setsid "$(dirname "$0")/in-cgroup.sh" "$NETNS" "$(dirname "$0")/in-netns.sh" "$NETNS" \
    systemd-nspawn -D "$dir/root" -b --register=no --keep-unit --capability=CAP_NET_ADMIN \
    -M "$NODE" --hostname="$NODE" "${binds[@]}" \
    >>"$dir/console.log" 2>&1 </dev/null &
  echo $! >"$dir/pid"
  local init=""
  for _ in $(seq 1 20); do
    init=$(container_init "$(cat "$dir/pid")")
    [ -n "$init" ] && break
    sleep 0.25
  done
  [ -n "$init" ] && echo "$init" >"$dir/init.pid"
  sleep 1
  if ! running; then
    tail -n 20 "$dir/console.log" >&2
    stop # a failed create is tainted, and Terraform runs no destroy provisioner for it
    fail "systemd-nspawn exited at once"
  fi
  log "started (pid $(cat "$dir/pid"))"
}

# Stops the container; with "kill", at once and without a clean shutdown (a crash).
stop() {
  load_env
  local init=""
  [ -f "$dir/init.pid" ] && init=$(cat "$dir/init.pid")
  # A recorded init that is gone, or now another process, is not ours.
  if [ -n "$init" ] && ! grep -qE '^NSpid:\s+[0-9]+\s+1$' "/proc/$init/status" 2>/dev/null; then init=""; fi
  if running || [ -n "$init" ]; then
    local pid=""
    running && pid=$(cat "$dir/pid")
    if [ "${1:-}" = kill ]; then
      if [ -n "$init" ]; then kill -KILL "$init" 2>/dev/null || true; fi
    else
      [ -n "$pid" ] && kill -TERM "$pid"
      for _ in $(seq 1 30); do { [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; } || break; sleep 1; done
      # Some containers need a second SIGTERM to finish their shutdown.
      if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -TERM "$pid"; sleep 5; fi
      if [ -n "$init" ] && kill -0 "$init" 2>/dev/null; then kill -KILL "$init"; fi
    fi
    for _ in $(seq 1 40); do
      { [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; } || { [ -n "$init" ] && kill -0 "$init" 2>/dev/null; } || break
      sleep 0.25
    done
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
    log "stopped (${1:-clean})"
  fi
  rm -f "$dir/init.pid"
  rm -f "$dir/pid"
  "$(dirname "$0")/in-cgroup.sh" --remove "$NETNS"
  mountpoint -q "$dir/root" && umount "$dir/root"
  # Host-side veths outlive their namespaces: delete both explicitly.
  ip link del "$VETH" 2>/dev/null || true
  [ -e "/run/netns/$NETNS" ] && ip netns del "$NETNS"
  return 0
}

# The bridge's mark: the stack that made it (network.sh up), or nothing.
bridge_owner() { ip -o link show "$1" 2>/dev/null | sed -n 's/.* alias \(.*\)$/\1/p'; }

sweep() {
  local marked="" node_dir owner
  [ "$(bridge_owner "$BRIDGE")" = "$OWNER" ] && marked=1
  for node_dir in "$WORKDIR"/nodes/*/; do
    [ -d "$node_dir" ] || continue
    owner=""
    [ -f "$node_dir/env" ] && owner=$(sed -n "s/^OWNER=//p" "$node_dir/env")
    # Another stack's node (the three local sandboxes share a work directory), or one that
    # names no stack while the bridge is not ours: not ours to remove.
    if [ -n "$owner" ] && [ "$owner" != "$(printf '%q' "$OWNER")" ]; then continue; fi
    if [ -z "$owner" ] && [ -z "$marked" ]; then continue; fi
    log "sweep: $(basename "$node_dir") has no state entry left; destroying it"
    NODE=$(basename "$node_dir") "$0" destroy
  done
}

case "${1:-}" in
  seed) seed ;;
  sweep) sweep ;;
  start) start ;;
  stop) stop ;;
  kill) stop kill ;;
  destroy)
    if [ -f "$dir/env" ]; then stop; fi
    rm -rf "$dir"
    log "destroyed"
    ;;
  *) fail "usage: node.sh seed|start|stop|kill|destroy|sweep" ;;
esac
