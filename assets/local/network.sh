#!/usr/bin/env bash
# network.sh up|down
# The host bridge of a local deployment, holding the network's gateway address, so that the
# host (Terraform's SSH steps) reaches every node. Environment: BRIDGE, GATEWAY (a.b.c.d/prefix),
# and for up OWNER: the stack that deploys it, kept as the bridge's alias so that another stack
# on the same bridge and network is refused before it touches a node.
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
      ip link del "$BRIDGE"
      log "deleted bridge $BRIDGE"
    fi
    ;;
  *) fail "usage: network.sh up|down" ;;
esac
