#!/bin/bash
# Reloads Postgres' configuration (pg_hba.conf) if it runs.
. "$(dirname "$0")/lib.sh"
if runuser -u postgres -- psql -Atc 'select pg_reload_conf()' >/dev/null 2>&1; then
  errors=$(runuser -u postgres -- psql -Atc 'select count(*) from pg_hba_file_rules where error is not null')
  [ "$errors" = 0 ] || fail "pg_hba.conf has $errors invalid rules: Postgres keeps the previous ones"
  log "postgres configuration reloaded"
else
  log "postgres is not running: the new file applies when it starts"
fi
