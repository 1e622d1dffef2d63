# Shared helpers of the step scripts; sourced, not run.
# shellcheck shell=bash
set -euo pipefail

log() { printf '[pigsty %s] %s\n' "$(hostname)" "$*"; }
fail() { log "FAILED: $*" >&2; exit 1; }

# read_env_file <file> <prefix> [export]: sets the variables of an environment file as data,
# never running anything from it. Lines are KEY=value or KEY="value" (systemd's EnvironmentFile
# syntax as the renderers write it: inside double quotes a backslash escapes the next character);
# blank lines and lines starting with # or ; are skipped. Every key must start with the prefix,
# so a file can set only its own variables (not PATH, IFS, ...). Messages name the line, never
# its value: the file may hold secrets.
read_env_file() {
  local file=$1 prefix=$2 mode=${3:-} line key value unquoted number=0
  [ -r "$file" ] || fail "cannot read $file"
  while IFS= read -r line || [ -n "$line" ]; do
    number=$((number + 1))
    case $line in '' | '#'* | ';'*) continue ;; esac
    key=${line%%=*}
    if [ "$key" = "$line" ] || ! [[ $key =~ ^${prefix}[A-Za-z0-9_]*$ ]]; then fail "$file line $number: not a ${prefix}* assignment"; fi
    value=${line#*=}
    if [[ $value == \"*\" ]]; then
      value=${value:1:${#value}-2}
      unquoted=
      while [ -n "$value" ]; do
        if [ "${value:0:1}" = "\\" ]; then unquoted+=${value:1:1} value=${value:2}; else unquoted+=${value:0:1} value=${value:1}; fi
      done
      value=$unquoted
    fi
    printf -v "$key" '%s' "$value"
    if [ "$mode" = export ]; then export "${key?}"; fi
  done <"$file"
}

# The renderers' contract with the steps (lib/render/steps-env.ts): every path, port and address
# the scripts use, as PIGSTY_* variables. It sits beside the scripts and travels in their bundle,
# installed before any of them runs; a variable it lacks fails a script at once (set -u).
steps_env="$(dirname "${BASH_SOURCE[0]}")/steps.env"
if [ -f "$steps_env" ]; then read_env_file "$steps_env" PIGSTY_; fi
unset steps_env

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

patroni_state() { curl -s --max-time 3 "http://$PIGSTY_PATRONI_API/patroni"; }

# Role of this member as Patroni reports it: master/primary, replica, ... or empty.
patroni_role() { patroni_state | python3 -c 'import json,sys; print(json.load(sys.stdin).get("role",""))' 2>/dev/null || true; }

is_leader() { curl -sf --max-time 3 -o /dev/null "http://$PIGSTY_PATRONI_API/primary"; }

# Succeeds once Patroni reports a leader in this member's cluster. (No pipe into grep -q: with
# pipefail, curl killed by SIGPIPE would fail a match.)
has_leader() {
  local cluster
  cluster=$(curl -s --max-time 3 "http://$PIGSTY_PATRONI_API/cluster") || return 1
  grep -q '"role": *"\(leader\|master\|primary\)"' <<<"$cluster"
}

# patronictl as postgres, with the REST API's credentials from patroni.env in its environment
# (read as data, exported in a subshell only): never on a command line, gone when it ends.
patronictl_with_credentials() {
  (
    read_env_file "$PIGSTY_PATRONI_ENV" PATRONI_ export
    exec runuser -u postgres -- patronictl -c "$PIGSTY_PATRONI_CONFIG" "$@"
  )
}

# Says so when Patroni reports a changed parameter that only a restart applies (never restarts).
report_pending_restart() {
  local state
  state=$(patroni_state) || true
  if grep -q '"pending_restart": *true' <<<"$state"; then
    log "NOTICE: a changed parameter needs a restart: run 'sudo $(dirname "${BASH_SOURCE[0]}")/patronictl.sh restart $PIGSTY_CLUSTER' in a maintenance window"
  fi
}
