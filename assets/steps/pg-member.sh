#!/bin/bash
# pg-member.sh <unit>...: the last bootstrap step of a member. The leader applies the roles,
# users and databases; then every member checks its service units and HAProxy's view.
dir=$(dirname "$0")
"$dir/pg-users.sh"
"$dir/pg-services.sh" "$@"
