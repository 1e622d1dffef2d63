/**
 * The four-node Pigsty sandbox (DESIGN.md, reference facts): meta + node-1..3, clusters
 * pg-meta and pg-test. Plain data, so the stacks, the examples and the tests share one copy.
 */
import type { ClusterSpec, DeploymentSpec, MetaNodeSpec, SecretsSpec } from './spec';

/** Demo credentials of the sandbox. Never use them anywhere reachable: the stacks print a warning. */
export const SANDBOX_SECRETS: SecretsSpec = {
  superuserPassword: 'DBUser.Postgres',
  replicationPassword: 'DBUser.Replicator',
  monitorPassword: 'DBUser.Monitor',
  dbaPassword: 'DBUser.DBA',
  haproxyAdminPassword: 'Pigsty.HAProxy',
  patroniApiPassword: 'Pigsty.Patroni',
  grafanaAdminPassword: 'Pigsty.Grafana',
};

export const SANDBOX_NETWORK = { cidr: '10.10.10.0/24', domain: 'pigsty' } as const;

export const SANDBOX_META: MetaNodeSpec = { hostname: 'meta', ip: '10.10.10.10', size: { cpus: 2, memoryMiB: 4096, diskGiB: 40 } };

export const SANDBOX_PG_META: ClusterSpec = {
  name: 'pg-meta',
  instances: [{ seq: 1, role: 'primary', ip: '10.10.10.10' }],
  vip: { address: '10.10.10.2' },
  users: [
    { name: 'dbuser_meta', password: 'DBUser.Meta', pgbouncer: true, roles: ['dbrole_admin'], comment: 'pigsty meta database owner' },
    { name: 'dbuser_view', password: 'DBUser.Viewer', pgbouncer: true, roles: ['dbrole_readonly'], comment: 'read-only viewer' },
    { name: 'dbuser_grafana', password: 'DBUser.Grafana', pgbouncer: true, roles: ['dbrole_admin'], comment: 'grafana backend' },
  ],
  databases: [
    { name: 'meta', owner: 'dbuser_meta', extensions: ['pg_stat_statements'], schemas: ['pigsty'], comment: 'pigsty meta database' },
    { name: 'grafana', owner: 'dbuser_grafana', comment: 'grafana backend database' },
  ],
};

export const SANDBOX_PG_TEST: ClusterSpec = {
  name: 'pg-test',
  instances: [
    { seq: 1, role: 'primary', ip: '10.10.10.11', hostname: 'node-1' },
    { seq: 2, role: 'replica', ip: '10.10.10.12', hostname: 'node-2' },
    { seq: 3, role: 'replica', ip: '10.10.10.13', hostname: 'node-3', offlineQuery: true },
  ],
  vip: { address: '10.10.10.3' },
  users: [{ name: 'dbuser_test', password: 'DBUser.Test', pgbouncer: true, roles: ['dbrole_readwrite'], comment: 'test database user' }],
  databases: [{ name: 'test', owner: 'dbuser_test', extensions: ['pg_stat_statements'] }],
};

export function sandboxSpec(sshKeys: readonly string[]): DeploymentSpec {
  return {
    name: 'sandbox',
    network: SANDBOX_NETWORK,
    metaNodes: [SANDBOX_META],
    clusters: [SANDBOX_PG_META, SANDBOX_PG_TEST],
    admin: { sshKeys },
    secrets: SANDBOX_SECRETS,
  };
}
