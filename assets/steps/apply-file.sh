#!/bin/bash
# apply-file.sh <staged> <path> <user:group> <mode> [command that applies the change]
# Installs a staged config file. An identical file is left alone (first boot wrote it already);
# a changed one replaces the old and the apply command runs (a reload, usually).
. "$(dirname "$0")/lib.sh"
staged=$1 target=$2 owner=$3 mode=$4
shift 4
[ -f "$staged" ] || fail "nothing staged at $staged"
if [ -f "$target" ] && cmp -s "$staged" "$target"; then
  chown "$owner" "$target" && chmod "$mode" "$target"
  rm -f "$staged"
  log "unchanged: $target"
  exit 0
fi
install -D -o "${owner%%:*}" -g "${owner##*:}" -m "$mode" "$staged" "$target"
rm -f "$staged"
log "updated: $target"
if [ $# -gt 0 ] && [ -n "$1" ]; then
  log "applying: $*"
  bash -c "$*"
fi
