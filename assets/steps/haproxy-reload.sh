#!/bin/bash
# Checks a changed haproxy.cfg with HAProxy itself, then reloads without dropping connections.
# The config refers to the admin credentials of the env file, which is read as data (never
# sourced: it holds a password) and handed to the check only.
. "$(dirname "$0")/lib.sh"
check() {
  read_env_file "$PIGSTY_HAPROXY_ENV" HAPROXY_ export
  haproxy -c -q -f "$PIGSTY_HAPROXY_CONFIG"
}
(check) || fail "haproxy.cfg does not pass 'haproxy -c'; the running HAProxy keeps the old one"
systemctl reload haproxy
log "haproxy reloaded"
