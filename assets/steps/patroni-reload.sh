#!/bin/bash
# Applies a changed patroni.yml: Patroni re-reads its local settings on reload, and the
# cluster-wide ones (bootstrap.dcs) are pushed to the DCS, where Patroni keeps them.
. "$(dirname "$0")/lib.sh"
config=/etc/patroni/patroni.yml
systemctl is-active -q patroni || { log "patroni is not running: the new file applies when it starts"; exit 0; }
systemctl reload patroni
python3 -c 'import sys, yaml; print(yaml.safe_dump(yaml.safe_load(open(sys.argv[1]))["bootstrap"]["dcs"]))' "$config" \
  | runuser -u postgres -- patronictl -c "$config" edit-config --apply - --force >/dev/null
sleep 2
if patroni_state | grep -q '"pending_restart": *true'; then
  log "NOTICE: a changed parameter needs a restart: run 'patronictl -c $config restart <cluster>' in a maintenance window"
fi
log "patroni configuration applied"
