#!/bin/bash
# Starts Patroni on the designated primary and waits until the cluster has a leader and this
# member runs. Idempotent: after a failover this member may be a replica, which is fine.
. "$(dirname "$0")/lib.sh"
systemctl enable patroni >/dev/null
systemctl start patroni
wait_for 600 "postgres running under patroni" curl -sf --max-time 3 "http://$PIGSTY_PATRONI_API/health"
wait_for 300 "a leader in the cluster" has_leader
log "role: $(patroni_role)"
