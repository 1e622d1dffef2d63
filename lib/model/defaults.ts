/**
 * Reference defaults of the platform (Pigsty's; docs/architecture.md lists the ports).
 * Only `resolve.ts` reads these; everything downstream sees resolved values.
 */
import type { HealthCheckTiming, NodeSize, ResolvedPorts } from './resolved';
import type { GuestOs, HbaRuleSpec, RtoPresetName, ServiceSpec, UserSpec } from './spec';

export const DEFAULT_PORTS: ResolvedPorts = {
  postgres: 5432,
  pgbouncer: 6432,
  patroni: 8008,
  haproxyAdmin: 9101,
  nodeExporter: 9100,
  pgExporter: 9630,
  pgbouncerExporter: 9631,
  etcdClient: 2379,
  etcdPeer: 2380,
  etcdMetrics: 2381,
  consulHttp: 8500,
  consulDns: 8600,
};

export const DEFAULT_DOMAIN = 'pigsty';
export const DEFAULT_INTERFACE = 'eth0';
export const DEFAULT_DCS_NAMESPACE = '/pg/';
export const DEFAULT_ADMIN_USER = 'dba';
export const DEFAULT_GUEST_OS: GuestOs = 'debian12';

/** The Postgres major version each guest OS ships. */
export const PG_VERSION_OF_OS: Readonly<Record<GuestOs, number>> = {
  debian12: 15,
  ubuntu2404: 16,
};

export const DEFAULT_META_SIZE: NodeSize = { cpus: 2, memoryMiB: 4096, diskGiB: 40 };
export const DEFAULT_NODE_SIZE: NodeSize = { cpus: 1, memoryMiB: 2048, diskGiB: 20 };

export const DEFAULT_WEIGHT = 100;
/** 1 MiB: Patroni's maximum_lag_on_failover default. */
export const DEFAULT_RPO_BYTES = 1048576;

export interface RtoPreset {
  readonly ttl: number;
  readonly loopWait: number;
  readonly retryTimeout: number;
  readonly check: HealthCheckTiming;
}

/**
 * Patroni timings are Pigsty v4's presets [ttl, loop_wait, retry_timeout]. The HAProxy check
 * timings scale with them, so the load balancer notices a new primary about as fast as
 * Patroni elects one; `safe` and `wide` keep Pigsty's historic check defaults.
 */
export const RTO_PRESETS: Readonly<Record<RtoPresetName, RtoPreset>> = {
  fast: { ttl: 20, loopWait: 5, retryTimeout: 5, check: { interMs: 1000, fastinterMs: 500, downinterMs: 1000, rise: 2, fall: 2 } },
  norm: { ttl: 30, loopWait: 5, retryTimeout: 10, check: { interMs: 2000, fastinterMs: 1000, downinterMs: 2000, rise: 2, fall: 3 } },
  safe: { ttl: 60, loopWait: 10, retryTimeout: 20, check: { interMs: 3000, fastinterMs: 1000, downinterMs: 5000, rise: 3, fall: 3 } },
  wide: { ttl: 120, loopWait: 20, retryTimeout: 30, check: { interMs: 3000, fastinterMs: 1000, downinterMs: 5000, rise: 3, fall: 3 } },
};
export const DEFAULT_RTO_PRESET: RtoPresetName = 'norm';

export const PGBOUNCER_DEFAULTS = { poolMode: 'transaction', maxClientConn: 20000, defaultPoolSize: 64 } as const;
export const SERVICE_DEFAULTS = { balance: 'roundrobin', maxconn: 3000 } as const;

/** The four services every cluster has (Pigsty's defaults; every member is in every service). */
export const DEFAULT_SERVICES: readonly ServiceSpec[] = [
  { name: 'primary', port: 5433, destination: 'pgbouncer', check: '/primary' },
  { name: 'replica', port: 5434, destination: 'pgbouncer', check: '/read-only', selector: { roles: ['replica'] } },
  { name: 'default', port: 5436, destination: 'postgres', check: '/primary' },
  { name: 'offline', port: 5438, destination: 'postgres', check: '/replica', selector: { roles: ['offline'], offlineQuery: true } },
];

export const DBSU = 'postgres';
export const REPLICATION_USER = 'replicator';
export const MONITOR_USER = 'dbuser_monitor';
export const DBA_USER = 'dbuser_dba';

/** Pigsty's role hierarchy: business users are granted one of these. */
export const DEFAULT_ROLES: readonly UserSpec[] = [
  { name: 'dbrole_readonly', login: false, comment: 'role for global read-only access' },
  { name: 'dbrole_offline', login: false, comment: 'role for restricted read-only access' },
  { name: 'dbrole_readwrite', login: false, roles: ['dbrole_readonly'], comment: 'role for global read-write access' },
  { name: 'dbrole_admin', login: false, roles: ['pg_monitor', 'dbrole_readwrite'], comment: 'role for object creation' },
];

/** Built-in users; their passwords come from the deployment's secrets. */
export const SYSTEM_USERS = {
  dbsu: { name: DBSU, superuser: true, comment: 'system superuser' },
  replicator: { name: REPLICATION_USER, replication: true, roles: ['pg_monitor', 'dbrole_readonly'], comment: 'system replicator' },
  dba: { name: DBA_USER, superuser: true, roles: ['dbrole_admin'], pgbouncer: true, connectionLimit: 16, comment: 'platform admin user' },
  monitor: { name: MONITOR_USER, roles: ['pg_monitor', 'dbrole_readonly'], connectionLimit: 8, pgbouncer: true, comment: 'system monitor user' },
} as const;

/**
 * HBA rules every instance gets before the cluster's own. `cluster` is the deployment
 * network. Nothing is `trust` over the network.
 */
export const DEFAULT_HBA: readonly HbaRuleSpec[] = [
  { type: 'local', database: 'all', user: DBSU, method: 'peer', comment: 'dbsu administers locally through the socket' },
  { type: 'local', database: 'replication', user: DBSU, method: 'peer', comment: 'dbsu local replication' },
  { type: 'local', database: 'replication', user: REPLICATION_USER, method: 'scram-sha-256', comment: 'replicator local replication' },
  { type: 'host', database: 'replication', user: REPLICATION_USER, address: '127.0.0.1/32', method: 'scram-sha-256', comment: 'replicator local replication' },
  {
    type: 'host',
    database: 'replication',
    user: REPLICATION_USER,
    address: 'cluster',
    method: 'scram-sha-256',
    comment: 'streaming replication from cluster members',
  },
  {
    type: 'host',
    database: 'postgres',
    user: REPLICATION_USER,
    address: 'cluster',
    method: 'scram-sha-256',
    comment: 'pg_rewind reads the new primary as the replicator',
  },
  { type: 'local', database: 'all', user: MONITOR_USER, method: 'scram-sha-256', comment: 'exporter through the socket' },
  { type: 'host', database: 'all', user: MONITOR_USER, address: '127.0.0.1/32', method: 'scram-sha-256', comment: 'exporter on localhost' },
  { type: 'host', database: 'all', user: DBA_USER, address: 'cluster', method: 'scram-sha-256', comment: 'platform admin from the deployment network' },
  { type: 'local', database: 'all', user: 'all', method: 'scram-sha-256', comment: 'pgbouncer and local clients with a password' },
  { type: 'host', database: 'all', user: 'all', address: '127.0.0.1/32', method: 'scram-sha-256', comment: 'local clients with a password' },
  {
    type: 'host',
    database: 'all',
    user: '+dbrole_readonly',
    address: 'cluster',
    method: 'scram-sha-256',
    comment: 'business users from the deployment network',
  },
  {
    type: 'host',
    database: 'all',
    user: '+dbrole_offline',
    address: 'cluster',
    method: 'scram-sha-256',
    role: 'offline',
    comment: 'offline users only on offline instances',
  },
];
