#!/usr/bin/env bash
# network.sh up|down
# The host bridge of a local deployment, holding the network's gateway address, so that the
# host (Terraform's SSH steps) reaches every node. Environment: BRIDGE, GATEWAY (a.b.c.d/prefix),
# and for up OWNER: the stack that deploys it, kept as the bridge's alias so that another stack
# on the same bridge and network is refused before it touches a node.
# down (with OWNER) leaves a bridge that another stack's mark is on; it deletes the veths still
# on the bridge (nodes Terraform lost track of) with it.
. "$(dirname "$0")/lib.sh"
case "${1:-}" in
  up)
    if ip link show "$BRIDGE" >/dev/null 2>&1; then
      owner=$(ip -o link show "$BRIDGE" | sed -n 's/.* alias \(.*\)$/\1/p')
      if [ -n "${OWNER:-}" ] && [ -n "$owner" ] && [ "$owner" != "$OWNER" ]; then
        fail "bridge $BRIDGE belongs to stack $owner, deployed on this host with the same network: run npx cdktf destroy $owner first"
      fi
    else
      ip link add "$BRIDGE" type bridge
      log "created bridge $BRIDGE"
    fi
    [ -z "${OWNER:-}" ] || ip link set "$BRIDGE" alias "$OWNER"
    ip addr replace "$GATEWAY" dev "$BRIDGE"
    ip link set "$BRIDGE" up
    ;;
  down)
    if ip link show "$BRIDGE" >/dev/null 2>&1; then
      owner=$(ip -o link show "$BRIDGE" | sed -n 's/.* alias \(.*\)$/\1/p')
      if [ -n "${OWNER:-}" ] && [ -n "$owner" ] && [ "$owner" != "$OWNER" ]; then
        log "bridge $BRIDGE belongs to stack $owner: left in place"
        exit 0
      fi
      # A veth still on the bridge is a node's that no node directory names any more.
      for veth in $(ip -o link show master "$BRIDGE" | sed -n 's/^[0-9]*: \([^@:]*\).*/\1/p'); do
        ip link del "$veth" && log "deleted $veth, left on $BRIDGE"
      done
      ip link del "$BRIDGE"
      log "deleted bridge $BRIDGE"
    fi
    ;;
  *) fail "usage: network.sh up|down" ;;
esac
