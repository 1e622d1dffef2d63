/**
 * A node's #cloud-config: admin user, packages, every config file (write_files) and the
 * runcmd that starts units in dependency order. First boot only (docs/architecture.md, decision 2).
 */
import { gzipSync } from 'zlib';
import type { ResolvedDeployment } from '../model';
import { isDeferred } from '../model';
import type { RenderedFile } from '../render/file';
import type { NodePlan } from '../plan';
import { PATHS, TLS_GROUP } from '../render/paths';

/** Kept from package scripts: no service may start with a stock config while packages install. */
const POLICY_RC_D = { path: '/usr/sbin/policy-rc.d', content: '#!/bin/sh\nexit 101\n', permissions: '0755' };

/**
 * No password logins, in place of cloud-init's ssh_pwauth: that one restarts ssh in the middle of
 * first boot (once, under load, the restart failed and cloud-init reported an error). Written
 * with the host keys, before sshd first starts; the earliest sshd_config.d file wins.
 */
const SSHD_DROP_IN = {
  path: '/etc/ssh/sshd_config.d/10-pigsty.conf',
  content: '# Written by cdktf-pigsty at first boot: key logins only.\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n',
  permissions: '0644',
};

/** Files cloud-init must write before packages install (the rest wait for their owners to exist). */
const EARLY_PATHS: readonly string[] = [PATHS.createClusterConf];

/** Most files are identical on many nodes (static files, a cluster's shared configs): compress each text once. */
const compressCache = new Map<string, string>();

function compressed(text: string): string {
  let value = compressCache.get(text);
  if (value === undefined) {
    if (compressCache.size > 4096) compressCache.clear();
    value = gzipSync(text).toString('base64');
    compressCache.set(text, value);
  }
  return value;
}

/**
 * A write_files entry. Contents travel gzip+base64-encoded (cloud-init's gz+b64), a third of
 * their size, except text holding apply-time values (tokens of sensitive variables).
 */
function writeFile(file: RenderedFile): Record<string, unknown> {
  const content = file.userDataContent ?? file.content;
  const compress = !isDeferred(content);
  return {
    path: file.path,
    ...(compress ? { encoding: 'gz+b64', content: compressed(content) } : { content }),
    owner: file.owner,
    permissions: file.mode,
    ...(EARLY_PATHS.includes(file.path) ? {} : { defer: true }),
  };
}

/** The users that read the node's TLS key: etcd on a meta node, postgres (Patroni, Postgres, pgbouncer) on a member. */
function tlsReaders(config: NodePlan): string[] {
  return [...(config.units.startNoBlock.includes('etcd') ? ['etcd'] : []), ...(config.node.instance ? ['postgres'] : [])];
}

function runcmd(d: ResolvedDeployment, config: NodePlan): string[] {
  const admin = d.admin.user;
  const services = config.units;
  const commands = ['rm -f /usr/sbin/policy-rc.d', `install -d -o ${admin} -g ${admin} -m 0700 ${PATHS.stageDir}`];
  if (config.node.instance) commands.push(`install -d -o postgres -g postgres -m 0750 ${PATHS.pgRoot}`);
  // The users exist once their packages are installed; they must be in the group before their units start.
  if (d.tls.enabled) commands.push(...tlsReaders(config).map((user) => `usermod -a -G ${TLS_GROUP} ${user}`));
  commands.push(...services.prepare);
  if (services.disable.length > 0) commands.push(`systemctl disable --now --no-reload ${services.disable.join(' ')}`);
  // One enable and one reload: each separate enable would reload systemd (and run every generator).
  const enabled = [...services.startNoBlock, ...services.start, ...services.enableOnly];
  commands.push(`systemctl enable --no-reload ${enabled.join(' ')}`, 'systemctl daemon-reload');
  // etcd waits for its quorum, which the other meta nodes complete: do not wait for it.
  if (services.startNoBlock.length > 0) commands.push(`systemctl restart --no-block ${services.startNoBlock.join(' ')}`);
  commands.push(`systemctl restart ${services.start.join(' ')}`);
  return commands;
}

/**
 * Offline mode: a node other than a meta node installs only from the meta nodes' repository.
 * Its first boot waits until a meta node serves the repository, and drops every other source.
 */
function offlineApt(d: ResolvedDeployment): Record<string, unknown> {
  const repos = d.metaNodes.map((meta) => `http://${meta.ip}:${d.infra.nginx.port}/repo`);
  const wait = [
    `for i in $(seq 1 900); do for r in ${repos.join(' ')}; do curl -sf -o /dev/null "$r/Packages" && exit 0; done; sleep 2; done`,
    'echo "no meta node serves the package repository" >&2; exit 1',
  ].join('; ');
  return {
    bootcmd: [
      ['cloud-init-per', 'once', 'pigsty-offline-sources', 'sh', '-c', 'rm -f /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources'],
      ['cloud-init-per', 'once', 'pigsty-wait-repo', 'sh', '-c', wait],
    ],
    apt: {
      preserve_sources_list: false,
      // The repository is unsigned: it lives on the deployment's own network.
      sources_list: repos.map((repo) => `deb [trusted=yes] ${repo} ./`).join('\n') + '\n',
    },
  };
}

export function buildUserData(d: ResolvedDeployment, config: NodePlan): string {
  const document = {
    hostname: config.node.name,
    fqdn: `${config.node.name}.${d.network.domain}`,
    manage_etc_hosts: false,
    locale: 'C.UTF-8',
    timezone: 'UTC',
    users: [
      {
        name: d.admin.user,
        gecos: 'Pigsty admin',
        shell: '/bin/bash',
        groups: ['sudo', 'adm'],
        sudo: 'ALL=(ALL) NOPASSWD:ALL',
        lock_passwd: true,
        ssh_authorized_keys: [...d.admin.sshKeys],
      },
    ],
    disable_root: true,
    // Read by etcd and postgres (members added before the units start, in runcmd): the node's TLS key.
    ...(d.tls.enabled ? { groups: [TLS_GROUP] } : {}),
    // The runner made this host key and pins it in every connection: no other host key exists on the node.
    ...(config.sshHostKey
      ? { ssh_deletekeys: true, ssh_keys: { ed25519_private: config.sshHostKey.privateKey.inJson, ed25519_public: config.sshHostKey.publicKey } }
      : {}),
    ...(d.guest.packageSource === 'meta' && !config.node.isMeta ? offlineApt(d) : {}),
    package_update: true,
    packages: [...config.packages],
    write_files: [POLICY_RC_D, SSHD_DROP_IN, ...config.staticFiles.map(writeFile), ...config.files.filter((file) => file.firstBoot).map(writeFile)],
    runcmd: runcmd(d, config),
    final_message: `pigsty node ${config.node.name} is up after $UPTIME seconds`,
  };
  // JSON is YAML, and it serializes an order of magnitude faster than a YAML emitter: user-data
  // is the largest document per node, and file contents in it are compressed anyway.
  return `#cloud-config\n${JSON.stringify(document, null, 1)}\n`;
}

/** Bytes of a cloud-init document; some platforms cap user-data (vSphere guestinfo, EC2 16 KiB). */
export function sizeOf(document: string): number {
  return Buffer.byteLength(document, 'utf8');
}
