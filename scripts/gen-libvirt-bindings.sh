#!/usr/bin/env bash
# Regenerates the cdktf TypeScript bindings for the Terraform provider
# dmacvicar/libvirt into lib/platform/libvirt/gen/.
#
# Default mode (offline, deterministic):
#   The committed provider schema lib/platform/libvirt/schema/libvirt@<version>.json
#   is handed to `cdktf get` through its provider schema cache
#   (--experimental-provider-schema-cache-path). cdktf then finds the schema in
#   the cache and never runs `terraform init`, so no network access and no
#   provider download is needed. Running it twice gives byte-identical output.
#
# FROM_REGISTRY=1 (needs network access to registry.terraform.io and a
# `terraform` binary):
#   Initialises a throw-away Terraform working directory pinned to the same
#   provider version, dumps `terraform providers schema -json`, trims it with
#   the same rules that produced the committed file (see PRUNE_SPEC below),
#   overwrites the committed schema file with it and then generates as above.
#   Review the schema diff (`git diff lib/platform/libvirt/schema`) before
#   committing it.
#
# FULL_SCHEMA_JSON=/path/to/dump.json
#   Same as FROM_REGISTRY=1, but reads an existing `terraform providers schema
#   -json` dump (for example one produced on another machine) instead of
#   running terraform.
#
# PRUNE_DOMAIN=0 (only together with FROM_REGISTRY / FULL_SCHEMA_JSON)
#   Keep the complete libvirt_domain schema instead of the trimmed one. The
#   generated code then grows from about 3 MB to about 8 MB.
#
# CHECK=1
#   Generates into a temporary directory and compares with the committed
#   bindings; fails if they differ (the tests use it to prove reproducibility).
#
# Usage: scripts/gen-libvirt-bindings.sh          (or: npm run gen:libvirt)
set -euo pipefail

PROVIDER_NAMESPACE="dmacvicar"
PROVIDER_NAME="libvirt"
PROVIDER_VERSION="0.9.7" # git tag v0.9.7, commit 1c5c001600ba2b787970aff286f2fbfef7376060
PROVIDER_FQPN="registry.terraform.io/${PROVIDER_NAMESPACE}/${PROVIDER_NAME}"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LIBVIRT_DIR="${ROOT}/lib/platform/libvirt"
GEN_DIR="${LIBVIRT_DIR}/gen"
# cdktf-cli 0.21 looks the schema up in the cache as
#   <provider name>@<encodeURIComponent(version constraint)>.json
# The constraint below is the bare version "0.9.7" (Terraform reads a bare
# version as an exact "= 0.9.7" pin), which keeps the file name readable.
SCHEMA_FILE="${LIBVIRT_DIR}/schema/${PROVIDER_NAME}@${PROVIDER_VERSION}.json"
CDKTF_BIN="${ROOT}/node_modules/.bin/cdktf"

FROM_REGISTRY="${FROM_REGISTRY:-0}"
CHECK="${CHECK:-0}"
FULL_SCHEMA_JSON="${FULL_SCHEMA_JSON:-}"
PRUNE_DOMAIN="${PRUNE_DOMAIN:-1}"

log() { printf '[gen-libvirt] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

command -v node >/dev/null 2>&1 || die "node is required"
[[ -x "${CDKTF_BIN}" ]] || die "${CDKTF_BIN} not found; run 'npm ci' first (cdktf-cli is a devDependency)"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/gen-libvirt-bindings.XXXXXX")"
cleanup() { rm -rf "${WORK}"; }
trap cleanup EXIT

# ---------------------------------------------------------------------------
# 1. (optional) refresh the schema file from the real provider
# ---------------------------------------------------------------------------
if [[ "${FROM_REGISTRY}" == "1" ]]; then
  command -v terraform >/dev/null 2>&1 || die "FROM_REGISTRY=1 needs a terraform binary on PATH"
  mkdir -p "${WORK}/tf"
  cat >"${WORK}/tf/main.tf.json" <<EOF
{
  "terraform": {
    "required_providers": {
      "${PROVIDER_NAME}": {
        "source": "${PROVIDER_NAMESPACE}/${PROVIDER_NAME}",
        "version": "= ${PROVIDER_VERSION}"
      }
    }
  }
}
EOF
  log "terraform init (downloads ${PROVIDER_NAMESPACE}/${PROVIDER_NAME} ${PROVIDER_VERSION})"
  (cd "${WORK}/tf" && TF_IN_AUTOMATION=1 terraform init -input=false -backend=false -no-color >&2)
  log "terraform providers schema -json"
  (cd "${WORK}/tf" && terraform providers schema -json >"${WORK}/providers-schema.json")
  (cd "${WORK}/tf" && terraform version -json >"${WORK}/terraform-version.json")
  FULL_SCHEMA_JSON="${WORK}/providers-schema.json"
fi

if [[ -n "${FULL_SCHEMA_JSON}" ]]; then
  [[ -f "${FULL_SCHEMA_JSON}" ]] || die "schema dump ${FULL_SCHEMA_JSON} not found"
  log "trimming ${FULL_SCHEMA_JSON} into ${SCHEMA_FILE#"${ROOT}"/}"
  cat >"${WORK}/trim-schema.js" <<'EOF'
// Turns a `terraform providers schema -json` dump into the committed schema
// file: keeps only the resource / data source types this project uses, drops
// the libvirt_domain sub-trees listed in PRUNE_SPEC and writes the result with
// sorted keys so that the file is stable across runs.
"use strict";
const fs = require("fs");
const [, , dumpPath, versionPath, outPath] = process.argv;
const { FQPN, VERSION, PRUNE_DOMAIN } = process.env;

const RESOURCES = ["libvirt_cloudinit_disk", "libvirt_domain", "libvirt_network", "libvirt_pool", "libvirt_volume"];
const DATA_SOURCES = ["libvirt_domain_interface_addresses"];

// Per resource: nested attribute name -> false (drop the whole attribute) or
// an object (descend and apply the same rule one level down). Attributes that
// are not named are kept as they are. Plain (non-nested) attributes are always
// kept, so every object that survives still has all of its plain attributes.
const PRUNE_SPEC = {
  libvirt_domain: {
    bhyve_commandline: false,
    devices: {
      audios: false,
      crypto: false,
      disks: {
        backing_store: false,
        mirror: false,
        source: { data_store: false, nvme: false, reservations: false, vhost_user: false, vhost_vdpa: false },
      },
      hostdevs: false,
      hubs: false,
      interfaces: { source: { hostdev: false, vdpa: false, vhost_user: false } },
      iommu: false,
      leases: false,
      memorydevs: false,
      nvram: false,
      panics: false,
      parallels: false,
      pstore: false,
      redir_devs: false,
      redir_filters: false,
      shmems: false,
      smartcards: false,
      sounds: false,
      tpms: false,
    },
    features: { capabilities: false, hyper_v: false, xen: false },
    id_map: false,
    key_wrap: false,
    launch_security: false,
    lxc_namespace: false,
    os: { nv_ram: false },
    perf: false,
    qemu_capabilities: false,
    qemu_deprecation: false,
    qemu_override: false,
    sys_info: false,
    throttle_groups: false,
    xen_commandline: false,
  },
};

function prune(attributes, spec, path, dropped) {
  for (const name of Object.keys(spec)) {
    const attr = attributes[name];
    if (!attr || !attr.nested_type) {
      throw new Error(`PRUNE_SPEC names ${path}${name}, which is not a nested attribute of this schema`);
    }
  }
  const out = {};
  for (const [name, attr] of Object.entries(attributes)) {
    const rule = Object.prototype.hasOwnProperty.call(spec, name) ? spec[name] : true;
    if (rule === false) {
      dropped.push(path + name);
    } else if (rule === true) {
      out[name] = attr;
    } else {
      out[name] = {
        ...attr,
        nested_type: { ...attr.nested_type, attributes: prune(attr.nested_type.attributes, rule, `${path}${name}.`, dropped) },
      };
    }
  }
  return out;
}

function pick(map, names, kind) {
  const out = {};
  for (const name of names) {
    if (!map || !map[name]) throw new Error(`${kind} ${name} is missing from the schema dump`);
    out[name] = map[name];
  }
  return out;
}

function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys(value[k])]));
  }
  return value;
}

const dump = JSON.parse(fs.readFileSync(dumpPath, "utf8"));
const provider = dump.provider_schemas && dump.provider_schemas[FQPN];
if (!provider) throw new Error(`${FQPN} not found in provider_schemas of ${dumpPath}`);

let selected = VERSION;
if (versionPath && fs.existsSync(versionPath)) {
  const tfVersion = JSON.parse(fs.readFileSync(versionPath, "utf8"));
  selected = (tfVersion.provider_selections || {})[FQPN];
  if (selected !== VERSION) throw new Error(`terraform selected ${FQPN} ${selected}, expected ${VERSION}`);
}

const resources = pick(provider.resource_schemas, RESOURCES, "resource");
if (PRUNE_DOMAIN !== "0") {
  for (const [type, spec] of Object.entries(PRUNE_SPEC)) {
    const dropped = [];
    const block = resources[type].block;
    resources[type] = { ...resources[type], block: { ...block, attributes: prune(block.attributes, spec, "", dropped) } };
    console.error(`[gen-libvirt] ${type}: dropped ${dropped.length} nested attributes: ${dropped.join(", ")}`);
  }
}

const result = {
  format_version: dump.format_version,
  provider_schemas: {
    [FQPN]: {
      provider: provider.provider,
      resource_schemas: resources,
      data_source_schemas: pick(provider.data_source_schemas, DATA_SOURCES, "data source"),
    },
  },
  provider_versions: { [FQPN]: selected },
};
fs.writeFileSync(outPath, JSON.stringify(sortKeys(result), null, 2) + "\n");
EOF
  mkdir -p "$(dirname "${SCHEMA_FILE}")"
  FQPN="${PROVIDER_FQPN}" VERSION="${PROVIDER_VERSION}" PRUNE_DOMAIN="${PRUNE_DOMAIN}" \
    node "${WORK}/trim-schema.js" "${FULL_SCHEMA_JSON}" "${WORK}/terraform-version.json" "${WORK}/schema.json"
  mv "${WORK}/schema.json" "${SCHEMA_FILE}"
fi

[[ -f "${SCHEMA_FILE}" ]] || die "schema file ${SCHEMA_FILE} not found"

# ---------------------------------------------------------------------------
# 2. generate the bindings with cdktf's own generator, fed from the cache
# ---------------------------------------------------------------------------
CACHE_DIR="${WORK}/schema-cache"
PROJECT_DIR="${WORK}/project"
mkdir -p "${CACHE_DIR}" "${PROJECT_DIR}"
CACHE_FILE="${CACHE_DIR}/$(basename "${SCHEMA_FILE}")"
cp "${SCHEMA_FILE}" "${CACHE_FILE}"

# A throw-away cdktf.json: the project's own cdktf.json is left alone.
cat >"${PROJECT_DIR}/cdktf.json" <<EOF
{
  "language": "typescript",
  "app": "true",
  "projectId": "gen-libvirt-bindings",
  "sendCrashReports": "false",
  "terraformProviders": ["${PROVIDER_NAMESPACE}/${PROVIDER_NAME}@${PROVIDER_VERSION}"],
  "terraformModules": [],
  "codeMakerOutput": "out"
}
EOF

log "cdktf get (schema from ${SCHEMA_FILE#"${ROOT}"/})"
started=${SECONDS}
if ! (cd "${PROJECT_DIR}" &&
  CI=1 CHECKPOINT_DISABLE=1 DISABLE_VERSION_CHECK=1 CDKTF_DISABLE_PLUGIN_CACHE_ENV=1 \
    TF_CLI_CONFIG_FILE=/dev/null \
    "${CDKTF_BIN}" get --force \
    --experimental-provider-schema-cache-path "${CACHE_DIR}" >"${WORK}/cdktf-get.log" 2>&1); then
  cat "${WORK}/cdktf-get.log" >&2
  die "cdktf get failed"
fi

# The cache must have been hit: a miss would have made cdktf run terraform and
# write a second file (or change this one) in the cache directory.
cmp -s "${SCHEMA_FILE}" "${CACHE_FILE}" || die "cdktf rewrote the schema cache entry (cache miss?)"
[[ "$(find "${CACHE_DIR}" -type f | wc -l)" -eq 1 ]] || die "unexpected files in the schema cache (cache miss?)"
[[ -f "${PROJECT_DIR}/out/providers/${PROVIDER_NAME}/index.ts" ]] || {
  cat "${WORK}/cdktf-get.log" >&2
  die "cdktf get produced no bindings"
}

if [[ "${CHECK}" == "1" ]]; then
  diff -r "${PROJECT_DIR}/out" "${GEN_DIR}" >"${WORK}/diff.txt" || {
    head -n 40 "${WORK}/diff.txt" >&2
    die "the committed bindings differ from what the schema generates: run npm run gen:libvirt"
  }
  log "the committed bindings match the schema ($((SECONDS - started))s)"
  exit 0
fi

rm -rf "${GEN_DIR}"
mkdir -p "${GEN_DIR}"
cp -R "${PROJECT_DIR}/out/." "${GEN_DIR}/"

files=$(find "${GEN_DIR}" -type f | wc -l | tr -d ' ')
digest=$(cd "${GEN_DIR}" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
log "wrote ${files} files to ${GEN_DIR#"${ROOT}"/} in $((SECONDS - started))s (tree sha256 ${digest})"
