import type { InfraSpec } from './infra';

/**
 * The input model of a deployment: plain data, as the constructs assemble it (or as a
 * JavaScript caller writes it). Everything optional here gets its default in `resolve.ts`,
 * and `validate.ts` checks the result before anything renders.
 */

/*
 * Allowed values: each list is the one place its choices are written; the type is derived
 * from it, and validation (and its messages) read the list.
 */
export const DCS_KINDS = ['etcd', 'consul'] as const;
export type DcsKind = (typeof DCS_KINDS)[number];
export const ETCD_APIS = ['v2', 'v3'] as const;
export type EtcdApi = (typeof ETCD_APIS)[number];
export const INSTANCE_ROLES = ['primary', 'replica', 'offline'] as const;
export type InstanceRole = (typeof INSTANCE_ROLES)[number];
/** The keys of `RTO_PRESETS` (defaults.ts), which is typed by this list. */
export const RTO_PRESET_NAMES = ['fast', 'norm', 'safe', 'wide'] as const;
export type RtoPresetName = (typeof RTO_PRESET_NAMES)[number];
export const GUEST_OSES = ['debian12', 'ubuntu2404'] as const;
export type GuestOs = (typeof GUEST_OSES)[number];
export const PACKAGE_SOURCES = ['upstream', 'meta'] as const;
export type PackageSource = (typeof PACKAGE_SOURCES)[number];
export const HBA_CONNECTION_TYPES = ['local', 'host', 'hostssl', 'hostnossl'] as const;
export type HbaConnectionType = (typeof HBA_CONNECTION_TYPES)[number];
/** Which members of a cluster an HBA rule is installed on, following the member's current role. */
export const HBA_RULE_ROLES = ['common', 'primary', 'replica', 'offline'] as const;
export type HbaRuleRole = (typeof HBA_RULE_ROLES)[number];
/** Authentication methods an HBA rule may use (`HbaRuleSpec.method`). */
export const HBA_METHODS = ['trust', 'reject', 'scram-sha-256', 'md5', 'password', 'peer', 'ident', 'cert'] as const;
export type HbaAuthMethod = (typeof HBA_METHODS)[number];
export const SERVICE_DESTINATIONS = ['pgbouncer', 'postgres'] as const;
export type ServiceDestination = (typeof SERVICE_DESTINATIONS)[number];
/** HAProxy balance algorithms a service may use (`ServiceSpec.balance`). */
export const BALANCE_ALGORITHMS = ['roundrobin', 'leastconn', 'first', 'source', 'static-rr'] as const;
export type BalanceAlgorithm = (typeof BALANCE_ALGORITHMS)[number];
export const POOL_MODES = ['transaction', 'session', 'statement'] as const;
export type PoolMode = (typeof POOL_MODES)[number];

/** Virtual machine size. */
export interface NodeSizeSpec {
  readonly cpus?: number;
  readonly memoryMiB?: number;
  readonly diskGiB?: number;
}

export interface InstanceSpec {
  /** Instance number inside its cluster; the instance is named `<cluster>-<seq>`. */
  readonly seq: number;
  readonly role: InstanceRole;
  /** The static address of the node this instance runs on; it is the instance's identity. */
  readonly ip: string;
  /** Host name of the node; defaults to the instance name, or the meta node's name when the IP is a meta node's. */
  readonly hostname?: string;
  /** Also serve the offline (ETL, analytics) service from this instance. */
  readonly offlineQuery?: boolean;
  /** HAProxy weight of this member in every service. */
  readonly weight?: number;
  /** VM size when the node is not a meta node. */
  readonly size?: NodeSizeSpec;
}

export interface UserSpec {
  readonly name: string;
  /**
   * Secret: a literal or a token of a sensitive variable.
   * @default none: the role cannot log in with a password
   */
  readonly password?: string;
  /** @default true */
  readonly login?: boolean;
  /** @default false */
  readonly superuser?: boolean;
  /** @default false */
  readonly createdb?: boolean;
  /** @default false */
  readonly createrole?: boolean;
  /** @default false */
  readonly replication?: boolean;
  /** @default false */
  readonly bypassrls?: boolean;
  /** @default -1 (no limit) */
  readonly connectionLimit?: number;
  /**
   * Roles granted to this user: dbrole_readonly, dbrole_readwrite, dbrole_admin, dbrole_offline,
   * Postgres' pg_* roles, or roles defined earlier in the cluster.
   * @default none
   */
  readonly roles?: readonly string[];
  /**
   * List the user in pgbouncer's auth file, so it can connect through the pooled services.
   * @default false
   */
  readonly pgbouncer?: boolean;
  /** @default none */
  readonly comment?: string;
}

export interface DatabaseSpec {
  readonly name: string;
  /** @default 'postgres' */
  readonly owner?: string;
  /** @default 'template1' */
  readonly template?: string;
  /** @default 'UTF8' */
  readonly encoding?: string;
  /** A locale other than the cluster's (collation C, ctype C.UTF-8); the database is then copied from template0. */
  readonly locale?: string;
  /** Extensions created in the database (their packages must be installed). @default none */
  readonly extensions?: readonly string[];
  /** Schemas created, owned by the owner. @default none */
  readonly schemas?: readonly string[];
  /** Expose the database through pgbouncer. @default true */
  readonly pgbouncer?: boolean;
  /** pgbouncer pool size for this database. @default the cluster's defaultPoolSize */
  readonly poolSize?: number;
  /** @default none */
  readonly comment?: string;
}

export interface HbaRuleSpec {
  readonly type: HbaConnectionType;
  readonly database: string;
  readonly user: string;
  /** CIDR, or one of the keywords `cluster` (the deployment network) and `world` (0.0.0.0/0). Not for `local`. */
  readonly address?: string;
  /** One of `HBA_METHODS` (a string, so callers may pass any text; validation names a wrong one). */
  readonly method: string;
  readonly role?: HbaRuleRole;
  readonly comment?: string;
}

/** Picks members of a cluster: a member matches when any given criterion matches. */
export interface MemberSelectorSpec {
  readonly roles?: readonly InstanceRole[];
  /** Members flagged `offlineQuery`. */
  readonly offlineQuery?: boolean;
  readonly seqs?: readonly number[];
}

export interface ServiceSpec {
  /** Short name; the HAProxy section is `<cluster>-<name>`. */
  readonly name: string;
  readonly port: number;
  readonly destination?: ServiceDestination;
  /** Explicit destination port, overriding `destination`. */
  readonly destinationPort?: number;
  /** Patroni REST path used as health check, e.g. `/primary`, `/replica`, `/read-only`, `/replica?lag=1MB`. */
  readonly check: string;
  /** Normal members; every other member is a backup. Omitted: every member is a normal member. */
  readonly selector?: MemberSelectorSpec;
  /** One of `BALANCE_ALGORITHMS`. @default 'roundrobin' */
  readonly balance?: string;
  readonly maxconn?: number;
}

export interface VipSpec {
  readonly address: string;
  /** Prefix length of the VIP; defaults to the deployment network's. */
  readonly prefix?: number;
  /** Interface the VIP is bound on. */
  readonly interface?: string;
}

export interface RtoSpec {
  readonly preset?: RtoPresetName;
  /** Overrides of the preset's Patroni timings, in seconds. */
  readonly ttl?: number;
  readonly loopWait?: number;
  readonly retryTimeout?: number;
}

export interface PgbouncerSpec {
  readonly poolMode?: PoolMode;
  readonly maxClientConn?: number;
  readonly defaultPoolSize?: number;
}

export interface ClusterSpec {
  readonly name: string;
  readonly instances: readonly InstanceSpec[];
  readonly users?: readonly UserSpec[];
  readonly databases?: readonly DatabaseSpec[];
  readonly hba?: readonly HbaRuleSpec[];
  /** Services besides the four defaults; one named like a default (primary, replica, default, offline) replaces it. */
  readonly services?: readonly ServiceSpec[];
  readonly vip?: VipSpec;
  /** Postgres parameters applied to every member (through Patroni's dynamic configuration). */
  readonly parameters?: Readonly<Record<string, string>>;
  readonly rto?: RtoSpec;
  /** Bytes of replication lag a replica may have and still be promoted; 0 means synchronous replication. */
  readonly rpo?: number;
  /** With rpo 0: refuse writes when no synchronous replica is available. */
  readonly synchronousStrict?: boolean;
  readonly pgbouncer?: PgbouncerSpec;
}

export interface MetaNodeSpec {
  readonly hostname: string;
  readonly ip: string;
  readonly size?: NodeSizeSpec;
  /** The infrastructure it runs; must be the same on every meta node. */
  readonly infra?: InfraSpec;
}

export interface NetworkSpec {
  /** The deployment network, e.g. 10.10.10.0/24. Every node address lies in it. */
  readonly cidr: string;
  /** Defaults to the first host address of the network. */
  readonly gateway?: string;
  /** Internal DNS domain of the infrastructure names (g.pigsty, p.pigsty, ...). */
  readonly domain?: string;
  /** Interface name of every node's deployment NIC. */
  readonly interface?: string;
}

export interface DcsSpec {
  readonly kind?: DcsKind;
  /** Key prefix of Patroni's state in the DCS. */
  readonly namespace?: string;
  /**
   * The etcd API Patroni and vip-manager use. v2 by default: Debian 12 and Ubuntu 24.04 ship
   * vip-manager 1.0.2, which reads the leader key only through etcd's v2 API. Choose v3 with
   * vip-manager 2.x from its upstream packages.
   */
  readonly etcdApi?: EtcdApi;
}

export interface AdminSpec {
  readonly user?: string;
  readonly sshKeys: readonly string[];
}

/** How the steps log in to the nodes (the constructs' `ssh` props, as data for validation). */
export interface SshSpec {
  /** Secret: the private key's text, or a token of it (`Fn.file(...)`, a sensitive variable). */
  readonly privateKey?: string;
  /** How long a step waits for SSH, as Terraform writes durations (`10m`, `90s`). */
  readonly timeout?: string;
  readonly bastion?: {
    readonly host: string;
    readonly user?: string;
    readonly port?: number;
    /** Secret, as privateKey. */
    readonly privateKey?: string;
  };
}

export interface GuestSpec {
  readonly os?: GuestOs;
  /**
   * `upstream`: the distribution's mirrors. `meta`: offline, the nodes other than meta nodes
   * install only from the meta nodes' local repository.
   */
  readonly packageSource?: PackageSource;
}

/** Credentials of the platform's own accounts. Every field is a secret. */
export interface SecretsSpec {
  readonly superuserPassword: string;
  readonly replicationPassword: string;
  readonly monitorPassword: string;
  readonly dbaPassword: string;
  readonly haproxyAdminPassword: string;
  readonly patroniApiPassword: string;
  readonly grafanaAdminPassword: string;
}

export interface DeploymentSpec {
  readonly name: string;
  readonly network: NetworkSpec;
  readonly metaNodes: readonly MetaNodeSpec[];
  readonly clusters: readonly ClusterSpec[];
  readonly dcs?: DcsSpec;
  /** Default RTO of every cluster. */
  readonly rto?: RtoSpec;
  /** Default RPO of every cluster, in bytes. */
  readonly rpo?: number;
  readonly admin: AdminSpec;
  /** Judged by validation only; the constructs write the connection themselves. */
  readonly ssh?: SshSpec;
  readonly guest?: GuestSpec;
  readonly secrets: SecretsSpec;
  /** @default TLS on: etcd, Postgres over the deployment's CA (docs/architecture.md, decision 15) */
  readonly tls?: TlsSpec;
}

export interface TlsSpec {
  /** @default true */
  readonly enabled?: boolean;
}
