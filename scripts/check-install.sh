#!/usr/bin/env bash
# Proves the ways users install the package, each into a fresh project that then synthesizes:
#   1. npm install <tarball>   (npm pack of this repository: prepare builds dist/)
#   2. npm install <git url>   (git+file:// of this repository's HEAD: npm clones it, installs its
#                               dependencies and runs prepare, which builds dist/)
#   3. examples/orders         (depends on the package by path; npm install, then npx cdktf synth)
# Usage: bash scripts/check-install.sh   (needs the npm registry or a warm npm cache, git, and the
# Terraform CLI that synth checks for). Commit first: the git install takes HEAD.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d /tmp/pigsty-install-XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
export CI=1 CHECKPOINT_DISABLE=1 FORCE_COLOR=0
NPM_FLAGS=(--prefer-offline --no-audit --no-fund --loglevel=error)

# A plain JavaScript app on the installed package: one deployment, one cluster, synthesized.
write_app() {
  local dir="$1" dependency="$2"
  mkdir -p "$dir"
  cat >"$dir/package.json" <<JSON
{
  "name": "install-check",
  "version": "0.0.0",
  "private": true,
  "dependencies": { "cdktf-pigsty": "$dependency", "cdktf": "0.21.0", "constructs": "10.4.2" },
  "allowScripts": { "cdktf-pigsty": true }
}
JSON
  cat >"$dir/main.js" <<'JS'
const { Fn, TerraformStack } = require('cdktf');
const { Deployment, DeploymentSecrets, InstanceRole, MetaNode, PgCluster, Platform, synthApp } = require('cdktf-pigsty');
synthApp((app) => {
  const d = new Deployment(new TerraformStack(app, 'check'), 'lab', {
    platform: Platform.libvirt(),
    network: { cidr: '10.10.10.0/24' },
    ssh: { publicKeys: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIInstallCheck000000000000000000000000000000 check'], privateKey: Fn.file('/dev/null') },
    secrets: DeploymentSecrets.demo(),
  });
  new MetaNode(d, 'meta', { ip: '10.10.10.10' });
  new PgCluster(d, 'pg-app', { instances: [{ seq: 1, role: InstanceRole.PRIMARY, ip: '10.10.10.21' }], parameters: { work_mem: '32MB' } });
}, { outdir: 'cdktf.out' });
JS
}

check_app() {
  local dir="$1" what="$2"
  (cd "$dir" && node main.js >/dev/null 2>"$dir/stderr.txt") || { cat "$dir/stderr.txt"; echo "FAIL: $what: synth failed"; exit 1; }
  grep -q '/etc/patroni/patroni.yml' "$dir/cdktf.out/stacks/check/cdk.tf.json" || { echo "FAIL: $what: no Patroni config in the output"; exit 1; }
  echo "ok: $what installs and synthesizes"
}

# 1. The tarball.
(cd "$ROOT" && npm pack --pack-destination "$WORK" --loglevel=error >/dev/null)
TARBALL="$(ls "$WORK"/cdktf-pigsty-*.tgz)"
LISTING="$(tar -tzf "$TARBALL")"
grep -qx 'package/dist/lib/index.js' <<<"$LISTING" || { echo "FAIL: the tarball has no dist/lib/index.js"; exit 1; }
grep -qx 'package/dist/lib/model/pg-catalog/postgres-15.json' <<<"$LISTING" || { echo "FAIL: the tarball has no parameter catalog"; exit 1; }
write_app "$WORK/tarball" "file:$TARBALL"
(cd "$WORK/tarball" && npm install "${NPM_FLAGS[@]}" >/dev/null)
check_app "$WORK/tarball" "npm install <tarball>"

# 2. The git URL, at HEAD.
HEAD="$(git -C "$ROOT" rev-parse HEAD)"
write_app "$WORK/git" "git+file://$ROOT#$HEAD"
(cd "$WORK/git" && npm install "${NPM_FLAGS[@]}" >/dev/null)
[ -f "$WORK/git/node_modules/cdktf-pigsty/dist/lib/index.js" ] || { echo "FAIL: npm install <git url> gave no dist/ (prepare did not run)"; exit 1; }
check_app "$WORK/git" "npm install <git url>"

# 3. examples/orders, as its README says.
(cd "$ROOT/examples/orders" && rm -rf cdktf.out && npm install "${NPM_FLAGS[@]}" >/dev/null && npx cdktf synth >/dev/null)
grep -q 'pg-orders-standby' "$ROOT/examples/orders/cdktf.out/stacks/orders/cdk.tf.json" || { echo "FAIL: examples/orders: no standby service in the output"; exit 1; }
echo "ok: examples/orders: npm install && npx cdktf synth"
