#!/bin/bash
# Applies a changed patroni.yml: Patroni re-reads its local settings on reload. The cluster-wide
# ones are Patroni's dynamic configuration, a file of their own (patroni-dcs.sh pushes it).
. "$(dirname "$0")/lib.sh"
systemctl is-active -q patroni || { log "patroni is not running: the new file applies when it starts"; exit 0; }
systemctl reload patroni
sleep 2
report_pending_restart
log "patroni configuration reloaded"
