#!/usr/bin/env bash
# Installs the Debian packages the tests and the end-to-end suite run for real (see README, "Tests").
# Needs root. The list and the check live in host-packages.sh, which `npm test` runs first too.
exec "$(dirname "$0")/host-packages.sh" test
