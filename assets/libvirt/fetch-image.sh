#!/bin/sh
# Fetches a guest image once and checks it against its pinned SHA-256, so the libvirt pool only
# ever gets the image the deployment names: fetch-image.sh URL SHA256 DEST. A DEST that already
# matches is kept; a download that does not match is deleted and fails the apply.
set -eu
url=$1
sha256=$2
dest=$3

matches() {
  [ -f "$1" ] && printf '%s  %s\n' "$sha256" "$1" | sha256sum -c --status
}

if matches "$dest"; then
  exit 0
fi
mkdir -p "$(dirname "$dest")"
partial="$dest.part"
rm -f "$partial"
case "$url" in
  /*) cp "$url" "$partial" ;;
  *) curl -fsSL --retry 3 -o "$partial" "$url" ;;
esac
if ! matches "$partial"; then
  actual=$(sha256sum "$partial" | cut -d' ' -f1)
  rm -f "$partial"
  echo "fetch-image.sh: $url has SHA-256 $actual, not the pinned $sha256: pin the image's published checksum, or the URL of the image you pinned." >&2
  exit 1
fi
mv "$partial" "$dest"
