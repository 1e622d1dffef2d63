# Shared by the local platform's scripts; sourced, not run.
# shellcheck shell=bash
set -euo pipefail
log() { printf '[local %s] %s\n' "${NODE:-host}" "$*"; }
fail() { log "FAILED: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || fail "the local platform needs root (network namespaces, bridges, systemd-nspawn)"
