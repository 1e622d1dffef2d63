import { buildModel, ClusterSpec, DeploymentSpec, RULE_CODES, sandboxSpec, SANDBOX_PG_TEST, ValidationError } from '../../lib/model';
import { TEST_SSH_KEY } from '../helpers/fixtures';

const base = sandboxSpec([TEST_SSH_KEY]);
const [pgMeta, pgTest] = base.clusters;

/** The sandbox spec with pg-test replaced. */
function withTest(change: Partial<ClusterSpec>): DeploymentSpec {
  return { ...base, clusters: [pgMeta, { ...pgTest, ...change }] };
}

function instances(...changes: Partial<ClusterSpec['instances'][number]>[]): ClusterSpec['instances'] {
  return SANDBOX_PG_TEST.instances.map((instance, i) => ({ ...instance, ...(changes[i] ?? {}) }));
}

interface Case {
  readonly name: string;
  readonly spec: DeploymentSpec;
  readonly code: string;
  /** Fragments the message must contain: where, the field, the bad value, the fix. */
  readonly says: readonly string[];
}

const cases: Case[] = [
  {
    name: 'duplicate seq',
    spec: withTest({ instances: instances({}, { seq: 1 }) }),
    code: 'instance-seq-duplicate',
    says: ['cluster "pg-test" instance 1', 'seq 1', 'give each instance its own seq'],
  },
  {
    name: 'missing seq',
    spec: withTest({ instances: instances({}, { seq: undefined as unknown as number }) }),
    code: 'instance-seq',
    says: ['cluster "pg-test" instance nothing', 'seq is missing', 'number the instances'],
  },
  {
    name: 'no primary',
    spec: withTest({ instances: instances({ role: 'replica' }) }),
    code: 'cluster-no-primary',
    says: ['cluster "pg-test"', 'no instance has role "primary"', 'exactly one'],
  },
  {
    name: 'two primaries',
    spec: withTest({ instances: instances({}, { role: 'primary' }) }),
    code: 'cluster-two-primaries',
    says: ['cluster "pg-test"', 'instances 1, 2', 'keep one primary'],
  },
  {
    name: 'unknown role',
    spec: withTest({ instances: instances({}, {}, { role: 'standby' as 'replica' }) }),
    code: 'instance-role',
    says: ['cluster "pg-test" instance 3', 'role "standby"', 'use "primary", "replica" or "offline"'],
  },
  {
    name: 'duplicate IP between instances',
    spec: withTest({ instances: instances({}, { ip: '10.10.10.11' }) }),
    code: 'instance-ip-duplicate',
    says: ['cluster "pg-test" instance 2', 'ip "10.10.10.11"', 'instance pg-test-1', 'its own node address'],
  },
  {
    name: 'duplicate IP between meta nodes',
    spec: { ...base, metaNodes: [base.metaNodes[0], { hostname: 'meta-2', ip: '10.10.10.10' }, { hostname: 'meta-3', ip: '10.10.10.9' }] },
    code: 'meta-ip-duplicate',
    says: ['meta node "meta-2"', 'ip "10.10.10.10"', 'meta node "meta"'],
  },
  {
    name: 'IP outside the network',
    spec: withTest({ instances: instances({}, {}, { ip: '10.10.20.13' }) }),
    code: 'instance-ip',
    says: ['cluster "pg-test" instance 3', 'ip "10.10.20.13"', 'outside the network 10.10.10.0/24', 'widen network.cidr'],
  },
  {
    name: 'IP that is not an address',
    spec: withTest({ instances: instances({ ip: '10.10.10.300' }) }),
    code: 'instance-ip',
    says: ['instance 1', 'ip "10.10.10.300"', 'not an IPv4 address'],
  },
  {
    name: 'IP is the gateway',
    spec: withTest({ instances: instances({ ip: '10.10.10.1' }) }),
    code: 'instance-ip',
    says: ['instance 1', '"10.10.10.1"', 'is the network gateway'],
  },
  {
    name: 'VIP outside the subnet',
    spec: withTest({ vip: { address: '192.168.1.3' } }),
    code: 'vip-address',
    says: ['cluster "pg-test"', 'vip.address "192.168.1.3"', 'outside the network', 'L2 VIP'],
  },
  {
    name: 'VIP whose text vip-manager 1.0 finds inside a member address',
    spec: withTest({ vip: { address: '10.10.10.1' } }),
    code: 'vip-text-in-member-ip',
    says: ['cluster "pg-test"', 'vip.address "10.10.10.1"', 'address 10.10.10.11 of member pg-test-1', 'vip-manager 1.0', 'pick a VIP or member address'],
  },
  {
    name: 'VIP equal to a node IP',
    spec: withTest({ vip: { address: '10.10.10.12' } }),
    code: 'vip-is-node',
    says: ['cluster "pg-test"', 'vip.address "10.10.10.12"', 'node "node-2"', 'free address'],
  },
  {
    name: 'invalid cluster name',
    spec: withTest({ name: 'PG_Test' }),
    code: 'cluster-name',
    says: ['cluster "PG_Test"', 'name is invalid', 'lowercase'],
  },
  {
    name: 'invalid user name',
    spec: withTest({ users: [{ name: 'Bad-User', password: 'Passw0rd.x' }] }),
    code: 'user-name',
    says: ['cluster "pg-test"', 'user name "Bad-User"', 'lowercase'],
  },
  {
    name: 'invalid database name',
    spec: withTest({ databases: [{ name: 'test-db', owner: 'dbuser_test' }] }),
    code: 'database-name',
    says: ['cluster "pg-test"', 'database name "test-db"'],
  },
  {
    name: 'even meta count',
    spec: { ...base, metaNodes: [base.metaNodes[0], { hostname: 'meta-2', ip: '10.10.10.9' }] },
    code: 'meta-count',
    says: ['metaNodes has 2 node(s)', '1, 3 or 5', 'add or remove one'],
  },
  {
    name: 'more than five meta nodes',
    spec: { ...base, metaNodes: [4, 5, 6, 7, 8, 9, 10].map((n) => ({ hostname: `meta-${n}`, ip: `10.10.10.${n}` })) },
    code: 'meta-count',
    says: ['metaNodes has 7 node(s)', '1, 3 or 5'],
  },
  {
    name: 'no meta node',
    spec: { ...base, metaNodes: [], clusters: [pgTest] },
    code: 'meta-count',
    says: ['metaNodes has 0 node(s)'],
  },
  {
    name: 'port collision between services',
    spec: withTest({ services: [{ name: 'standby', port: 5434, check: '/replica' }] }),
    code: 'service-port-collision',
    says: ['cluster "pg-test" service "standby"', 'port 5434', 'service "replica"', 'pick a free port'],
  },
  {
    name: 'service on a platform port',
    spec: withTest({ services: [{ name: 'direct', port: 6432, check: '/primary' }] }),
    code: 'service-port-reserved',
    says: ['service "direct"', 'port 6432', 'pgbouncer port'],
  },
  {
    name: 'unknown health check',
    spec: withTest({ services: [{ name: 'standby', port: 5435, check: '/standby' }] }),
    code: 'service-check',
    says: ['service "standby"', 'check "/standby"', 'Patroni health endpoint'],
  },
  {
    name: 'RTO timing rule violation',
    spec: withTest({ rto: { ttl: 20, loopWait: 10, retryTimeout: 10 } }),
    code: 'rto-timing',
    says: ['cluster "pg-test"', '10 + 2 * 10 = 30 > ttl 20', 'raise ttl'],
  },
  {
    name: 'unknown RTO preset',
    spec: withTest({ rto: { preset: 'instant' as 'fast' } }),
    code: 'rto-preset',
    says: ['cluster "pg-test"', 'rto.preset "instant"', 'fast, norm, safe, wide'],
  },
  {
    name: 'empty SSH key list',
    spec: { ...base, admin: { sshKeys: [] } },
    code: 'admin-ssh-keys-empty',
    says: ['admin.sshKeys is empty', 'add at least one SSH public key'],
  },
  {
    name: 'malformed SSH key',
    spec: { ...base, admin: { sshKeys: ['not-a-key'] } },
    code: 'admin-ssh-key-format',
    says: ['admin.sshKeys entry "not-a-key"', 'ssh-ed25519'],
  },
  {
    name: 'database owner not defined',
    spec: withTest({ databases: [{ name: 'test', owner: 'dbuser_nobody' }] }),
    code: 'database-owner-undefined',
    says: ['cluster "pg-test" database "test"', 'owner "dbuser_nobody"', "add it to the cluster's users"],
  },
  {
    name: 'HBA trust from a network address',
    spec: withTest({ hba: [{ type: 'host', database: 'all', user: 'all', address: '10.0.0.0/8', method: 'trust' }] }),
    code: 'hba-trust-network',
    says: ['cluster "pg-test" hba rule "host all all 10.0.0.0/8 trust"', 'use scram-sha-256'],
  },
  {
    name: 'HBA address that is not a CIDR',
    spec: withTest({ hba: [{ type: 'host', database: 'all', user: 'all', address: 'office', method: 'scram-sha-256' }] }),
    code: 'hba-address',
    says: ['hba rule', 'address "office"', '"cluster"'],
  },
  {
    name: 'granted role not defined',
    spec: withTest({ users: [{ name: 'dbuser_app', password: 'App.Pass1', roles: ['dbrole_writer'] }] }),
    code: 'user-role-undefined',
    says: ['user "dbuser_app"', 'role "dbrole_writer" is not defined'],
  },
  {
    name: 'user redefines a built-in role',
    spec: withTest({ users: [{ name: 'dbuser_dba', password: 'Other.Pass1' }] }),
    code: 'user-duplicate',
    says: ['user "dbuser_dba" is a built-in platform role'],
  },
  {
    name: 'unknown DCS kind',
    spec: { ...base, dcs: { kind: 'zookeeper' as 'etcd' } },
    code: 'dcs-kind',
    says: ['dcs.kind "zookeeper"', '"etcd"', '"consul"'],
  },
  {
    name: 'secret with a quote',
    spec: { ...base, secrets: { ...base.secrets, dbaPassword: 'it"s' } },
    code: 'secret-dbaPassword',
    says: ['secrets.dbaPassword', 'A-Z a-z 0-9'],
  },
  {
    name: 'managed Postgres parameter',
    spec: withTest({ parameters: { port: '5433' } }),
    code: 'parameter-managed',
    says: ['cluster "pg-test"', 'parameter "port"', 'managed by Patroni'],
  },
  {
    name: 'memory too small',
    spec: withTest({ instances: instances({}, { size: { memoryMiB: 256 } }) }),
    code: 'instance-size-memory',
    says: ['cluster "pg-test" instance 2', 'size.memoryMiB 256', 'at least 1024'],
  },
  {
    name: 'network CIDR with host bits',
    spec: { ...base, network: { cidr: '10.10.10.5/24' } },
    code: 'network-cidr',
    says: ['network.cidr "10.10.10.5/24"', 'no host bits'],
  },
  {
    name: 'duplicate cluster name',
    spec: { ...base, clusters: [pgMeta, pgTest, { ...pgTest, instances: [{ seq: 1, role: 'primary', ip: '10.10.10.21' }], vip: undefined }] },
    code: 'cluster-name-duplicate',
    says: ['cluster name "pg-test" is used twice'],
  },
  {
    name: 'scrape timeout longer than the interval',
    spec: { ...base, metaNodes: [{ ...base.metaNodes[0], infra: { prometheus: { scrapeInterval: '10s', scrapeTimeout: '20s' } } }] },
    code: 'infra-scrape-timeout',
    says: ['prometheus.scrapeTimeout "20s" is longer than scrapeInterval "10s"', 'at most the interval'],
  },
  {
    name: 'a port collision between infrastructure components',
    spec: { ...base, metaNodes: [{ ...base.metaNodes[0], infra: { grafana: { port: 9090 } } }] },
    code: 'infra-port-collision',
    says: ['grafana.port 9090 collides with prometheus.port', 'give one of them another port'],
  },
  {
    name: 'an infrastructure port taken by a service of the meta cluster',
    spec: { ...base, metaNodes: [{ ...base.metaNodes[0], infra: { nginx: { port: 5433 } } }] },
    code: 'infra-port-collision',
    says: ['service pg-meta-primary 5433 collides with nginx.port'],
  },
  {
    name: 'a retention that is not a duration',
    spec: { ...base, metaNodes: [{ ...base.metaNodes[0], infra: { prometheus: { retention: 'two weeks' } } }] },
    code: 'infra-duration',
    says: ['prometheus.retention "two weeks" is not a duration', '"15d"'],
  },
  {
    name: 'a webhook receiver without a URL',
    spec: { ...base, metaNodes: [{ ...base.metaNodes[0], infra: { alertmanager: { receiver: { kind: 'webhook', webhookUrl: 'slack' } } } }] },
    code: 'infra-receiver',
    says: ['webhook URL "slack" is not an http(s) URL'],
  },
];

describe('validation rules', () => {
  it('accepts the sandbox', () => {
    expect(() => buildModel(base)).not.toThrow();
  });

  it('has at least 25 invalid specs, each caught', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)('rejects $name', ({ spec, code, says }) => {
    let error: unknown;
    try {
      buildModel(spec);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const problems = (error as ValidationError).problems;
    const problem = problems.find((p) => p.code === code);
    expect(problem).toBeDefined();
    for (const fragment of says) expect(problem!.message).toContain(fragment);
    expect((error as Error).message).toContain(problem!.message);
  });

  it('lists every problem at once, not just the first', () => {
    const spec = withTest({ name: 'Bad', instances: instances({ role: 'replica' }, { seq: 3 }) });
    const codes = (() => {
      try {
        buildModel(spec);
        return [];
      } catch (error) {
        return (error as ValidationError).problems.map((p) => p.code);
      }
    })();
    expect(codes).toEqual(expect.arrayContaining(['cluster-name', 'cluster-no-primary', 'instance-seq-duplicate']));
  });

  it('gives every rule a distinct code', () => {
    expect(new Set(RULE_CODES).size).toBe(RULE_CODES.length);
  });
});
