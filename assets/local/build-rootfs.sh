#!/usr/bin/env bash
# build-rootfs.sh <target-dir> <package>...
# Builds the base root file system of local (systemd-nspawn) nodes once: Debian 12 from
# debootstrap plus every package the nodes need, so nodes boot offline, as from an offline
# package bundle. Nothing may start during the build. The Debian mirror comes from the host's
# own apt configuration. Does nothing when <target-dir> exists (the cache key is in its name).
set -euo pipefail
target=$1
shift
[ -d "$target" ] && { echo "rootfs: cached at $target"; exit 0; }
[ "$(id -u)" = 0 ] || { echo "rootfs: needs root (debootstrap, chroot)" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "rootfs: install debootstrap" >&2; exit 1; }

# The host's Debian sources: deb822 (.sources) or one-line (.list) entries for bookworm.
sources() {
  local file
  for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    if [ -f "$file" ]; then grep -E '^deb\s' "$file" | grep -E '\sbookworm(-updates|-security)?\s' || true; fi
  done
  for file in /etc/apt/sources.list.d/*.sources; do
    [ -f "$file" ] || continue
    awk 'BEGIN { RS=""; FS="\n" } {
      uris=""; suites=""; comps=""
      for (i = 1; i <= NF; i++) {
        if ($i ~ /^URIs:/) { sub(/^URIs:[ \t]*/, "", $i); uris=$i }
        if ($i ~ /^Suites:/) { sub(/^Suites:[ \t]*/, "", $i); suites=$i }
        if ($i ~ /^Components:/) { sub(/^Components:[ \t]*/, "", $i); comps=$i }
      }
      n = split(suites, s, " ")
      for (j = 1; j <= n; j++) if (s[j] ~ /^bookworm(-updates|-security)?$/) print "deb " uris " " s[j] " " comps
    }' "$file"
  done
}
list=$(sources | sort -u)
mirror=$(awk '$3 == "bookworm" { print $2; exit }' <<<"$list")
[ -n "$mirror" ] || { echo "rootfs: no Debian 12 (bookworm) mirror in the host's apt configuration" >&2; exit 1; }

work="$target.partial.$$"
trap 'umount -R "$work/proc" 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$(dirname "$target")"
echo "rootfs: debootstrap bookworm from the host's mirror"
debootstrap --variant=minbase \
  --include=systemd-sysv,udev,dbus,cloud-init,python3-cffi-backend,openssh-server,ifupdown,iproute2,sudo,locales,ca-certificates,iputils-ping \
  bookworm "$work" "$mirror" >"$work.log" 2>&1 || { tail -n 30 "$work.log" >&2; exit 1; }
rm -f "$work.log"

printf '%s\n' "$list" >"$work/etc/apt/sources.list"
printf '#!/bin/sh\nexit 101\n' >"$work/usr/sbin/policy-rc.d"
chmod 0755 "$work/usr/sbin/policy-rc.d"
# Patroni creates the clusters: Debian's postgresql-common must not create 15/main.
mkdir -p "$work/etc/postgresql-common/createcluster.d"
echo 'create_main_cluster = false' >"$work/etc/postgresql-common/createcluster.d/pigsty.conf"
cp /etc/resolv.conf "$work/etc/resolv.conf"
mount -t proc proc "$work/proc"

echo "rootfs: installing ${#@} packages"
chroot "$work" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
chroot "$work" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
# cloud-init's locale module needs a generated locale.
sed -i 's/^# *en_US.UTF-8/en_US.UTF-8/' "$work/etc/locale.gen"
chroot "$work" locale-gen >/dev/null
# Units the platform starts itself, in order, from cloud-init and the steps.
for unit in etcd patroni postgresql; do chroot "$work" systemctl disable "$unit" >/dev/null 2>&1 || true; done
chroot "$work" apt-get clean
umount "$work/proc"
# Nodes are offline: no package source at all, so cloud-init's apt-get update returns at once
# and its package step finds everything installed.
: >"$work/etc/apt/sources.list"
rm -f "$work/usr/sbin/policy-rc.d" "$work/etc/resolv.conf"
rm -rf "$work/var/lib/apt/lists/"* "$work/etc/ssh/ssh_host_"*
# Each node gets its own machine-id and host keys at first boot.
: >"$work/etc/machine-id"
mv "$work" "$target"
trap - EXIT
echo "rootfs: built at $target ($(du -sh "$target" | cut -f1))"
