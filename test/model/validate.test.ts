/**
 * Validation as a whole. Each rule's own cases (a breaking and a keeping spec per code) are in
 * test/model/validation/, by concern.
 */
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

function errorOf(spec: DeploymentSpec): ValidationError {
  try {
    buildModel(spec);
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('the spec was accepted');
}

describe('validation', () => {
  it('accepts the sandbox, with one, three or five meta nodes', () => {
    expect(() => buildModel(base)).not.toThrow();
    expect(() => buildModel(sandboxSpec([TEST_SSH_KEY], 3))).not.toThrow();
    expect(() => buildModel(sandboxSpec([TEST_SSH_KEY], 5))).not.toThrow();
  });

  it('lists every problem at once, not just the first', () => {
    const spec = withTest({ name: 'Bad', instances: instances({ role: 'replica' }, { seq: 3 }) });
    expect(errorOf(spec).problems.map((p) => p.code)).toEqual(expect.arrayContaining(['cluster-name', 'cluster-no-primary', 'instance-seq-duplicate']));
  });

  it("puts every problem's message in the error's message", () => {
    const error = errorOf(withTest({ vip: { address: '192.168.1.3' }, rpo: -1 }));
    expect(error.problems.map((p) => p.code)).toEqual(['vip-address', 'rpo']);
    expect(error.name).toBe('ValidationError');
    for (const problem of error.problems) expect(error.message).toContain(`  - ${problem.message}`);
  });

  it('names the cause first: two instances with one seq are a duplicate seq, not a host name clash', () => {
    const error = errorOf(withTest({ instances: instances({}, { seq: 1 }) }));
    expect(error.problems.map((p) => p.code)).toEqual(['instance-seq-duplicate']);
    expect(error.problems[0].message).toContain('cluster "pg-test" instance 1: seq 1 is used by two instances of the cluster');
  });

  it('still names a host name clash between nodes that are not one duplicated instance', () => {
    const error = errorOf(withTest({ instances: instances({}, { hostname: SANDBOX_PG_TEST.instances[0].hostname ?? 'pg-test-1' }) }));
    expect(error.problems.map((p) => p.code)).toEqual(['hostname-duplicate']);
  });

  it('accepts every parameter the platform itself sets, by the same catalog rules', () => {
    const model = buildModel(base);
    const all = { ...model.clusters[1].dcsParameters, ...model.clusters[1].instances[0].parameters };
    expect(() => buildModel(withTest({ parameters: all }))).not.toThrow();
  });

  it('gives every rule a distinct code', () => {
    expect(new Set(RULE_CODES).size).toBe(RULE_CODES.length);
  });
});

describe('resolution and validation of a spec with most fields missing', () => {
  const specs: [string, unknown][] = [
    ['an empty object', {}],
    ['a cluster with only a name', { ...base, clusters: [{ name: 'pg-x' }] }],
    [
      'a user, a database, a rule and a service with only a name',
      {
        ...base,
        clusters: [pgMeta, { ...pgTest, users: [{ name: 'u' }], databases: [{ name: 'd' }], hba: [{ type: 'host' }], services: [{ name: 's' }] }],
      },
    ],
    ['wrongly typed lists', { ...base, admin: { sshKeys: 'ssh-ed25519 AAAA' }, metaNodes: [{ hostname: 'meta', ip: 10 }] }],
  ];

  it.each(specs)('neither throws on %s; validation names problems', (_name, spec) => {
    let error: unknown;
    try {
      buildModel(spec as DeploymentSpec);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems.length).toBeGreaterThan(0);
  });
});
