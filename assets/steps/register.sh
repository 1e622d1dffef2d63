#!/bin/bash
# register.sh <prometheus port> <cluster>...: checks that this meta node's Prometheus scrapes the
# clusters (their target files are managed files here), and reports targets that are not up yet.
# Prometheus' address comes from steps.env; the port argument must agree with it.
. "$(dirname "$0")/lib.sh"
[ "$1" = "${PIGSTY_PROMETHEUS_API##*:}" ] || fail "the step names prometheus port $1, steps.env $PIGSTY_PROMETHEUS_API"
shift
for cluster in "$@"; do
  wait_for 120 "prometheus targets of $cluster" sh -c "curl -s http://$PIGSTY_PROMETHEUS_API/api/v1/targets | grep -q '\"cls\":\"$cluster\"'"
done
down=$(curl -s "http://$PIGSTY_PROMETHEUS_API/api/v1/targets" | python3 -c '
import json, sys
targets = json.load(sys.stdin)["data"]["activeTargets"]
print(" ".join(sorted("%s/%s" % (t["labels"].get("job"), t["labels"].get("ins")) for t in targets if t["health"] == "down")))')
[ -z "$down" ] || log "NOTICE: not up yet: $down"
log "registered in prometheus: $*"
