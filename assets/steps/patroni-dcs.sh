#!/bin/bash
# Pushes Patroni's dynamic configuration (the cluster-wide settings, rendered as the file
# $PIGSTY_PATRONI_DCS_CONFIG, the same as bootstrap.dcs of patroni.yml) to the DCS, where Patroni
# keeps it. Every member pushes the same file; the first push changes the DCS, the others nothing.
. "$(dirname "$0")/lib.sh"
systemctl is-active -q patroni || { log "patroni is not running here: another member pushes the dynamic configuration"; exit 0; }
patronictl_with_credentials edit-config --apply "$PIGSTY_PATRONI_DCS_CONFIG" --force >/dev/null
sleep 2
report_pending_restart
log "patroni dynamic configuration applied"
