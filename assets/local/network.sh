#!/usr/bin/env bash
# network.sh up|down
# The host bridge of a local deployment, holding the network's gateway address, so that the
# host (Terraform's SSH steps) reaches every node. Environment: BRIDGE, GATEWAY (a.b.c.d/prefix).
. "$(dirname "$0")/lib.sh"
case "${1:-}" in
  up)
    if ! ip link show "$BRIDGE" >/dev/null 2>&1; then
      ip link add "$BRIDGE" type bridge
      log "created bridge $BRIDGE"
    fi
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
