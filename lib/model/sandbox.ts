/**
 * The four-node Pigsty sandbox (docs/architecture.md, section 1): meta + node-1..3, clusters
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

/** How many meta nodes a sandbox has: one DCS quorum needs an odd count. */
export type SandboxMetaCount = 1 | 3 | 5;

/**
 * The sandbox's meta nodes: `meta` alone, or meta-1 at 10.10.10.10 and the others at the next
 * free addresses after node-3 (.14 to .17). Not .2x: vip-manager 1.0 would take pg-meta's VIP
 * 10.10.10.2 for bound on a member at 10.10.10.2x (the vip-text-in-member-ip rule).
 */
export function sandboxMetaNodes(count: SandboxMetaCount = 1): MetaNodeSpec[] {
  if (count === 1) return [SANDBOX_META];
  const ips = ['10.10.10.10', '10.10.10.14', '10.10.10.15', '10.10.10.16', '10.10.10.17'];
  return ips.slice(0, count).map((ip, i) => ({ ...SANDBOX_META, hostname: `meta-${i + 1}`, ip }));
}

/** pg-meta with one member on each meta node, the first one primary. */
export function sandboxPgMeta(metaNodes: readonly MetaNodeSpec[]): ClusterSpec {
  return { ...SANDBOX_PG_META, instances: metaNodes.map((meta, i) => ({ seq: i + 1, role: i === 0 ? 'primary' : 'replica', ip: meta.ip })) };
}

export function sandboxSpec(sshKeys: readonly string[], metaCount: SandboxMetaCount = 1): DeploymentSpec {
  const metaNodes = sandboxMetaNodes(metaCount);
  return {
    name: 'sandbox',
    network: SANDBOX_NETWORK,
    metaNodes,
    clusters: [sandboxPgMeta(metaNodes), SANDBOX_PG_TEST],
    admin: { sshKeys },
    secrets: SANDBOX_SECRETS,
  };
}
