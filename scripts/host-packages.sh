#!/usr/bin/env bash
# host-packages.sh test|sandbox
# Makes sure this Debian host has the packages a command runs for real:
#   test     what `npm test` and `npm run e2e` run (the real postgres, patroni, haproxy, ...)
#   sandbox  what `npm run sandbox` needs to build and reach the local containers
# Asks dpkg once. Nothing missing: says so and exits 0. Missing and root: installs exactly the
# missing ones (apt-get, services kept from starting while they install: the tests start what
# they need). Missing and not root: names them, prints the command that installs them, exits 1.
# The Terraform CLI is no Debian package: when it is missing, this says where it comes from.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

SANDBOX=(systemd-container debootstrap dpkg-dev openssh-client openssl iproute2 util-linux postgresql-client-15 curl)
TEST=(
  postgresql-15 postgresql-client-15 patroni python3-etcd python3-psycopg2 python3-yaml
  etcd-server etcd-client haproxy pgbouncer vip-manager
  prometheus-postgres-exporter prometheus-node-exporter
  chrony cloud-init shellcheck git curl iproute2 util-linux openssh-client openssh-server openssl
  systemd-container debootstrap dpkg-dev prometheus prometheus-alertmanager nginx dnsmasq
)
case "${1:-}" in
  test) what="npm test"; packages=("${TEST[@]}") ;;
  sandbox) what="npm run sandbox"; packages=("${SANDBOX[@]}") ;;
  *) echo "usage: host-packages.sh test|sandbox" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null; then
  echo "$what runs Debian's own programs and needs a Debian 12 host (no dpkg-query here)." >&2
  exit 1
fi
if ! command -v "${TERRAFORM_BINARY_NAME:-terraform}" >/dev/null; then
  echo "$what needs the Terraform CLI (1.4 or later, or OpenTofu with TERRAFORM_BINARY_NAME=tofu) on the PATH: install it from HashiCorp's releases or apt repository." >&2
  exit 1
fi

# The packages dpkg does not report as installed (an unknown name counts as missing).
missing_packages() {
  local installed
  installed=$(dpkg-query -W -f='${Package} ${Status}\n' "$@" 2>/dev/null | awk '$NF == "installed" && $(NF-1) == "ok" { print $1 }' || true)
  local package
  for package in "$@"; do
    grep -qxF "$package" <<<"$installed" || echo "$package"
  done
}

mapfile -t missing < <(missing_packages "${packages[@]}")
if [ ${#missing[@]} -eq 0 ]; then
  echo "host packages for $what: all installed"
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  {
    echo "$what needs these Debian packages, which are not installed: ${missing[*]}"
    echo "Install them as root:"
    echo "  apt-get install -y --no-install-recommends ${missing[*]}"
    echo "or run $what as root, which installs them."
  } >&2
  exit 1
fi
echo "host packages for $what: installing ${missing[*]}"
policy=${POLICY_RC_D:-/usr/sbin/policy-rc.d} # another path only in its unit test
created_policy=0
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 0755 "$policy" && created_policy=1
fi
trap 'if [ "$created_policy" = 1 ]; then rm -f "$policy"; fi' EXIT
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
mapfile -t still < <(missing_packages "${missing[@]}")
if [ ${#still[@]} -ne 0 ]; then
  echo "host packages for $what: apt-get did not install ${still[*]}" >&2
  exit 1
fi
echo "host packages for $what: installed ${missing[*]}"
