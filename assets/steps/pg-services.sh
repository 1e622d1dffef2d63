#!/bin/bash
# pg-services.sh <unit>...: checks the service units of a database node and that HAProxy
# found a live primary for the cluster.
. "$(dirname "$0")/lib.sh"
for unit in "$@"; do
  systemctl is-active -q "$unit" || { systemctl status --no-pager "$unit" >&2 || true; fail "$unit is not running"; }
done
wait_for 120 "haproxy sees a primary" sh -c "curl -s http://$PIGSTY_HAPROXY_ADMIN_API/metrics | grep -q 'haproxy_backend_active_servers{proxy=\"[^\"]*-primary\"} [1-9]'"
log "services up: $*"
