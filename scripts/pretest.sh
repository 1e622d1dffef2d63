#!/usr/bin/env bash
# npm test's first step (pretest): the Debian packages the tests run (installed when missing and
# root, otherwise named with the command that installs them, and npm test stops here), then the
# node modules of package-lock.json (npm ci when node_modules is missing or differs). Both checks
# take about a second when nothing is missing, so .ci/run, which installs both first, pays nothing twice.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
bash "$ROOT/scripts/host-packages.sh" test
if ! node "$ROOT/scripts/node-modules-current.js" "$ROOT"; then
  # A linked node_modules is another checkout's install: npm ci here would replace it for both.
  if [ -L "$ROOT/node_modules" ]; then
    echo "node modules: node_modules is a link to $(readlink -f "$ROOT/node_modules"); run npm ci there" >&2
    exit 1
  fi
  echo "node modules: running npm ci"
  (cd "$ROOT" && npm ci --prefer-offline --no-audit --no-fund)
fi
