#!/usr/bin/env bash
# sandbox.sh up|down [stack]   (npm run sandbox, npm run sandbox:destroy)
# The local sandbox on this Debian 12 host in one command: the host packages it needs (apt-get,
# only those missing), the node modules (npm ci, when node_modules is missing or does not match
# package-lock.json), then cdktf deploy of the stack (default sandbox-local), and last how to
# reach it. down destroys the stack. Root: the nodes are containers in network namespaces.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
action=${1:-up}
stack=${2:-sandbox-local}
export CHECKPOINT_DISABLE=1

if [ "$(id -u)" != 0 ]; then
  echo "npm run sandbox needs root: its nodes are systemd-nspawn containers in network namespaces on a host bridge. Run it as root (sudo npm run sandbox)." >&2
  exit 1
fi

# node_modules as npm ci would leave it: every package of package-lock.json at its version.
modules_current() {
  node "$ROOT/scripts/node-modules-current.js" "$ROOT"
}

case "$action" in
  up)
    bash "$ROOT/scripts/host-packages.sh" sandbox
    if ! modules_current; then
      if [ -L node_modules ]; then
        echo "node modules: node_modules is a link to $(readlink -f node_modules); run npm ci there" >&2
        exit 1
      fi
      echo "node modules: missing or not those of package-lock.json; running npm ci"
      npm ci --prefer-offline --no-audit --no-fund
    fi
    npx cdktf deploy "$stack" --auto-approve
    echo
    node "$ROOT/dist/stacks/sandbox-access.js" "$stack" "${PIGSTY_SSH_KEY:-.sandbox/ssh/id_ed25519}"
    ;;
  down)
    if [ ! -d node_modules ]; then
      echo "node_modules is missing: nothing was deployed from this checkout" >&2
      exit 1
    fi
    npx cdktf destroy "$stack" --auto-approve
    ;;
  *)
    echo "usage: sandbox.sh up|down [stack]" >&2
    exit 2
    ;;
esac
