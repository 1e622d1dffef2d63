#!/bin/bash
# dcs-healthy.sh etcd|consul <endpoint>...: waits until every DCS server answers and a quorum exists.
. "$(dirname "$0")/lib.sh"
kind=$1
shift
case "$kind" in
  etcd)
    endpoints=$(printf 'http://%s,' "$@")
    wait_for 300 "etcd quorum (${endpoints%,})" etcdctl --endpoints "${endpoints%,}" endpoint health
    ;;
  consul)
    wait_for 300 "consul leader" sh -c 'curl -sf http://127.0.0.1:8500/v1/status/leader | grep -q :'
    ;;
  *) fail "unknown DCS kind $kind" ;;
esac
