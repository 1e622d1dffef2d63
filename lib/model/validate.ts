/**
 * Validation: tables of rules, evaluated on the resolved model before anything renders.
 * Each message names where (cluster, instance, ...), the field and the bad value, and says the fix.
 */
import { DEFAULT_PORTS, RTO_PRESETS, SYSTEM_USERS, DEFAULT_ROLES } from './defaults';
import { isDeferred, SECRET_ALPHABET } from './deferred';
import { durationSeconds } from './infra';
import { isHostOf, parseAnyCidr, parseCidr, parseIpv4 } from './ip';
import { DNS_DOMAIN, DNS_LABEL, LINUX_USER, PG_IDENTIFIER, PG_PARAMETER } from './names';
import { isPatroniCheck, PATRONI_CHECK_PATHS } from './patroni-checks';
import type {
  ResolvedCluster,
  ResolvedDatabase,
  ResolvedDeployment,
  ResolvedHbaRule,
  ResolvedInstance,
  ResolvedNode,
  ResolvedService,
  ResolvedUser,
} from './resolved';

export interface Rule<S> {
  /** Stable identifier, used by tests and by anyone grepping for a message. */
  readonly code: string;
  readonly when: (subject: S, deployment: ResolvedDeployment) => boolean;
  readonly message: (subject: S, deployment: ResolvedDeployment) => string;
}

export interface Problem {
  readonly code: string;
  readonly message: string;
}

/** Thrown (by the constructs, at synth) when a spec breaks rules; the message lists every problem. */
export class ValidationError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(`Invalid deployment spec:\n${problems.map((p) => `  - ${p.message}`).join('\n')}`);
    this.name = 'ValidationError';
  }
}

const ROLES = ['primary', 'replica', 'offline'];
const HBA_TYPES = ['local', 'host', 'hostssl', 'hostnossl'];
const HBA_METHODS = ['trust', 'reject', 'scram-sha-256', 'md5', 'password', 'peer', 'ident', 'cert'];
const HBA_ROLES = ['common', 'primary', 'replica', 'offline'];
const BALANCES = ['roundrobin', 'leastconn', 'first', 'source', 'static-rr'];
const DESTINATIONS = ['pgbouncer', 'postgres'];
/** Postgres' own roles may be granted without being declared. */
const PREDEFINED_ROLES = [
  'pg_monitor', 'pg_read_all_data', 'pg_write_all_data', 'pg_read_all_settings', 'pg_read_all_stats',
  'pg_stat_scan_tables', 'pg_signal_backend', 'pg_checkpoint', 'pg_read_server_files',
  'pg_write_server_files', 'pg_execute_server_program', 'pg_database_owner',
];
/** Parameters Patroni or the platform own; setting them would break the cluster. */
const MANAGED_PARAMETERS = [
  'port', 'listen_addresses', 'data_directory', 'hba_file', 'ident_file', 'config_file',
  'cluster_name', 'hot_standby', 'primary_conninfo', 'primary_slot_name', 'synchronous_standby_names',
];
const RESERVED_PORTS: Readonly<Record<string, number>> = {
  postgres: DEFAULT_PORTS.postgres,
  pgbouncer: DEFAULT_PORTS.pgbouncer,
  'patroni REST API': DEFAULT_PORTS.patroni,
  'node_exporter': DEFAULT_PORTS.nodeExporter,
  'HAProxy admin': DEFAULT_PORTS.haproxyAdmin,
  'pg_exporter': DEFAULT_PORTS.pgExporter,
  'pgbouncer_exporter': DEFAULT_PORTS.pgbouncerExporter,
  'etcd client': DEFAULT_PORTS.etcdClient,
  'etcd peer': DEFAULT_PORTS.etcdPeer,
};

const show = (value: unknown): string => (value === undefined ? 'nothing' : JSON.stringify(value));
const isInt = (value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
const hasNewline = (value: string | undefined): boolean => typeof value === 'string' && /[\r\n\0]/.test(value);
/** A literal secret outside the safe alphabet; deferred (apply-time) values are not checked. */
const badSecret = (value: unknown): boolean => !isDeferred(value) && (typeof value !== 'string' || !SECRET_ALPHABET.test(value));
const SECRET_FIX = 'use 8 to 128 characters from A-Z a-z 0-9 . _ ~ + - = ! * ,';

// ---------------------------------------------------------------- deployment

const deploymentRules: Rule<ResolvedDeployment>[] = [
  {
    code: 'deployment-name',
    when: (d) => typeof d.name !== 'string' || !DNS_LABEL.test(d.name),
    message: (d) => `deployment name ${show(d.name)} is invalid: use lowercase letters, digits and '-', starting with a letter (e.g. "sandbox").`,
  },
  {
    code: 'network-cidr',
    when: (d) => parseCidr(d.network.cidr) === undefined,
    message: (d) => `network.cidr ${show(d.network.cidr)} is not an IPv4 network with a /8../30 prefix and no host bits (e.g. "10.10.10.0/24").`,
  },
  {
    code: 'network-gateway',
    when: (d) => parseCidr(d.network.cidr) !== undefined && !isHostOf(parseCidr(d.network.cidr)!, d.network.gateway),
    message: (d) => `network.gateway ${show(d.network.gateway)} is not a host address of ${d.network.cidr}: pick an address inside the network, or leave it out to use the first one.`,
  },
  {
    code: 'network-domain',
    when: (d) => typeof d.network.domain !== 'string' || !DNS_DOMAIN.test(d.network.domain),
    message: (d) => `network.domain ${show(d.network.domain)} is not a DNS domain: use lowercase labels separated by dots (e.g. "pigsty").`,
  },
  {
    code: 'network-interface',
    when: (d) => typeof d.network.interface !== 'string' || !/^[a-z][a-z0-9]{0,14}$/.test(d.network.interface),
    message: (d) => `network.interface ${show(d.network.interface)} is not a Linux interface name (e.g. "eth0").`,
  },
  {
    code: 'meta-count',
    when: (d) => ![1, 3, 5].includes(d.metaNodes.length),
    message: (d) =>
      `metaNodes has ${d.metaNodes.length} node(s): the DCS quorum needs 1, 3 or 5 meta nodes. ` +
      (d.metaNodes.length % 2 === 0 && d.metaNodes.length > 0 ? 'An even count adds no fault tolerance; add or remove one.' : 'Use 1 for a lab, 3 for production.'),
  },
  {
    code: 'dcs-kind',
    when: (d) => !['etcd', 'consul'].includes(d.dcs.kind),
    message: (d) => `dcs.kind ${show(d.dcs.kind)} is unknown: use "etcd" (default) or "consul".`,
  },
  {
    code: 'dcs-etcd-api',
    when: (d) => !['v2', 'v3'].includes(d.dcs.etcdApi),
    message: (d) => `dcs.etcdApi ${show(d.dcs.etcdApi)} is unknown: use "v2" (default; Debian's vip-manager 1.0 needs it) or "v3" (with vip-manager 2.x).`,
  },
  {
    code: 'dcs-namespace',
    when: (d) => typeof d.dcs.namespace !== 'string' || !/^\/([a-z0-9_-]+\/)+$/.test(d.dcs.namespace),
    message: (d) => `dcs.namespace ${show(d.dcs.namespace)} must start and end with '/' (e.g. "/pg/").`,
  },
  {
    code: 'admin-user',
    when: (d) => typeof d.admin.user !== 'string' || !LINUX_USER.test(d.admin.user) || d.admin.user === 'root' || d.admin.user === 'postgres',
    message: (d) => `admin.user ${show(d.admin.user)} is not a usable Linux user name: use lowercase letters, digits, '_' or '-' (not root or postgres), e.g. "dba".`,
  },
  {
    code: 'admin-ssh-keys-empty',
    when: (d) => !Array.isArray(d.admin.sshKeys) || d.admin.sshKeys.length === 0,
    message: () => `admin.sshKeys is empty: add at least one SSH public key, or nobody (and no bootstrap step) can log in to the nodes.`,
  },
  {
    code: 'admin-ssh-key-format',
    when: (d) => Array.isArray(d.admin.sshKeys) && d.admin.sshKeys.some((key) => !isSshPublicKey(key)),
    message: (d) =>
      `admin.sshKeys entry ${show(d.admin.sshKeys.find((key) => !isSshPublicKey(key)))} is not an SSH public key: paste one line of an id_*.pub file ("ssh-ed25519 AAAA... comment").`,
  },
  {
    code: 'guest-os',
    when: (d) => !['debian12', 'ubuntu2404'].includes(d.guest.os),
    message: (d) => `guest.os ${show(d.guest.os)} is unknown: use "debian12" (default) or "ubuntu2404".`,
  },
  {
    code: 'guest-package-source',
    when: (d) => !['upstream', 'meta'].includes(d.guest.packageSource),
    message: (d) => `guest.packageSource ${show(d.guest.packageSource)} is unknown: use "upstream" (the distribution's mirrors) or "meta" (the meta node's local repository).`,
  },
  ...(['superuserPassword', 'replicationPassword', 'monitorPassword', 'dbaPassword', 'haproxyAdminPassword', 'patroniApiPassword', 'grafanaAdminPassword'] as const).map(
    (field): Rule<ResolvedDeployment> => ({
      code: `secret-${field}`,
      when: (d) => badSecret(d.secrets[field]),
      message: (d) =>
        `secrets.${field} is ${typeof d.secrets[field] === 'string' && d.secrets[field].length > 0 ? 'not a usable password' : 'empty'}: ${SECRET_FIX} (in production, pass it from a sensitive Terraform variable).`,
    }),
  ),
  {
    code: 'cluster-name-duplicate',
    when: (d) => duplicates(d.clusters.map((c) => c.name)).length > 0,
    message: (d) => `cluster name ${show(duplicates(d.clusters.map((c) => c.name))[0])} is used twice: give every cluster its own name.`,
  },
  {
    code: 'hostname-duplicate',
    when: (d) => duplicates(d.nodes.map((n) => n.name)).length > 0,
    message: (d) => `node host name ${show(duplicates(d.nodes.map((n) => n.name))[0])} is used by two nodes: set a distinct hostname on one of them.`,
  },
  {
    code: 'vip-duplicate',
    when: (d) => duplicates(d.clusters.flatMap((c) => (c.vip ? [c.vip.address] : []))).length > 0,
    message: (d) => `VIP ${show(duplicates(d.clusters.flatMap((c) => (c.vip ? [c.vip.address] : [])))[0])} is used by two clusters: give each cluster its own VIP.`,
  },
];

/** The text test vip-manager 1.0 applies to a member's own address (see the vip-text-in-member-ip rule). */
function vipTextClash(c: ResolvedCluster, ip: string): boolean {
  return c.vip !== undefined && ip !== c.vip.address && `${ip}/${c.vip.prefix}`.includes(c.vip.address);
}

function isSshPublicKey(key: unknown): boolean {
  return typeof key === 'string' && /^(ssh-(ed25519|rsa|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) [A-Za-z0-9+/=]+( [^\r\n]*)?$/.test(key);
}

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

// ---------------------------------------------------------------- infrastructure (meta nodes)

/** Every port a meta node listens on, by owner: platform components, then its cluster's services. */
function metaPorts(d: ResolvedDeployment): [string, number][] {
  const i = d.infra;
  const ports: [string, number][] = [
    ['prometheus.port', i.prometheus.port],
    ['alertmanager.port', i.alertmanager.port],
    ['alertmanager.clusterPort', i.alertmanager.clusterPort],
    ...(i.grafana.enabled ? [['grafana.port', i.grafana.port] as [string, number]] : []),
    ['nginx.port', i.nginx.port],
    ['dns.port', i.dns.port],
    ...Object.entries(RESERVED_PORTS),
    ...(d.dcs.kind === 'consul' ? [['consul HTTP', d.ports.consulHttp], ['consul DNS', d.ports.consulDns]] as [string, number][] : []),
  ];
  // Each cluster once: a cluster with a member on every meta node (pg-meta) has its services once.
  const onMeta = d.clusters.filter((c) => c.instances.some((instance) => d.metaNodes.some((meta) => meta.ip === instance.ip)));
  for (const service of onMeta.flatMap((c) => c.services)) ports.push([`service ${service.name}`, service.port]);
  return ports;
}

const INFRA_FIX = 'set the same infra options on every meta node';

const infraRules: Rule<ResolvedDeployment>[] = [
  {
    code: 'infra-mismatch',
    when: (d) => d.metaNodes.some((m) => JSON.stringify(m.infra) !== JSON.stringify(d.infra)),
    message: (d) =>
      `meta node ${show(d.metaNodes.find((m) => JSON.stringify(m.infra) !== JSON.stringify(d.infra))!.name)}: its infrastructure options differ from meta node ${show(d.metaNodes[0].name)}'s: the meta nodes run the infrastructure as peers, so ${INFRA_FIX}.`,
  },
  {
    code: 'infra-duration',
    when: (d) => (['scrapeInterval', 'scrapeTimeout', 'evaluationInterval', 'retention'] as const).some((k) => durationSeconds(d.infra.prometheus[k]) === undefined),
    message: (d) => {
      const key = (['scrapeInterval', 'scrapeTimeout', 'evaluationInterval', 'retention'] as const).find((k) => durationSeconds(d.infra.prometheus[k]) === undefined)!;
      return `meta node prometheus.${key} ${show(d.infra.prometheus[key])} is not a duration: write a number and a unit, e.g. "10s", "1m", "15d".`;
    },
  },
  {
    code: 'infra-scrape-timeout',
    when: (d) => (durationSeconds(d.infra.prometheus.scrapeTimeout) ?? 0) > (durationSeconds(d.infra.prometheus.scrapeInterval) ?? Infinity),
    message: (d) =>
      `meta node prometheus.scrapeTimeout ${show(d.infra.prometheus.scrapeTimeout)} is longer than scrapeInterval ${show(d.infra.prometheus.scrapeInterval)}: Prometheus refuses that; use a timeout at most the interval.`,
  },
  {
    code: 'infra-port',
    when: (d) => metaPorts(d).some(([, port]) => !isInt(port, 1, 65535)),
    message: (d) => {
      const [owner, port] = metaPorts(d).find(([, p]) => !isInt(p, 1, 65535))!;
      return `meta node ${owner} ${show(port)} is not a port: use a whole number from 1 to 65535.`;
    },
  },
  {
    code: 'infra-port-collision',
    when: (d) => metaPorts(d).some(([, port], i, all) => all.findIndex(([, p]) => p === port) < i),
    message: (d) => {
      const all = metaPorts(d);
      const [owner, port] = all.find(([, p], i) => all.findIndex(([, q]) => q === p) < i)!;
      const first = all.find(([, p]) => p === port)![0];
      return `meta node ${owner} ${port} collides with ${first} on the meta nodes: give one of them another port.`;
    },
  },
  {
    code: 'infra-receiver',
    when: (d) => {
      const r = d.infra.alertmanager.receiver;
      if (!['none', 'webhook', 'email'].includes(r.kind)) return true;
      if (r.kind === 'webhook') return !/^https?:\/\/\S+$/.test(r.webhookUrl ?? '');
      if (r.kind === 'email') return !r.email || !/^\S+@\S+$/.test(r.email.to) || !/^\S+@\S+$/.test(r.email.from) || !/^[\w.-]+:\d+$/.test(r.email.smarthost) || hasNewline(r.email.authPassword);
      return false;
    },
    message: (d) => {
      const r = d.infra.alertmanager.receiver;
      if (r.kind === 'webhook') return `meta node alertmanager.receiver webhook URL ${show(r.webhookUrl)} is not an http(s) URL: give the full URL of the webhook.`;
      if (r.kind === 'email') return `meta node alertmanager.receiver email needs to and from addresses and a smarthost "host:port" (got ${show(r.email)}).`;
      return `meta node alertmanager.receiver kind ${show(r.kind)} is unknown: use AlertReceiver.none(), .webhook(url) or .email({...}).`;
    },
  },
  {
    code: 'infra-upstream',
    when: (d) => d.infra.dns.upstream.some((ip) => parseIpv4(ip) === undefined) || d.infra.ntp.upstream.some((h) => !/^[a-z0-9.-]+$/i.test(h)),
    message: (d) =>
      `meta node dns.upstream ${show(d.infra.dns.upstream)} / ntp.upstream ${show(d.infra.ntp.upstream)}: DNS upstreams are IPv4 addresses, NTP upstreams host names or addresses.`,
  },
  {
    code: 'infra-apt-source',
    when: (d) => [d.infra.grafana.aptSource, d.infra.consulAptSource].some((a) => !/^https?:\/\/\S+ \S+( \S+)+$/.test(a.repository) || !/^https?:\/\/\S+$/.test(a.keyUrl)),
    message: () => `meta node grafana/consul apt source is malformed: repository is "<url> <suite> <component...>" and keyUrl the URL of the armored signing key.`,
  },
];

// ---------------------------------------------------------------- meta nodes

const metaRules: Rule<ResolvedNode>[] = [
  {
    code: 'meta-hostname',
    when: (m) => typeof m.name !== 'string' || !DNS_LABEL.test(m.name),
    message: (m) => `meta node ${show(m.name)}: hostname is invalid: use a DNS label such as "meta" or "meta-1".`,
  },
  {
    code: 'meta-ip',
    when: (m, d) => !addressInNetwork(m.ip, d),
    message: (m, d) => `meta node ${show(m.name)}: ip ${show(m.ip)} ${whyNotInNetwork(m.ip, d)}`,
  },
  {
    code: 'meta-ip-duplicate',
    when: (m, d) => d.metaNodes.findIndex((other) => other.ip === m.ip) < d.metaNodes.indexOf(m),
    message: (m, d) => `meta node ${show(m.name)}: ip ${show(m.ip)} is already used by meta node ${show(d.metaNodes.find((o) => o.ip === m.ip)?.name)}: give each meta node its own address.`,
  },
  ...sizeRules<ResolvedNode>((m) => `meta node ${show(m.name)}`, (m) => m.size),
];

function addressInNetwork(ip: string, d: ResolvedDeployment): boolean {
  const cidr = parseCidr(d.network.cidr);
  return cidr !== undefined && isHostOf(cidr, ip) && ip !== d.network.gateway;
}

function whyNotInNetwork(ip: string, d: ResolvedDeployment): string {
  if (parseIpv4(ip) === undefined) return `is not an IPv4 address: write it as "a.b.c.d".`;
  if (ip === d.network.gateway) return `is the network gateway: pick another address in ${d.network.cidr}.`;
  return `is outside the network ${d.network.cidr}: pick a host address inside it, or widen network.cidr.`;
}

function sizeRules<S>(where: (s: S) => string, size: (s: S) => ResolvedNode['size']): Rule<S>[] {
  return [
    {
      code: 'size-cpus',
      when: (s) => !isInt(size(s).cpus, 1, 256),
      message: (s) => `${where(s)}: size.cpus ${show(size(s).cpus)} must be a whole number from 1 to 256.`,
    },
    {
      code: 'size-memory',
      when: (s) => !isInt(size(s).memoryMiB, 1024, 4 * 1024 * 1024),
      message: (s) => `${where(s)}: size.memoryMiB ${show(size(s).memoryMiB)} must be a whole number of MiB, at least 1024 (Postgres, Patroni and the exporters need it).`,
    },
    {
      code: 'size-disk',
      when: (s) => !isInt(size(s).diskGiB, 10, 65536),
      message: (s) => `${where(s)}: size.diskGiB ${show(size(s).diskGiB)} must be a whole number of GiB, at least 10.`,
    },
  ];
}

// ---------------------------------------------------------------- clusters

const clusterRules: Rule<ResolvedCluster>[] = [
  {
    code: 'cluster-name',
    when: (c) => typeof c.name !== 'string' || !DNS_LABEL.test(c.name),
    message: (c) => `cluster ${show(c.name)}: name is invalid: use lowercase letters, digits and '-', starting with a letter, at most 40 characters (e.g. "pg-orders").`,
  },
  {
    code: 'cluster-no-instances',
    when: (c) => c.instances.length === 0,
    message: (c) => `cluster ${show(c.name)}: instances is empty: add at least a primary.`,
  },
  {
    code: 'cluster-no-primary',
    when: (c) => c.instances.length > 0 && c.instances.filter((i) => i.role === 'primary').length === 0,
    message: (c) => `cluster ${show(c.name)}: no instance has role "primary": set role "primary" on exactly one instance.`,
  },
  {
    code: 'cluster-two-primaries',
    when: (c) => c.instances.filter((i) => i.role === 'primary').length > 1,
    message: (c) =>
      `cluster ${show(c.name)}: instances ${c.instances.filter((i) => i.role === 'primary').map((i) => i.seq).join(', ')} all have role "primary": keep one primary and make the others "replica".`,
  },
  {
    code: 'rto-preset',
    when: (c) => c.ha.preset !== 'custom' && !(c.ha.preset in RTO_PRESETS),
    message: (c) => `cluster ${show(c.name)}: rto.preset ${show(c.ha.preset)} is unknown: use one of ${Object.keys(RTO_PRESETS).join(', ')}.`,
  },
  {
    code: 'rto-values',
    when: (c) => !isInt(c.ha.ttl, 1) || !isInt(c.ha.loopWait, 1) || !isInt(c.ha.retryTimeout, 1),
    message: (c) => `cluster ${show(c.name)}: rto ttl/loopWait/retryTimeout (${show(c.ha.ttl)}/${show(c.ha.loopWait)}/${show(c.ha.retryTimeout)}) must be whole numbers of seconds, at least 1.`,
  },
  {
    code: 'rto-timing',
    when: (c) => isInt(c.ha.ttl, 1) && c.ha.loopWait + 2 * c.ha.retryTimeout > c.ha.ttl,
    message: (c) =>
      `cluster ${show(c.name)}: rto timings break Patroni's rule loopWait + 2 * retryTimeout <= ttl ` +
      `(${c.ha.loopWait} + 2 * ${c.ha.retryTimeout} = ${c.ha.loopWait + 2 * c.ha.retryTimeout} > ttl ${c.ha.ttl}): raise ttl or lower loopWait/retryTimeout, or use a preset.`,
  },
  {
    code: 'rpo',
    when: (c) => !isInt(c.ha.maximumLagOnFailover, 0),
    message: (c) => `cluster ${show(c.name)}: rpo ${show(c.ha.maximumLagOnFailover)} must be a whole number of bytes, 0 (synchronous) or more.`,
  },
  {
    code: 'parameter-name',
    when: (c) => Object.keys(c.parameters).some((key) => !PG_PARAMETER.test(key)),
    message: (c) => `cluster ${show(c.name)}: parameter ${show(Object.keys(c.parameters).find((key) => !PG_PARAMETER.test(key)))} is not a Postgres parameter name (lowercase, e.g. "work_mem").`,
  },
  {
    code: 'parameter-managed',
    when: (c) => Object.keys(c.parameters).some((key) => MANAGED_PARAMETERS.includes(key)),
    message: (c) => `cluster ${show(c.name)}: parameter ${show(Object.keys(c.parameters).find((key) => MANAGED_PARAMETERS.includes(key)))} is managed by Patroni and the platform: remove it from parameters.`,
  },
  {
    code: 'parameter-value',
    when: (c) => Object.values(c.parameters).some((value) => typeof value !== 'string' || hasNewline(value)),
    message: (c) => {
      const [key, value] = Object.entries(c.parameters).find(([, v]) => typeof v !== 'string' || hasNewline(v))!;
      return `cluster ${show(c.name)}: parameter ${key} = ${show(value)} must be a one-line string (write numbers as strings, e.g. "200").`;
    },
  },
  {
    code: 'pgbouncer-pool-mode',
    when: (c) => !['transaction', 'session', 'statement'].includes(c.pgbouncer.poolMode),
    message: (c) => `cluster ${show(c.name)}: pgbouncer.poolMode ${show(c.pgbouncer.poolMode)} is unknown: use "transaction" (default), "session" or "statement".`,
  },
  {
    code: 'pgbouncer-sizes',
    when: (c) => !isInt(c.pgbouncer.maxClientConn, 1) || !isInt(c.pgbouncer.defaultPoolSize, 1),
    message: (c) => `cluster ${show(c.name)}: pgbouncer.maxClientConn ${show(c.pgbouncer.maxClientConn)} and defaultPoolSize ${show(c.pgbouncer.defaultPoolSize)} must be whole numbers, at least 1.`,
  },
  {
    code: 'vip-address',
    when: (c, d) => c.vip !== undefined && !addressInNetwork(c.vip.address, d),
    message: (c, d) => `cluster ${show(c.name)}: vip.address ${show(c.vip!.address)} ${whyNotInNetwork(c.vip!.address, d)} An L2 VIP must be in the nodes' subnet.`,
  },
  {
    code: 'vip-is-node',
    when: (c, d) => c.vip !== undefined && d.nodes.some((n) => n.ip === c.vip!.address),
    message: (c, d) => `cluster ${show(c.name)}: vip.address ${show(c.vip!.address)} is the address of node ${show(d.nodes.find((n) => n.ip === c.vip!.address)?.name)}: pick a free address for the VIP.`,
  },
  {
    // vip-manager 1.0 (Debian 12's) sees its VIP as bound when the interface's "ip/prefix" text
    // merely contains the VIP's text: a member at 10.10.10.20 never binds VIP 10.10.10.2.
    code: 'vip-text-in-member-ip',
    when: (c) => c.vip !== undefined && c.instances.some((i) => vipTextClash(c, i.ip)),
    message: (c) => {
      const member = c.instances.find((i) => vipTextClash(c, i.ip))!;
      return `cluster ${show(c.name)}: vip.address ${show(c.vip!.address)} is contained in the address ${member.ip} of member ${member.name}, and vip-manager 1.0 (Debian 12) then takes the VIP for bound there and never binds it when ${member.name} leads: pick a VIP or member address that is not part of the other (e.g. not ${c.vip!.address} with ${member.ip}).`;
    },
  },
  {
    code: 'vip-prefix',
    when: (c, d) => c.vip !== undefined && c.vip.prefix !== d.network.prefix,
    message: (c, d) => `cluster ${show(c.name)}: vip.prefix ${show(c.vip!.prefix)} differs from the network's /${d.network.prefix}: leave it out, or set ${d.network.prefix}.`,
  },
  {
    code: 'user-duplicate',
    when: (c) => duplicates(c.users.map((u) => u.name)).length > 0,
    message: (c) => {
      const name = duplicates(c.users.map((u) => u.name))[0];
      const builtin = c.users.find((u) => u.name === name)?.builtin;
      return builtin
        ? `cluster ${show(c.name)}: user ${show(name)} is a built-in platform role: pick another name.`
        : `cluster ${show(c.name)}: user ${show(name)} is defined twice: keep one definition.`;
    },
  },
  {
    code: 'database-duplicate',
    when: (c) => duplicates(c.databases.map((db) => db.name)).length > 0,
    message: (c) => `cluster ${show(c.name)}: database ${show(duplicates(c.databases.map((db) => db.name))[0])} is defined twice: keep one definition.`,
  },
  {
    code: 'service-name-duplicate',
    when: (c) => duplicates(c.services.map((s) => s.shortName)).length > 0,
    message: (c) => `cluster ${show(c.name)}: service ${show(duplicates(c.services.map((s) => s.shortName))[0])} is defined twice: give each service its own name.`,
  },
];

// ---------------------------------------------------------------- instances

interface InstanceSubject {
  readonly cluster: ResolvedCluster;
  readonly instance: ResolvedInstance;
}

const where = ({ cluster, instance }: InstanceSubject): string => `cluster ${show(cluster.name)} instance ${show(instance.seq)}`;

/** Every node address in spec order: meta nodes, then instances that are not on a meta node. */
function addressOwners(d: ResolvedDeployment): { ip: string; who: string; instance?: ResolvedInstance }[] {
  return [
    ...d.metaNodes.map((m) => ({ ip: m.ip, who: `meta node ${show(m.name)}` })),
    ...d.clusters.flatMap((c) => c.instances.map((i) => ({ ip: i.ip, who: `instance ${i.name}`, instance: i }))),
  ];
}

const instanceRules: Rule<InstanceSubject>[] = [
  {
    code: 'instance-seq',
    when: ({ instance }) => !isInt(instance.seq, 0, 9999),
    message: (s) => `${where(s)}: seq is missing or not a whole number from 0 to 9999: number the instances 1, 2, 3...`,
  },
  {
    code: 'instance-seq-duplicate',
    when: ({ cluster, instance }) => cluster.instances.indexOf(instance) > cluster.instances.findIndex((i) => i.seq === instance.seq),
    message: (s) => `${where(s)}: seq ${show(s.instance.seq)} is used by two instances of the cluster: give each instance its own seq.`,
  },
  {
    code: 'instance-role',
    when: ({ instance }) => !ROLES.includes(instance.role),
    message: (s) => `${where(s)}: role ${show(s.instance.role)} is unknown: use "primary", "replica" or "offline".`,
  },
  {
    code: 'instance-ip',
    when: ({ instance }, d) => !addressInNetwork(instance.ip, d),
    message: (s, d) => `${where(s)}: ip ${show(s.instance.ip)} ${whyNotInNetwork(s.instance.ip, d)}`,
  },
  {
    code: 'instance-ip-duplicate',
    when: ({ instance }, d) => {
      const owners = addressOwners(d).filter((o) => o.ip === instance.ip && o.instance);
      return owners.length > 1 && owners[0].instance !== instance;
    },
    message: (s, d) =>
      `${where(s)}: ip ${show(s.instance.ip)} is already used by ${addressOwners(d).find((o) => o.ip === s.instance.ip && o.instance)!.who}: Pigsty runs one instance per node; give this instance its own node address.`,
  },
  {
    code: 'instance-hostname',
    when: ({ instance }) => typeof instance.hostname !== 'string' || !DNS_LABEL.test(instance.hostname),
    message: (s) => `${where(s)}: hostname ${show(s.instance.hostname)} is not a DNS label: use lowercase letters, digits and '-' (e.g. "node-1").`,
  },
  {
    code: 'instance-weight',
    when: ({ instance }) => !isInt(instance.weight, 0, 256),
    message: (s) => `${where(s)}: weight ${show(s.instance.weight)} must be a whole number from 0 to 256 (HAProxy's range; default 100).`,
  },
  ...sizeRules<InstanceSubject>(where, ({ instance }) => instance.size),
];

// ---------------------------------------------------------------- users, databases, HBA

interface Member<T> {
  readonly cluster: ResolvedCluster;
  readonly item: T;
}

const roleNames = (c: ResolvedCluster): string[] => c.users.map((u) => u.name);
const builtinUserNames = [...DEFAULT_ROLES.map((r) => r.name), ...Object.values(SYSTEM_USERS).map((u) => u.name)];

const userRules: Rule<Member<ResolvedUser>>[] = [
  {
    code: 'user-name',
    when: ({ item }) => typeof item.name !== 'string' || !PG_IDENTIFIER.test(item.name) || item.name.startsWith('pg_'),
    message: ({ cluster, item }) => `cluster ${show(cluster.name)}: user name ${show(item.name)} is invalid: use lowercase letters, digits and '_', starting with a letter, not "pg_" (e.g. "dbuser_app").`,
  },
  {
    code: 'user-role-undefined',
    when: ({ cluster, item }) => item.roles.some((r) => !roleNames(cluster).includes(r) && !PREDEFINED_ROLES.includes(r)),
    message: ({ cluster, item }) =>
      `cluster ${show(cluster.name)} user ${show(item.name)}: role ${show(item.roles.find((r) => !roleNames(cluster).includes(r) && !PREDEFINED_ROLES.includes(r)))} is not defined: define it as a user with login false, or grant one of ${builtinUserNames.slice(0, 4).join(', ')}.`,
  },
  {
    code: 'user-connection-limit',
    when: ({ item }) => !isInt(item.connectionLimit, -1),
    message: ({ cluster, item }) => `cluster ${show(cluster.name)} user ${show(item.name)}: connectionLimit ${show(item.connectionLimit)} must be -1 (no limit) or a whole number.`,
  },
  {
    code: 'user-password',
    when: ({ item }) => item.password !== undefined && badSecret(item.password),
    message: ({ cluster, item }) => `cluster ${show(cluster.name)} user ${show(item.name)}: password is not usable: ${SECRET_FIX}; leave it out for a role without password login.`,
  },
  {
    code: 'user-pgbouncer-password',
    when: ({ item }) => item.pgbouncer && item.login && item.password === undefined,
    message: ({ cluster, item }) => `cluster ${show(cluster.name)} user ${show(item.name)}: pgbouncer is on but the user has no password; pgbouncer needs it to log in for the client. Set a password or pgbouncer false.`,
  },
];

const databaseRules: Rule<Member<ResolvedDatabase>>[] = [
  {
    code: 'database-name',
    when: ({ item }) => typeof item.name !== 'string' || !PG_IDENTIFIER.test(item.name) || ['postgres', 'template0', 'template1', 'pgbouncer'].includes(item.name),
    message: ({ cluster, item }) => `cluster ${show(cluster.name)}: database name ${show(item.name)} is invalid or reserved: use lowercase letters, digits and '_' (not postgres, template0/1 or pgbouncer).`,
  },
  {
    code: 'database-owner-undefined',
    when: ({ cluster, item }) => !roleNames(cluster).includes(item.owner),
    message: ({ cluster, item }) => `cluster ${show(cluster.name)} database ${show(item.name)}: owner ${show(item.owner)} is not a user of the cluster: add it to the cluster's users, or leave owner out.`,
  },
  {
    code: 'database-extension',
    when: ({ item }) => item.extensions.some((e) => !PG_IDENTIFIER.test(e)),
    message: ({ cluster, item }) => `cluster ${show(cluster.name)} database ${show(item.name)}: extension ${show(item.extensions.find((e) => !PG_IDENTIFIER.test(e)))} is not an extension name (e.g. "pg_trgm").`,
  },
  {
    code: 'database-schema',
    when: ({ item }) => item.schemas.some((e) => !PG_IDENTIFIER.test(e)),
    message: ({ cluster, item }) => `cluster ${show(cluster.name)} database ${show(item.name)}: schema ${show(item.schemas.find((e) => !PG_IDENTIFIER.test(e)))} is not a plain identifier (lowercase letters, digits, '_').`,
  },
  {
    code: 'database-pool-size',
    when: ({ item }) => item.poolSize !== undefined && !isInt(item.poolSize, 1, 10000),
    message: ({ cluster, item }) => `cluster ${show(cluster.name)} database ${show(item.name)}: poolSize ${show(item.poolSize)} must be a whole number from 1 to 10000.`,
  },
];

const hbaWhere = ({ cluster, item }: Member<ResolvedHbaRule>): string =>
  `cluster ${show(cluster.name)} hba rule "${item.type} ${item.database} ${item.user}${item.addressSpec ? ` ${item.addressSpec}` : ''} ${item.method}"`;

const hbaRules: Rule<Member<ResolvedHbaRule>>[] = [
  {
    code: 'hba-type',
    when: ({ item }) => !HBA_TYPES.includes(item.type),
    message: (s) => `${hbaWhere(s)}: type ${show(s.item.type)} is unknown: use local, host, hostssl or hostnossl.`,
  },
  {
    code: 'hba-method',
    when: ({ item }) => !HBA_METHODS.includes(item.method),
    message: (s) => `${hbaWhere(s)}: method ${show(s.item.method)} is unknown: use scram-sha-256 (or ${HBA_METHODS.filter((m) => m !== 'scram-sha-256').join(', ')}).`,
  },
  {
    code: 'hba-trust-network',
    when: ({ item }) => item.type !== 'local' && item.method === 'trust',
    message: (s) => `${hbaWhere(s)}: "trust" from a network address lets anyone in without a password: use scram-sha-256.`,
  },
  {
    code: 'hba-address',
    when: ({ item }) => item.type !== 'local' && parseAnyCidr(item.address ?? '') === undefined,
    message: (s) => `${hbaWhere(s)}: address ${show(s.item.addressSpec)} is not a CIDR or a keyword: write "10.0.0.0/8", "cluster" (the deployment network) or "world".`,
  },
  {
    code: 'hba-local-address',
    when: ({ item }) => item.type === 'local' && item.address !== undefined,
    message: (s) => `${hbaWhere(s)}: a "local" rule has no address: remove address, or use type "host".`,
  },
  {
    code: 'hba-role',
    when: ({ item }) => !HBA_ROLES.includes(item.role),
    message: (s) => `${hbaWhere(s)}: role ${show(s.item.role)} is unknown: use common (default), primary, replica or offline.`,
  },
  {
    code: 'hba-user-database',
    when: ({ item }) => !/^[+a-z_][a-z0-9_,+]*$/.test(item.user ?? '') || !/^[a-z_][a-z0-9_,]*$/.test(item.database ?? ''),
    message: (s) => `${hbaWhere(s)}: user and database must be names, "all", "+role" or comma lists.`,
  },
];

// ---------------------------------------------------------------- services

const serviceWhere = ({ cluster, item }: Member<ResolvedService>): string => `cluster ${show(cluster.name)} service ${show(item.shortName)}`;

const serviceRules: Rule<Member<ResolvedService>>[] = [
  {
    code: 'service-name',
    when: ({ item }) => typeof item.shortName !== 'string' || !DNS_LABEL.test(item.shortName),
    message: (s) => `${serviceWhere(s)}: name is invalid: use lowercase letters, digits and '-' (e.g. "standby").`,
  },
  {
    code: 'service-port',
    when: ({ item }) => !isInt(item.port, 1024, 65535),
    message: (s) => `${serviceWhere(s)}: port ${show(s.item.port)} must be a whole number from 1024 to 65535 (custom services conventionally use 5435, 5437, 5439...).`,
  },
  {
    code: 'service-port-collision',
    when: ({ cluster, item }) => cluster.services.findIndex((o) => o.port === item.port) < cluster.services.indexOf(item),
    message: (s) =>
      `${serviceWhere(s)}: port ${s.item.port} is already taken by service ${show(s.cluster.services.find((o) => o.port === s.item.port)!.shortName)}: pick a free port such as 5435, 5437 or 5439.`,
  },
  {
    code: 'service-port-reserved',
    when: ({ item }) => Object.values(RESERVED_PORTS).includes(item.port),
    message: (s) =>
      `${serviceWhere(s)}: port ${s.item.port} is the ${Object.entries(RESERVED_PORTS).find(([, p]) => p === s.item.port)![0]} port on every node: pick a free port such as 5435, 5437 or 5439.`,
  },
  {
    code: 'service-check',
    when: ({ item }) => !isPatroniCheck(item.check),
    message: (s) => `${serviceWhere(s)}: check ${show(s.item.check)} is not a Patroni health endpoint: use one of ${PATRONI_CHECK_PATHS.join(', ')} (optionally "?lag=1MB").`,
  },
  {
    code: 'service-destination',
    when: ({ item }) => !isInt(item.destinationPort, 1, 65535),
    message: (s) => `${serviceWhere(s)}: destination is invalid (${show(s.item.destinationPort)}): use ${DESTINATIONS.join(' or ')}, or a port number.`,
  },
  {
    code: 'service-balance',
    when: ({ item }) => !BALANCES.includes(item.balance),
    message: (s) => `${serviceWhere(s)}: balance ${show(s.item.balance)} is unknown: use ${BALANCES.join(', ')}.`,
  },
  {
    code: 'service-maxconn',
    when: ({ item }) => !isInt(item.maxconn, 1, 1000000),
    message: (s) => `${serviceWhere(s)}: maxconn ${show(s.item.maxconn)} must be a whole number, at least 1.`,
  },
  {
    code: 'service-selector-role',
    when: ({ item }) => (item.selector?.roles ?? []).some((r) => !ROLES.includes(r)),
    message: (s) => `${serviceWhere(s)}: selector role ${show(s.item.selector!.roles!.find((r) => !ROLES.includes(r)))} is unknown: use primary, replica or offline.`,
  },
  {
    code: 'service-selector-empty',
    when: ({ cluster, item }) => !item.builtin && cluster.instances.length > 1 && item.selector !== undefined && item.members.every((m) => m.backup),
    message: (s) => `${serviceWhere(s)}: selector matches no instance, so every member would be a backup: fix the selector or leave it out.`,
  },
];

// ---------------------------------------------------------------- evaluation

function apply<S>(rules: readonly Rule<S>[], subjects: readonly S[], d: ResolvedDeployment): Problem[] {
  const problems: Problem[] = [];
  for (const subject of subjects) {
    for (const rule of rules) {
      if (rule.when(subject, d)) problems.push({ code: rule.code, message: rule.message(subject, d) });
    }
  }
  return problems;
}

function members<T>(d: ResolvedDeployment, pick: (c: ResolvedCluster) => readonly T[]): Member<T>[] {
  return d.clusters.flatMap((cluster) => pick(cluster).map((item) => ({ cluster, item })));
}

/** Every problem of the deployment, in a stable order; empty when it is valid. */
export function validateDeployment(d: ResolvedDeployment): Problem[] {
  return [
    ...apply(deploymentRules, [d], d),
    ...(d.metaNodes.length > 0 ? apply(infraRules, [d], d) : []),
    ...apply(metaRules, d.metaNodes, d),
    ...apply(clusterRules, d.clusters, d),
    ...apply(instanceRules, d.clusters.flatMap((cluster) => cluster.instances.map((instance) => ({ cluster, instance }))), d),
    ...apply(userRules, members(d, (c) => c.users.filter((u) => !u.builtin)), d),
    ...apply(databaseRules, members(d, (c) => c.databases), d),
    ...apply(hbaRules, members(d, (c) => c.hba), d),
    ...apply(serviceRules, members(d, (c) => c.services), d),
  ];
}

export const RULE_CODES: readonly string[] = [
  ...deploymentRules, ...infraRules, ...metaRules, ...clusterRules, ...instanceRules, ...userRules, ...databaseRules, ...hbaRules, ...serviceRules,
].map((rule) => rule.code);
