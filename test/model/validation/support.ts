/**
 * Case pairs for the validation rules, as cdk-nag tests its rules: for every code, a spec that
 * breaks the rule (and only that rule) and a nearly identical spec that keeps it (and is valid).
 * Both specs come from one `build` function over the sandbox spec, given two values.
 */
import {
  ClusterSpec,
  DatabaseSpec,
  DeploymentSpec,
  HbaRuleSpec,
  InfraSpec,
  InstanceSpec,
  MetaNodeSpec,
  Problem,
  resolveDeployment,
  RULE_CODES,
  sandboxSpec,
  ServiceSpec,
  UserSpec,
  validateDeployment,
} from '../../../lib/model';
import { TEST_SSH_KEY } from '../../helpers/fixtures';

export const base: DeploymentSpec = sandboxSpec([TEST_SSH_KEY]);
/** The sandbox with three meta nodes (meta-1..3 at .10, .14, .15) and pg-meta on all of them. */
export const base3: DeploymentSpec = sandboxSpec([TEST_SSH_KEY], 3);
const [pgMeta, pgTest] = base.clusters;

export interface RulePair {
  readonly code: string;
  /** What the pair varies. */
  readonly name: string;
  /** Breaks the rule, and no other. */
  readonly breaks: DeploymentSpec;
  /** Nearly the same spec; keeps the rule and is valid. */
  readonly keeps: DeploymentSpec;
  /** Fragments the message must contain: where, the field, the bad value, the fix. */
  readonly says: readonly string[];
}

export interface Variation<T> {
  readonly code: string;
  readonly name: string;
  /** The spec around the varied value. */
  readonly build: (value: T) => DeploymentSpec;
  readonly breaks: T;
  readonly keeps: T;
  readonly says: readonly string[];
}

/** A pair of specs that differ only in one value. */
export function vary<T>({ code, name, build, breaks, keeps, says }: Variation<T>): RulePair {
  return { code, name, breaks: build(breaks), keeps: build(keeps), says };
}

/** A value the types forbid, as a JavaScript caller (or a bad cast) may pass it. */
export function invalid<T>(value: unknown): T {
  return value as T;
}

/** Every secret a spec holds (long enough to be told apart from ordinary text): no message may show one. */
export function secretsOf(spec: DeploymentSpec): string[] {
  const infra = spec.metaNodes.flatMap((m) => [m.infra?.alertmanager?.receiver?.email?.authPassword]);
  const values: unknown[] = [
    ...Object.values(spec.secrets ?? {}),
    ...spec.clusters.flatMap((c) => (c.users ?? []).map((u) => u.password)),
    ...infra,
    spec.ssh?.privateKey,
    spec.ssh?.bastion?.privateKey,
  ];
  return values.filter((v): v is string => typeof v === 'string' && v.length >= 6);
}

export function problemsOf(spec: DeploymentSpec): Problem[] {
  return validateDeployment(resolveDeployment(spec));
}

// ---------------------------------------------------------------- spec edits

export function withNetwork(change: Partial<DeploymentSpec['network']>): DeploymentSpec {
  return { ...base, network: { ...base.network, ...change } };
}

/** The sandbox with pg-test changed. */
export function withTest(change: Partial<ClusterSpec>): DeploymentSpec {
  return { ...base, clusters: [pgMeta, { ...pgTest, ...change }] };
}

/** The sandbox with pg-meta changed. */
export function withPgMeta(change: Partial<ClusterSpec>): DeploymentSpec {
  return { ...base, clusters: [{ ...pgMeta, ...change }, pgTest] };
}

/** The sandbox with pg-test's instance `seq` changed. */
export function withInstance(seq: number, change: Partial<InstanceSpec>): DeploymentSpec {
  return withTest({ instances: pgTest.instances.map((i) => (i.seq === seq ? { ...i, ...change } : i)) });
}

/** The sandbox with its meta node changed (pg-meta stays at 10.10.10.10). */
export function withMeta(change: Partial<MetaNodeSpec>): DeploymentSpec {
  return { ...base, metaNodes: [{ ...base.metaNodes[0], ...change }] };
}

/** The sandbox with these infrastructure options on its meta node. */
export function withInfra(infra: InfraSpec): DeploymentSpec {
  return withMeta({ infra });
}

/** pg-test with these users besides its own. */
export function withUsers(...users: UserSpec[]): DeploymentSpec {
  return withTest({ users: [...(pgTest.users ?? []), ...users] });
}

/** pg-test with these databases besides its own. */
export function withDatabases(...databases: DatabaseSpec[]): DeploymentSpec {
  return withTest({ databases: [...(pgTest.databases ?? []), ...databases] });
}

export function withHba(...hba: HbaRuleSpec[]): DeploymentSpec {
  return withTest({ hba });
}

export function withServices(...services: ServiceSpec[]): DeploymentSpec {
  return withTest({ services });
}

/** A custom service of pg-test, changed. */
export function withService(change: Partial<ServiceSpec>): DeploymentSpec {
  return withServices({ name: 'standby', port: 5435, check: '/replica', ...change });
}

// ---------------------------------------------------------------- running the pairs

/** The tests of one concern's pairs. */
export function describeRules(concern: string, pairs: readonly RulePair[]): void {
  describe(`${concern} rules`, () => {
    it.each(pairs)('$code: $name — broken', ({ code, breaks, says }) => {
      expect(RULE_CODES).toContain(code);
      const problems = problemsOf(breaks);
      expect([...new Set(problems.map((p) => p.code))]).toEqual([code]);
      for (const fragment of says) expect(problems[0].message).toContain(fragment);
      for (const secret of secretsOf(breaks)) for (const problem of problems) expect(problem.message).not.toContain(secret);
    });

    it.each(pairs)('$code: $name — kept', ({ code, keeps }) => {
      const problems = problemsOf(keeps);
      expect(problems.map((p) => p.code)).not.toContain(code);
      expect(problems).toEqual([]);
    });
  });
}
