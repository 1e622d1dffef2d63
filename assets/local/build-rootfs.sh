#!/usr/bin/env bash
# build-rootfs.sh <target-dir> <package>...
# Builds, once, what local (systemd-nspawn) nodes boot from, as an offline package bundle would:
#   <target-dir>/base  Debian 12 from debootstrap with cloud-init and SSH: nodes that install
#                      their packages from the meta nodes' repository boot from it;
#   <target-dir>/full  base plus every package the nodes need (meta nodes, and every node when
#                      the deployment installs from upstream);
#   <target-dir>/repo  the packages that full added, as a flat apt repository (Packages, .debs),
#                      which the meta nodes serve.
# Nothing starts during the build; no node has a package source configured. The Debian mirror
# comes from the host's own apt configuration. Does nothing when <target-dir> exists (the cache
# key is in its name).
set -euo pipefail
target=$1
shift
[ -d "$target" ] && { echo "rootfs: cached at $target"; exit 0; }
[ "$(id -u)" = 0 ] || { echo "rootfs: needs root (debootstrap, chroot)" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "rootfs: install debootstrap" >&2; exit 1; }
command -v dpkg-scanpackages >/dev/null || { echo "rootfs: install dpkg-dev (dpkg-scanpackages)" >&2; exit 1; }

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
base="$work/base"
full="$work/full"
trap 'umount -R "$full/proc" 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work"
echo "rootfs: debootstrap bookworm from the host's mirror"
debootstrap --variant=minbase \
  --include=systemd-sysv,udev,dbus,cloud-init,python3-cffi-backend,openssh-server,ifupdown,iproute2,sudo,locales,ca-certificates,iputils-ping,curl \
  bookworm "$base" "$mirror" >"$work/debootstrap.log" 2>&1 || { tail -n 30 "$work/debootstrap.log" >&2; exit 1; }
# cloud-init's locale module needs a generated locale.
sed -i 's/^# *en_US.UTF-8/en_US.UTF-8/' "$base/etc/locale.gen"
chroot "$base" locale-gen >/dev/null
# Patroni creates the clusters: Debian's postgresql-common must not create 15/main.
mkdir -p "$base/etc/postgresql-common/createcluster.d"
echo 'create_main_cluster = false' >"$base/etc/postgresql-common/createcluster.d/pigsty.conf"
chroot "$base" apt-get clean
rm -rf "$base/var/lib/apt/lists/"*

echo "rootfs: installing ${#@} packages into a copy of the base"
cp -a "$base" "$full"
printf '%s\n' "$list" >"$full/etc/apt/sources.list"
printf '#!/bin/sh\nexit 101\n' >"$full/usr/sbin/policy-rc.d"
chmod 0755 "$full/usr/sbin/policy-rc.d"
cp /etc/resolv.conf "$full/etc/resolv.conf"
mount -t proc proc "$full/proc"
chroot "$full" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
chroot "$full" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
umount "$full/proc"
# Units the platform starts itself, in order, from cloud-init and the steps.
for unit in etcd patroni postgresql; do chroot "$full" systemctl disable "$unit" >/dev/null 2>&1 || true; done

echo "rootfs: the repository of what was installed"
mkdir -p "$work/repo"
mv "$full/var/cache/apt/archives/"*.deb "$work/repo/"
(cd "$work/repo" && dpkg-scanpackages --multiversion . /dev/null >Packages 2>/dev/null && gzip -9kn Packages)
chroot "$full" apt-get clean
rm -f "$full/usr/sbin/policy-rc.d" "$full/etc/resolv.conf"
rm -rf "$full/var/lib/apt/lists/"*

for root in "$base" "$full"; do
  # Nodes are offline: no package source at all (cloud-init writes the meta repository where
  # the deployment asks for it), so an apt-get update returns at once.
  : >"$root/etc/apt/sources.list"
  # Each node gets its own machine-id and host keys at first boot.
  rm -f "$root/etc/ssh/ssh_host_"*
  : >"$root/etc/machine-id"
done
rm -f "$work/debootstrap.log"
mv "$work" "$target"
trap - EXIT
echo "rootfs: built at $target ($(du -sh "$target" | cut -f1); $(find "$target/repo" -name '*.deb' | wc -l) packages in the repository)"
