#!/bin/bash
# dcs-healthy.sh etcd|consul <endpoint>...: waits until every DCS server answers and a quorum exists.
# The DCS comes from steps.env; the arguments (the step's own view, which also triggers it) must
# agree with it, so a step never checks another DCS than the one the node's files name.
. "$(dirname "$0")/lib.sh"
kind=$1
shift
[ "$kind" = "$PIGSTY_DCS_KIND" ] || fail "the step names DCS $kind, steps.env $PIGSTY_DCS_KIND"
case "$kind" in
  etcd)
    endpoints=$(printf 'http://%s,' "$@")
    [ "${endpoints%,}" = "$PIGSTY_DCS_ENDPOINTS" ] || fail "the step names etcd servers ${endpoints%,}, steps.env $PIGSTY_DCS_ENDPOINTS"
    wait_for 300 "etcd quorum ($PIGSTY_DCS_ENDPOINTS)" etcdctl --endpoints "$PIGSTY_DCS_ENDPOINTS" endpoint health
    ;;
  consul)
    wait_for 300 "consul leader" sh -c "curl -sf $PIGSTY_DCS_ENDPOINTS/v1/status/leader | grep -q :"
    ;;
  *) fail "unknown DCS kind $kind" ;;
esac
