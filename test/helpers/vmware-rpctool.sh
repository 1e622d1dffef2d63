#!/bin/sh
# A stand-in for open-vm-tools' vmware-rpctool: guestinfo values are files in $GUESTINFO_DIR,
# and every info-set is also appended to $GUESTINFO_DIR/set.log (what cloud-init asked to write).
set -eu
command=${1%% *}
rest=${1#* }
case "$command" in
  info-get)
    if [ -f "$GUESTINFO_DIR/$rest" ]; then cat "$GUESTINFO_DIR/$rest"; else echo 'No value found' >&2; exit 1; fi ;;
  info-set)
    key=${rest%% *}
    value=${rest#* }
    printf '%s %s\n' "$key" "$value" >>"$GUESTINFO_DIR/set.log"
    printf '%s' "$value" >"$GUESTINFO_DIR/$key" ;;
  *) echo "unknown command: $1" >&2; exit 1 ;;
esac
