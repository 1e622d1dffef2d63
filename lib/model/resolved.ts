/**
 * The resolved model: every default filled in, every derived value computed. Renderers
 * receive only this. Produced by `resolveDeployment` and checked by `validateDeployment`.
 */
import type {
  DcsKind,
  EtcdApi,
  GuestOs,
  HbaConnectionType,
  HbaRuleRole,
  InstanceRole,
  MemberSelectorSpec,
  PackageSource,
  PoolMode,
  RtoPresetName,
  SecretsSpec,
  SshSpec,
} from './spec';
import type { ResolvedInfra } from './infra';

export interface NodeSize {
  readonly cpus: number;
  readonly memoryMiB: number;
  readonly diskGiB: number;
}

/** A machine of the deployment: a meta node, a database node, or both. */
export interface ResolvedNode {
  readonly name: string;
  readonly ip: string;
  readonly size: NodeSize;
  readonly isMeta: boolean;
  /** A meta node's infrastructure settings (they must agree across meta nodes). */
  readonly infra?: ResolvedInfra;
  /** The database instance on this node, if any (one per node, as in Pigsty). */
  readonly instance?: { readonly cluster: string; readonly seq: number };
}

export interface ResolvedInstance {
  readonly cluster: string;
  readonly seq: number;
  /** `<cluster>-<seq>`: the Patroni member name. */
  readonly name: string;
  readonly role: InstanceRole;
  readonly ip: string;
  readonly hostname: string;
  readonly offlineQuery: boolean;
  readonly weight: number;
  readonly size: NodeSize;
  /** Postgres parameters this node holds locally: common settings, sized from the node, then the spec's. */
  readonly parameters: Readonly<Record<string, string>>;
}

export interface ResolvedUser {
  readonly name: string;
  readonly password?: string;
  readonly login: boolean;
  readonly superuser: boolean;
  readonly createdb: boolean;
  readonly createrole: boolean;
  readonly replication: boolean;
  readonly bypassrls: boolean;
  /** -1 means no limit. */
  readonly connectionLimit: number;
  readonly roles: readonly string[];
  readonly pgbouncer: boolean;
  readonly comment?: string;
  /** Built-in platform role or user, as opposed to one the spec declared. */
  readonly builtin: boolean;
}

export interface ResolvedDatabase {
  readonly name: string;
  readonly owner: string;
  readonly template: string;
  readonly encoding: string;
  /** Undefined: the cluster's (collation C, ctype C.UTF-8). */
  readonly locale?: string;
  readonly extensions: readonly string[];
  readonly schemas: readonly string[];
  readonly pgbouncer: boolean;
  readonly poolSize?: number;
  readonly comment?: string;
}

export interface ResolvedHbaRule {
  readonly type: HbaConnectionType;
  readonly database: string;
  readonly user: string;
  /** A CIDR, or undefined for `local`. Keywords are already expanded. */
  readonly address?: string;
  /** The address exactly as the spec wrote it, for messages. */
  readonly addressSpec?: string;
  readonly method: string;
  readonly role: HbaRuleRole;
  readonly comment?: string;
}

export interface ServiceMember {
  readonly instance: ResolvedInstance;
  /** Used only when every non-backup member is down. */
  readonly backup: boolean;
}

export interface ResolvedService {
  /** `<cluster>-<shortName>`: the HAProxy section name. */
  readonly name: string;
  readonly shortName: string;
  readonly cluster: string;
  readonly port: number;
  /** The port on each member that traffic goes to (pgbouncer or postgres). */
  readonly destinationPort: number;
  readonly check: string;
  readonly selector?: MemberSelectorSpec;
  readonly balance: string;
  readonly maxconn: number;
  readonly builtin: boolean;
  readonly members: readonly ServiceMember[];
}

export interface ResolvedVip {
  readonly address: string;
  readonly prefix: number;
  readonly interface: string;
}

/** HAProxy health-check timing of the service members, in milliseconds. */
export interface HealthCheckTiming {
  readonly interMs: number;
  readonly fastinterMs: number;
  readonly downinterMs: number;
  readonly rise: number;
  readonly fall: number;
}

export interface ResolvedHa {
  readonly preset: RtoPresetName | 'custom';
  readonly ttl: number;
  readonly loopWait: number;
  readonly retryTimeout: number;
  readonly maximumLagOnFailover: number;
  readonly synchronousMode: boolean;
  readonly synchronousModeStrict: boolean;
  /** The spec's synchronousStrict: validation refuses it without synchronous mode, where it would do nothing. */
  readonly strictRequested: boolean;
  readonly check: HealthCheckTiming;
}

export interface ResolvedPgbouncer {
  readonly poolMode: PoolMode;
  readonly maxClientConn: number;
  readonly defaultPoolSize: number;
}

export interface ResolvedCluster {
  readonly name: string;
  readonly instances: readonly ResolvedInstance[];
  readonly users: readonly ResolvedUser[];
  readonly databases: readonly ResolvedDatabase[];
  readonly hba: readonly ResolvedHbaRule[];
  readonly services: readonly ResolvedService[];
  readonly vip?: ResolvedVip;
  /** Parameters the spec set explicitly (already merged into the two maps below and the instances'). */
  readonly parameters: Readonly<Record<string, string>>;
  /** Cluster-wide parameters Patroni keeps in the DCS (max_connections, wal_level, ...). */
  readonly dcsParameters: Readonly<Record<string, string>>;
  readonly ha: ResolvedHa;
  readonly pgbouncer: ResolvedPgbouncer;
}

export interface ResolvedNetwork {
  readonly cidr: string;
  readonly prefix: number;
  readonly gateway: string;
  readonly domain: string;
  readonly interface: string;
}

export interface ResolvedDcs {
  readonly kind: DcsKind;
  readonly etcdApi: EtcdApi;
  /** Patroni namespace, with leading and trailing slash. */
  readonly namespace: string;
  /** The DCS servers: every meta node. */
  readonly servers: readonly ResolvedNode[];
}

/** TLS and client-certificate authentication with the deployment's CA (docs/architecture.md, decision 15). */
export interface ResolvedTls {
  readonly enabled: boolean;
}

export interface ResolvedPorts {
  readonly postgres: number;
  readonly pgbouncer: number;
  readonly patroni: number;
  readonly haproxyAdmin: number;
  readonly nodeExporter: number;
  readonly pgExporter: number;
  readonly pgbouncerExporter: number;
  readonly etcdClient: number;
  readonly etcdPeer: number;
  /** etcd's /metrics and /health only, plain HTTP: Prometheus scrapes it without a client certificate. */
  readonly etcdMetrics: number;
  readonly consulHttp: number;
  readonly consulDns: number;
}

/** Every secret is required in the spec already; resolution passes them on unchanged. */
export type ResolvedSecrets = SecretsSpec;

export interface ResolvedGuest {
  readonly os: GuestOs;
  readonly pgVersion: number;
  readonly packageSource: PackageSource;
}

export interface ResolvedDeployment {
  readonly name: string;
  readonly network: ResolvedNetwork;
  readonly metaNodes: readonly ResolvedNode[];
  /** Every node, meta nodes first, then in the order the clusters place them. */
  readonly nodes: readonly ResolvedNode[];
  readonly clusters: readonly ResolvedCluster[];
  readonly dcs: ResolvedDcs;
  readonly admin: { readonly user: string; readonly sshKeys: readonly string[] };
  /** As the spec gave it (nothing renders it; validation judges it). */
  readonly ssh: SshSpec;
  readonly guest: ResolvedGuest;
  readonly ports: ResolvedPorts;
  readonly secrets: ResolvedSecrets;
  readonly tls: ResolvedTls;
  /** The cluster on the meta nodes (Pigsty's meta database, pg-meta in the sandbox), if any. */
  readonly metaCluster?: string;
  /** The meta nodes' infrastructure (the first meta node's settings; validation checks they agree). */
  readonly infra: ResolvedInfra;
}
