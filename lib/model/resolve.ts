/**
 * The one place where defaults are resolved. Never throws on bad input: it carries bad values
 * through unchanged so that `validateDeployment` can name them.
 */
import {
  DEFAULT_ADMIN_USER,
  DEFAULT_DCS_NAMESPACE,
  DEFAULT_DOMAIN,
  DEFAULT_GUEST_OS,
  DEFAULT_HBA,
  DEFAULT_INTERFACE,
  DEFAULT_META_SIZE,
  DEFAULT_NODE_SIZE,
  DEFAULT_PORTS,
  DEFAULT_ROLES,
  DEFAULT_RPO_BYTES,
  DEFAULT_RTO_PRESET,
  DEFAULT_SERVICES,
  DEFAULT_WEIGHT,
  DBSU,
  PGBOUNCER_DEFAULTS,
  PG_VERSION_OF_OS,
  RTO_PRESETS,
  SERVICE_DEFAULTS,
  SYSTEM_USERS,
} from './defaults';
import { formatCidr, hostAt, parseCidr } from './ip';
import { instanceName } from './names';
import type {
  NodeSize,
  ResolvedCluster,
  ResolvedDatabase,
  ResolvedDeployment,
  ResolvedHa,
  ResolvedHbaRule,
  ResolvedInstance,
  ResolvedNetwork,
  ResolvedNode,
  ResolvedService,
  ResolvedUser,
} from './resolved';
import { resolveInfra } from './infra';
import { selects } from './selector';
import { clusterParameters, COMMON_PARAMETERS, DCS_ONLY_PARAMETERS, nodeParameters } from './tuning';
import type { ClusterSpec, DatabaseSpec, DeploymentSpec, HbaRuleSpec, NodeSizeSpec, RtoSpec, ServiceSpec, UserSpec } from './spec';

export function resolveDeployment(spec: DeploymentSpec): ResolvedDeployment {
  const network = resolveNetwork(spec);
  const metaNodes = (spec.metaNodes ?? []).map((meta): ResolvedNode => ({
    name: meta.hostname,
    ip: meta.ip,
    size: sizeOf(meta.size, DEFAULT_META_SIZE),
    isMeta: true,
    infra: resolveInfra(meta.infra),
  }));
  const clusters = (spec.clusters ?? []).map((cluster) => resolveCluster(spec, cluster, network, metaNodes));
  const os = spec.guest?.os ?? DEFAULT_GUEST_OS;
  return {
    name: spec.name,
    network,
    metaNodes: metaNodes.map((meta) => ({ ...meta, instance: instanceOn(meta.ip, clusters) })),
    nodes: placeNodes(metaNodes, clusters),
    clusters,
    dcs: { kind: spec.dcs?.kind ?? 'etcd', etcdApi: spec.dcs?.etcdApi ?? 'v2', namespace: spec.dcs?.namespace ?? DEFAULT_DCS_NAMESPACE, servers: metaNodes },
    admin: { user: spec.admin?.user ?? DEFAULT_ADMIN_USER, sshKeys: spec.admin?.sshKeys ?? [] },
    ssh: spec.ssh ?? {},
    guest: { os, pgVersion: PG_VERSION_OF_OS[os] ?? 0, packageSource: spec.guest?.packageSource ?? 'upstream' },
    ports: DEFAULT_PORTS,
    secrets: { ...spec.secrets },
    tls: { enabled: spec.tls?.enabled ?? true },
    infra: metaNodes[0]?.infra ?? resolveInfra(undefined),
    metaCluster: clusters.find((cluster) => cluster.instances.some((instance) => metaNodes.some((meta) => meta.ip === instance.ip)))?.name,
  };
}

function resolveNetwork(spec: DeploymentSpec): ResolvedNetwork {
  const cidr = parseCidr(spec.network?.cidr);
  return {
    cidr: cidr ? formatCidr(cidr) : spec.network?.cidr,
    prefix: cidr?.prefix ?? 24,
    gateway: spec.network?.gateway ?? (cidr ? hostAt(cidr, 1) : ''),
    domain: spec.network?.domain ?? DEFAULT_DOMAIN,
    interface: spec.network?.interface ?? DEFAULT_INTERFACE,
  };
}

function sizeOf(spec: NodeSizeSpec | undefined, fallback: NodeSize): NodeSize {
  return {
    cpus: spec?.cpus ?? fallback.cpus,
    memoryMiB: spec?.memoryMiB ?? fallback.memoryMiB,
    diskGiB: spec?.diskGiB ?? fallback.diskGiB,
  };
}

function instanceOn(ip: string, clusters: readonly ResolvedCluster[]): ResolvedNode['instance'] {
  for (const cluster of clusters) {
    const instance = cluster.instances.find((candidate) => candidate.ip === ip);
    if (instance) return { cluster: cluster.name, seq: instance.seq };
  }
  return undefined;
}

/** Meta nodes first, then each database node once, in cluster order. */
function placeNodes(metaNodes: readonly ResolvedNode[], clusters: readonly ResolvedCluster[]): ResolvedNode[] {
  const nodes = metaNodes.map((meta) => ({ ...meta, instance: instanceOn(meta.ip, clusters) }));
  const seen = new Set(nodes.map((node) => node.ip));
  for (const cluster of clusters) {
    for (const instance of cluster.instances) {
      if (seen.has(instance.ip)) continue;
      seen.add(instance.ip);
      nodes.push({
        name: instance.hostname,
        ip: instance.ip,
        size: instance.size,
        isMeta: false,
        instance: { cluster: cluster.name, seq: instance.seq },
      });
    }
  }
  return nodes;
}

function resolveCluster(spec: DeploymentSpec, cluster: ClusterSpec, network: ResolvedNetwork, metaNodes: readonly ResolvedNode[]): ResolvedCluster {
  const userParameters = { ...(cluster.parameters ?? {}) };
  const placed = [...(cluster.instances ?? [])]
    .map((instance) => {
      const meta = metaNodes.find((node) => node.ip === instance.ip);
      const name = instanceName(cluster.name, instance.seq);
      return {
        cluster: cluster.name,
        seq: instance.seq,
        name,
        role: instance.role,
        ip: instance.ip,
        hostname: meta?.name ?? instance.hostname ?? name,
        offlineQuery: instance.offlineQuery ?? false,
        weight: instance.weight ?? DEFAULT_WEIGHT,
        size: meta?.size ?? sizeOf(instance.size, DEFAULT_NODE_SIZE),
      };
    })
    .sort((a, b) => a.seq - b.seq);
  const dcsParameters = { ...clusterParameters(placed.map((i) => i.size)), ...pick(userParameters, true) };
  const maxConnections = Number(dcsParameters.max_connections) || 100;
  const instances = placed.map((instance): ResolvedInstance => ({
    ...instance,
    parameters: { ...COMMON_PARAMETERS, ...nodeParameters(instance.size, maxConnections), ...pick(userParameters, false) },
  }));
  return {
    name: cluster.name,
    instances,
    users: resolveUsers(spec, cluster.users ?? []),
    databases: (cluster.databases ?? []).map(resolveDatabase),
    hba: [...DEFAULT_HBA, ...(cluster.hba ?? [])].map((rule) => resolveHbaRule(rule, network)),
    services: withDefaultServices(cluster.services ?? []).map((service) =>
      resolveService(
        cluster.name,
        service,
        instances,
        DEFAULT_SERVICES.some((d) => d.name === service.name),
      ),
    ),
    vip: cluster.vip && {
      address: cluster.vip.address,
      prefix: cluster.vip.prefix ?? network.prefix,
      interface: cluster.vip.interface ?? network.interface,
    },
    parameters: userParameters,
    dcsParameters,
    ha: resolveHa(cluster.rto ?? spec.rto, cluster.rpo ?? spec.rpo, cluster.synchronousStrict),
    pgbouncer: {
      poolMode: cluster.pgbouncer?.poolMode ?? PGBOUNCER_DEFAULTS.poolMode,
      maxClientConn: cluster.pgbouncer?.maxClientConn ?? PGBOUNCER_DEFAULTS.maxClientConn,
      defaultPoolSize: cluster.pgbouncer?.defaultPoolSize ?? PGBOUNCER_DEFAULTS.defaultPoolSize,
    },
  };
}

/** The DCS-only (or the local) part of a parameter map. */
function pick(parameters: Record<string, string>, dcsOnly: boolean): Record<string, string> {
  return Object.fromEntries(Object.entries(parameters).filter(([key]) => DCS_ONLY_PARAMETERS.includes(key) === dcsOnly));
}

function resolveUser(user: UserSpec, builtin: boolean): ResolvedUser {
  return {
    name: user.name,
    password: user.password,
    login: user.login ?? true,
    superuser: user.superuser ?? false,
    createdb: user.createdb ?? false,
    createrole: user.createrole ?? false,
    replication: user.replication ?? false,
    bypassrls: user.bypassrls ?? false,
    connectionLimit: user.connectionLimit ?? -1,
    roles: [...(user.roles ?? [])],
    pgbouncer: user.pgbouncer ?? false,
    comment: user.comment,
    builtin,
  };
}

/** Built-in roles, then the system users with their secret passwords, then the spec's users. */
function resolveUsers(spec: DeploymentSpec, users: readonly UserSpec[]): ResolvedUser[] {
  const secrets = spec.secrets ?? ({} as DeploymentSpec['secrets']);
  const system: UserSpec[] = [
    { ...SYSTEM_USERS.dbsu, password: secrets.superuserPassword },
    { ...SYSTEM_USERS.replicator, password: secrets.replicationPassword },
    { ...SYSTEM_USERS.dba, password: secrets.dbaPassword },
    { ...SYSTEM_USERS.monitor, password: secrets.monitorPassword },
  ];
  return [
    ...DEFAULT_ROLES.map((role) => resolveUser(role, true)),
    ...system.map((user) => resolveUser(user, true)),
    ...users.map((user) => resolveUser(user, false)),
  ];
}

function resolveDatabase(database: DatabaseSpec): ResolvedDatabase {
  return {
    name: database.name,
    owner: database.owner ?? DBSU,
    template: database.template ?? 'template1',
    encoding: database.encoding ?? 'UTF8',
    locale: database.locale,
    extensions: [...(database.extensions ?? [])],
    schemas: [...(database.schemas ?? [])],
    pgbouncer: database.pgbouncer ?? true,
    poolSize: database.poolSize,
    comment: database.comment,
  };
}

const ADDRESS_KEYWORDS: Readonly<Record<string, (network: ResolvedNetwork) => string>> = {
  cluster: (network) => network.cidr,
  world: () => '0.0.0.0/0',
};

function resolveHbaRule(rule: HbaRuleSpec, network: ResolvedNetwork): ResolvedHbaRule {
  const keyword = rule.address === undefined ? undefined : ADDRESS_KEYWORDS[rule.address];
  return {
    type: rule.type,
    database: rule.database,
    user: rule.user,
    address: keyword ? keyword(network) : rule.address,
    addressSpec: rule.address,
    method: rule.method,
    role: rule.role ?? 'common',
    comment: rule.comment,
  };
}

/** The four default services (a spec service of the same name replaces one), then the custom ones. */
function withDefaultServices(services: readonly ServiceSpec[]): ServiceSpec[] {
  const isDefault = (service: ServiceSpec): boolean => DEFAULT_SERVICES.some((d) => d.name === service.name);
  return [
    ...DEFAULT_SERVICES.map((fallback) => services.find((service) => service.name === fallback.name) ?? fallback),
    ...services.filter((service) => !isDefault(service)),
  ];
}

function resolveService(cluster: string, service: ServiceSpec, instances: readonly ResolvedInstance[], builtin: boolean): ResolvedService {
  const destinationPort = service.destinationPort ?? (service.destination === 'postgres' ? DEFAULT_PORTS.postgres : DEFAULT_PORTS.pgbouncer);
  const selector = service.selector;
  return {
    name: `${cluster}-${service.name}`,
    shortName: service.name,
    cluster,
    port: service.port,
    destinationPort,
    check: service.check,
    selector,
    balance: service.balance ?? SERVICE_DEFAULTS.balance,
    maxconn: service.maxconn ?? SERVICE_DEFAULTS.maxconn,
    builtin,
    members: instances.map((instance) => ({ instance, backup: selector !== undefined && !selects(selector, instance) })),
  };
}

function resolveHa(rto: RtoSpec | undefined, rpo: number | undefined, strict: boolean | undefined): ResolvedHa {
  const presetName = rto?.preset ?? DEFAULT_RTO_PRESET;
  const preset = RTO_PRESETS[presetName] ?? RTO_PRESETS[DEFAULT_RTO_PRESET];
  const overridden = rto?.ttl !== undefined || rto?.loopWait !== undefined || rto?.retryTimeout !== undefined;
  const lag = rpo ?? DEFAULT_RPO_BYTES;
  return {
    preset: overridden ? 'custom' : presetName,
    ttl: rto?.ttl ?? preset.ttl,
    loopWait: rto?.loopWait ?? preset.loopWait,
    retryTimeout: rto?.retryTimeout ?? preset.retryTimeout,
    // With synchronous replication Patroni promotes only the synchronous standby, which has
    // every acknowledged commit; the lag limit then only guards asynchronous members.
    maximumLagOnFailover: lag === 0 ? DEFAULT_RPO_BYTES : lag,
    synchronousMode: lag === 0,
    synchronousModeStrict: lag === 0 && (strict ?? false),
    strictRequested: strict ?? false,
    check: preset.check,
  };
}
