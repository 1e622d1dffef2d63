#!/bin/bash
# pg-member.sh <unit>...: the last bootstrap step of a member. The leader applies the roles,
# users and databases; then every member checks its service units and HAProxy's view. A failing
# part fails the step.
. "$(dirname "$0")/lib.sh"
dir=$(dirname "$0")
"$dir/pg-users.sh" || fail "roles, users and databases not applied"
"$dir/pg-services.sh" "$@"
