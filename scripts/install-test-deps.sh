#!/usr/bin/env bash
# Installs the Debian packages the tests and the end-to-end suite run for real (see README, "Tests").
# Needs root.
# Services are kept from starting while they install: the tests start what they need.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
PACKAGES=(
  postgresql-15 postgresql-client-15 patroni python3-etcd python3-psycopg2 python3-yaml
  etcd-server etcd-client haproxy pgbouncer vip-manager
  prometheus-postgres-exporter prometheus-node-exporter
  chrony cloud-init shellcheck git curl iproute2 util-linux openssh-client openssh-server
  systemd-container debootstrap dpkg-dev prometheus prometheus-alertmanager nginx dnsmasq
)
missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "test packages: all installed"
  exit 0
fi
echo "test packages: installing ${missing[*]}"
policy=/usr/sbin/policy-rc.d
created_policy=0
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 0755 "$policy" && created_policy=1
fi
trap '[ "$created_policy" = 1 ] && rm -f "$policy"' EXIT
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
