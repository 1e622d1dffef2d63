#!/bin/bash
# Starts Patroni on the designated primary and waits until the cluster has a leader and this
# member runs. Idempotent: after a failover this member may be a replica, which is fine.
. "$(dirname "$0")/lib.sh"
systemctl enable patroni >/dev/null
systemctl start patroni
wait_for 600 "postgres running under patroni" sh -c "curl -sf --max-time 3 http://127.0.0.1:8008/health"
wait_for 300 "a leader in the cluster" sh -c "curl -s --max-time 3 http://127.0.0.1:8008/cluster | grep -q '\"role\": *\"\\(leader\\|master\\|primary\\)\"'"
log "role: $(patroni_role)"
