#!/bin/bash
# Starts Patroni on a replica, after the primary is up, and waits until it streams.
. "$(dirname "$0")/lib.sh"
systemctl enable patroni >/dev/null
systemctl start patroni
wait_for 900 "postgres running under patroni" curl -sf --max-time 3 "http://$PIGSTY_PATRONI_API/health"
if is_leader; then
  log "this member leads the cluster now (after a failover): nothing to stream from"
  exit 0
fi
wait_for 300 "streaming from the leader" sh -c "runuser -u postgres -- psql -Atc \"select status from pg_stat_wal_receiver\" | grep -q streaming"
log "role: $(patroni_role)"
