# Shared helpers of the step scripts; sourced, not run.
set -euo pipefail

log() { printf '[pigsty %s] %s\n' "$(hostname)" "$*"; }
fail() { log "FAILED: $*" >&2; exit 1; }

# wait_for <seconds> <what> <command...>: retries the command every second until it succeeds.
wait_for() {
  local seconds=$1 what=$2
  local deadline=$((SECONDS + seconds))
  shift 2
  until "$@" >/dev/null 2>&1; do
    [ "$SECONDS" -lt "$deadline" ] || fail "timed out after ${seconds}s waiting for $what"
    sleep 1
  done
  log "ready: $what"
}

patroni_state() { curl -s --max-time 3 "http://127.0.0.1:${PATRONI_PORT:-8008}/patroni"; }

# Role of this member as Patroni reports it: master/primary, replica, ... or empty.
patroni_role() { patroni_state | python3 -c 'import json,sys; print(json.load(sys.stdin).get("role",""))' 2>/dev/null || true; }

is_leader() { curl -sf --max-time 3 -o /dev/null "http://127.0.0.1:${PATRONI_PORT:-8008}/primary"; }
