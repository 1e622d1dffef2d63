#!/bin/bash
# dcs-healthy.sh etcd|consul <endpoint>... [-- <role>:<prefix>:<user>,<user>...]...: waits until
# every DCS server answers and a quorum exists. The DCS comes from steps.env; the endpoints (the
# step's own view, which also triggers it) must agree with it, so a step never checks another DCS
# than the one the node's files name.
# With TLS, etcd is reached as its root user (a client certificate, CN root), and the grants after
# `--` set up etcd's authentication (v2 API): a role per cluster with read and write on its
# Patroni prefix only, a user per member node (etcd takes the CN of the node's certificate as the
# user name), then auth on and the guest role without access. Idempotent: a rerun adds what is
# missing. User passwords are random and never kept: the users log in with their certificates.
. "$(dirname "$0")/lib.sh"
kind=$1
shift
endpoints=() grants=()
while [ $# -gt 0 ] && [ "$1" != -- ]; do endpoints+=("$1") && shift; done
[ $# -gt 0 ] && shift
grants=("$@")
[ "$kind" = "$PIGSTY_DCS_KIND" ] || fail "the step names DCS $kind, steps.env $PIGSTY_DCS_KIND"

etcd_v3() {
  if [ -n "${PIGSTY_ETCD_ROOT_CERT:-}" ]; then
    etcdctl --endpoints "$PIGSTY_DCS_ENDPOINTS" --cacert "$PIGSTY_TLS_CA" --cert "$PIGSTY_ETCD_ROOT_CERT" --key "$PIGSTY_ETCD_ROOT_KEY" "$@"
  else
    etcdctl --endpoints "$PIGSTY_DCS_ENDPOINTS" "$@"
  fi
}
etcd_v2() {
  ETCDCTL_API=2 etcdctl --endpoints "$PIGSTY_DCS_ENDPOINTS" --ca-file "$PIGSTY_TLS_CA" --cert-file "$PIGSTY_ETCD_ROOT_CERT" --key-file "$PIGSTY_ETCD_ROOT_KEY" "$@"
}
# Whether a command's output has a line: the output is read whole first, as grep -q stopping early
# would kill the command with SIGPIPE and fail the pipeline (pipefail).
has_line() {
  local out
  out=$("${@:2}" 2>/dev/null) || return 1
  grep -qx -- "$1" <<<"$out"
}
# A password nobody uses (v2 users must have one): 32 characters from /dev/urandom.
unused_password() { head -c 24 /dev/urandom | base64 | tr -d '/+='; }

etcd_auth() {
  local grant role rest prefix user users
  etcd_v2 user get root >/dev/null 2>&1 || etcd_v2 user add "root:$(unused_password)" >/dev/null
  for grant in "${grants[@]}"; do
    role=${grant%%:*} rest=${grant#*:}
    prefix=${rest%%:*}
    etcd_v2 role get "$role" >/dev/null 2>&1 || etcd_v2 role add "$role" >/dev/null
    # Everything under the prefix (Patroni reads <prefix>/ recursively; the bare prefix would also match pg-test2).
    has_line "	${prefix}\*" etcd_v2 role get "$role" || etcd_v2 role grant "$role" -path "${prefix}*" -readwrite >/dev/null
    IFS=, read -r -a users <<<"${rest#*:}"
    for user in "${users[@]}"; do
      etcd_v2 user get "$user" >/dev/null 2>&1 || etcd_v2 user add "$user:$(unused_password)" >/dev/null
      has_line "Roles: *\(.* \)\?$role\( .*\)\?" etcd_v2 user get "$user" || etcd_v2 user grant "$user" -roles "$role" >/dev/null
    done
  done
  etcd_v2 auth enable >/dev/null 2>&1 || etcd_v2 role get guest >/dev/null || fail "cannot turn etcd authentication on"
  # After auth enable the guest role may still read and write everything: take that away.
  if has_line '	/\*' etcd_v2 role get guest; then etcd_v2 role revoke guest -path '/*' -readwrite >/dev/null; fi
  # The v3 key space (which nothing here uses with the v2 API) is for root alone.
  etcd_v3 user get root >/dev/null 2>&1 || etcd_v3 user add "root:$(unused_password)" >/dev/null
  has_line 'Roles: root' etcd_v3 user get root || etcd_v3 user grant-role root root >/dev/null
  etcd_v3 auth enable >/dev/null 2>&1 || has_line 'Authentication Status: true' etcd_v3 auth status || fail "cannot turn etcd v3 authentication on"
  log "etcd authentication on: ${#grants[@]} cluster role(s)"
}

case "$kind" in
  etcd)
    joined=$(printf '%s,' "${endpoints[@]}")
    [ "${joined%,}" = "$PIGSTY_DCS_ENDPOINTS" ] || fail "the step names etcd servers ${joined%,}, steps.env $PIGSTY_DCS_ENDPOINTS"
    wait_for 300 "etcd quorum ($PIGSTY_DCS_ENDPOINTS)" etcd_v3 endpoint health
    if [ ${#grants[@]} -gt 0 ]; then
      [ -n "${PIGSTY_ETCD_ROOT_CERT:-}" ] || fail "etcd grants need TLS: steps.env names no root certificate"
      etcd_auth
    fi
    ;;
  consul)
    wait_for 300 "consul leader" sh -c "curl -sf $PIGSTY_DCS_ENDPOINTS/v1/status/leader | grep -q :"
    ;;
  *) fail "unknown DCS kind $kind" ;;
esac
