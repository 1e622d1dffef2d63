#!/bin/bash
# Checks a changed haproxy.cfg with HAProxy itself, then reloads without dropping connections.
. "$(dirname "$0")/lib.sh"
set -a
. /etc/default/haproxy
set +a
haproxy -c -q -f /etc/haproxy/haproxy.cfg || fail "haproxy.cfg does not pass 'haproxy -c'; the running HAProxy keeps the old one"
systemctl reload haproxy
log "haproxy reloaded"
