/**
 * Cases for the policies, as cdk-nag tests its rules: for every policy a deployment that breaks
 * it (and no other policy) and a nearly identical one that keeps it. Each is the sandbox spec
 * resolved (not validated: some policies restate a validation rule, which would stop first),
 * judged as the sandbox or as a production deployment.
 */
import { DeploymentSpec, HbaConnectionType, resolveDeployment, ResolvedDeployment, sandboxSpec, SecretsSpec } from '../../lib/model';
import type { PolicyContext } from '../../lib/policies';
import { TEST_SSH_KEY } from '../helpers/fixtures';

const sandbox = sandboxSpec([TEST_SSH_KEY]);
const [pgMeta, pgTest] = sandbox.clusters;

/** Secrets and user passwords of nobody's documentation. */
const OWN_SECRETS: SecretsSpec = {
  superuserPassword: 'Own.Superuser1',
  replicationPassword: 'Own.Replicator1',
  monitorPassword: 'Own.Monitor1',
  dbaPassword: 'Own.Dba1',
  haproxyAdminPassword: 'Own.Haproxy1',
  patroniApiPassword: 'Own.Patroni1',
  grafanaAdminPassword: 'Own.Grafana1',
};
const ownUsers = (cluster: (typeof sandbox.clusters)[number], tag: string) => ({
  ...cluster,
  users: (cluster.users ?? []).map((user) => ({ ...user, password: `Own.${tag}.${user.name}` })),
});

/** The sandbox made a production deployment: its own passwords, and pg-meta with a replica. */
export const production: DeploymentSpec = {
  ...sandbox,
  secrets: OWN_SECRETS,
  clusters: [{ ...ownUsers(pgMeta, 'meta'), instances: [...pgMeta.instances, { seq: 2, role: 'replica', ip: '10.10.10.14' }] }, ownUsers(pgTest, 'test')],
};

export const PRODUCTION: PolicyContext = { sandbox: false };
export const SANDBOX: PolicyContext = { sandbox: true };

export interface PolicyCase {
  readonly policy: string;
  readonly name: string;
  readonly breaks: ResolvedDeployment;
  readonly keeps: ResolvedDeployment;
  readonly context: PolicyContext;
  /** Fragments the finding must contain. */
  readonly says: readonly string[];
}

const resolved = (spec: DeploymentSpec) => resolveDeployment(spec);
const withHba = (method: string, type: HbaConnectionType = 'host'): DeploymentSpec => ({
  ...production,
  clusters: [production.clusters[0], { ...production.clusters[1], hba: [{ type, database: 'all', user: 'all', address: 'cluster', method }] }],
});
const withTestMembers = (count: number, rpo?: number): DeploymentSpec => ({
  ...production,
  clusters: [production.clusters[0], { ...production.clusters[1], instances: production.clusters[1].instances.slice(0, count), rpo }],
});

export const POLICY_CASES: readonly PolicyCase[] = [
  {
    policy: 'no-demo-passwords',
    name: "the sandbox's secrets outside the sandbox",
    breaks: resolved({ ...production, secrets: sandbox.secrets }),
    keeps: resolved(production),
    context: PRODUCTION,
    says: ['secrets superuserPassword', 'grafanaAdminPassword', 'DeploymentSecrets.fromVariables()'],
  },
  {
    policy: 'no-demo-passwords',
    name: "a user with the sandbox's password outside the sandbox",
    breaks: resolved({ ...production, clusters: [production.clusters[0], pgTest] }),
    keeps: resolved(production),
    context: PRODUCTION,
    says: ['users pg-test/dbuser_test'],
  },
  {
    policy: 'no-trust-over-network',
    name: 'trust from the network',
    breaks: resolved(withHba('trust')),
    keeps: resolved(withHba('trust', 'local')),
    context: PRODUCTION,
    says: ['cluster pg-test hba rule "host all all cluster trust"', 'scram-sha-256'],
  },
  {
    policy: 'no-weak-password-auth-over-network',
    name: 'md5 from the network',
    breaks: resolved(withHba('md5')),
    keeps: resolved(withHba('scram-sha-256')),
    context: PRODUCTION,
    says: ['hba rule "host all all cluster md5"', 'replayable', 'scram-sha-256'],
  },
  {
    policy: 'no-weak-password-auth-over-network',
    name: 'password (clear text) from the network',
    breaks: resolved(withHba('password', 'hostssl')),
    keeps: resolved(withHba('password', 'local')),
    context: PRODUCTION,
    says: ['"hostssl all all cluster password"', 'clear text'],
  },
  {
    policy: 'odd-dcs-members',
    name: 'two meta nodes',
    breaks: resolved({ ...production, metaNodes: [...production.metaNodes, { hostname: 'meta-2', ip: '10.10.10.15' }] }),
    keeps: resolved(production),
    context: PRODUCTION,
    says: ['metaNodes has 2 node(s)', '1, 3 or 5'],
  },
  {
    policy: 'haproxy-admin-auth',
    name: 'no HAProxy admin password',
    breaks: resolved({ ...production, secrets: { ...OWN_SECRETS, haproxyAdminPassword: '' } }),
    keeps: resolved(production),
    context: PRODUCTION,
    says: ['haproxyAdminPassword is empty', 'HAProxy admin page'],
  },
  {
    policy: 'replica-outside-sandbox',
    name: 'a single-member cluster outside the sandbox',
    breaks: resolved({ ...production, clusters: [{ ...production.clusters[0], instances: pgMeta.instances }, production.clusters[1]] }),
    keeps: resolved(production),
    context: PRODUCTION,
    says: ['cluster pg-meta has one member', 'REPLICA'],
  },
  {
    policy: 'sync-rpo-needs-replica',
    name: 'RPO 0 with one member',
    breaks: resolved(withTestMembers(1, 0)),
    keeps: resolved(withTestMembers(2, 0)),
    // It holds in the sandbox too; outside it, one member would also break replica-outside-sandbox.
    context: SANDBOX,
    says: ['cluster pg-test has rpo Rpo.SYNCHRONOUS with one member', 'add a replica'],
  },
  {
    policy: 'tls-on',
    name: 'TLS off outside the sandbox',
    breaks: resolved({ ...production, tls: { enabled: false } }),
    keeps: resolved(production),
    context: PRODUCTION,
    says: ['deployment sandbox has TLS off', 'Tls.existingCa'],
  },
];

/** What the sandbox may do that production may not: its demo passwords and its one-member pg-meta. */
export const SANDBOX_ONLY: readonly string[] = ['no-demo-passwords', 'replica-outside-sandbox'];
