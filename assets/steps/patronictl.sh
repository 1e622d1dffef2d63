#!/bin/bash
# patronictl for people, with this member's config and the REST API's credentials: unsafe calls
# (restart, switchover, reload, pause) need both and a member's address (restapi.allowlist).
# Run as root, from the step scripts' directory: sudo .../patronictl.sh list | restart <cluster> | switchover
. "$(dirname "$0")/lib.sh"
patronictl_with_credentials "$@"
