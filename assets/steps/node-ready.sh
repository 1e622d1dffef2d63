#!/bin/bash
# Waits until cloud-init has finished the first boot, and fails with its errors if it failed.
. "$(dirname "$0")/lib.sh"
status=$(cloud-init status --wait 2>/dev/null || true)
if ! grep -q 'status: done' <<<"$status"; then
  cloud-init status --long >&2 || true
  tail -n 40 /var/log/cloud-init-output.log >&2 || true
  fail "cloud-init did not finish cleanly: $status"
fi
log "cloud-init done"
