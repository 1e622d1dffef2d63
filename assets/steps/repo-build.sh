#!/bin/bash
# repo-build.sh <package>...: makes sure this meta node serves the packages the nodes need, with
# their dependencies, as a flat apt repository in $PIGSTY_REPO_DIR. A repository that is
# already there (built before, or provided by the platform) is left as it is.
. "$(dirname "$0")/lib.sh"
repo=$PIGSTY_REPO_DIR
if [ -f "$repo/Packages" ]; then
  log "repository present: $(grep -c '^Package:' "$repo/Packages") packages"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# An empty dpkg status makes apt fetch every package and dependency, even those installed here.
touch "$work/status"
mkdir -p "$work/archives/partial"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --download-only --no-install-recommends \
  -o Dir::State::status="$work/status" -o Dir::Cache::archives="$work/archives" "$@" >/dev/null
install -d -m 0755 "$repo"
mv "$work/archives/"*.deb "$repo/"
(cd "$repo" && dpkg-scanpackages --multiversion . /dev/null >Packages.tmp 2>/dev/null && mv Packages.tmp Packages && gzip -9kfn Packages)
log "repository built: $(grep -c '^Package:' "$repo/Packages") packages"
