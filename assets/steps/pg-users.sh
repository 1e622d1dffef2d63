#!/bin/bash
# Creates the cluster's roles, users and databases, and sets passwords. Runs on every member;
# only the current leader applies the SQL (the replicas get it by replication).
. "$(dirname "$0")/lib.sh"
wait_for 300 "a leader in the cluster" has_leader
if ! is_leader; then
  log "not the leader: nothing to do"
  exit 0
fi
wait_for 120 "postgres accepting connections" runuser -u postgres -- psql -Atc 'select 1'
runuser -u postgres -- psql -q -X -f "$PIGSTY_PG_ROLES_SQL"
runuser -u postgres -- psql -q -X -f "$PIGSTY_PG_PASSWORDS_SQL"
log "roles, users and databases applied"
