/**
 * Validation: tables of rules by concern, evaluated on the resolved model before anything
 * renders. Each message names where (cluster, instance, ...), the field and the bad value, and
 * says the fix. Every code is unique across the tables (a test checks it).
 */
import type { ResolvedCluster, ResolvedDeployment } from '../resolved';
import { clusterRules } from './clusters';
import { infrastructureRules } from './infrastructure';
import { metaRules } from './meta';
import { networkRules } from './network';
import { parameterRules } from './parameters';
import type { InCluster, Problem, Rule, RuleSet } from './rule';
import { secretRules } from './secrets';
import { serviceRules } from './services';
import { sshRules } from './ssh';
import { timingRules } from './timings';
import { userRules } from './users';

export { UsageError, ValidationError } from './rule';
export { deferredSecrets } from './secrets';
export type { DeferredSecret } from './secrets';
export type { InCluster, InstanceSubject, Problem, Rule, RuleSet } from './rule';

/** Every concern's rules; within a subject, problems come in this order. */
const CONCERNS: readonly RuleSet[] = [
  infrastructureRules,
  sshRules,
  networkRules,
  metaRules,
  clusterRules,
  parameterRules,
  timingRules,
  userRules,
  secretRules,
  serviceRules,
];

function gather<S>(pick: (set: RuleSet) => readonly Rule<S>[] | undefined): readonly Rule<S>[] {
  return CONCERNS.flatMap((set) => pick(set) ?? []);
}

const TABLES = {
  deployment: gather((set) => set.deployment),
  infra: gather((set) => set.infra),
  metaNode: gather((set) => set.metaNode),
  cluster: gather((set) => set.cluster),
  instance: gather((set) => set.instance),
  user: gather((set) => set.user),
  database: gather((set) => set.database),
  hba: gather((set) => set.hba),
  service: gather((set) => set.service),
} satisfies { readonly [K in keyof Required<RuleSet>]: Required<RuleSet>[K] };

function apply<S>(rules: readonly Rule<S>[], subjects: readonly S[], d: ResolvedDeployment): Problem[] {
  const problems: Problem[] = [];
  for (const subject of subjects) {
    for (const rule of rules) {
      const message = rule.check(subject, d);
      if (message !== undefined) problems.push({ code: rule.code, message });
    }
  }
  return problems;
}

function inClusters<T>(d: ResolvedDeployment, pick: (c: ResolvedCluster) => readonly T[]): InCluster<T>[] {
  return d.clusters.flatMap((cluster) => pick(cluster).map((item) => ({ cluster, item })));
}

/** Every problem of the deployment, in a stable order (by subject, then concern); empty when it is valid. */
export function validateDeployment(d: ResolvedDeployment): Problem[] {
  return [
    ...apply(TABLES.deployment, [d], d),
    ...apply(TABLES.infra, d.metaNodes.length > 0 ? [d] : [], d),
    ...apply(TABLES.metaNode, d.metaNodes, d),
    ...apply(TABLES.cluster, d.clusters, d),
    ...apply(
      TABLES.instance,
      d.clusters.flatMap((cluster) => cluster.instances.map((instance) => ({ cluster, instance }))),
      d,
    ),
    ...apply(
      TABLES.user,
      inClusters(d, (c) => c.users.filter((u) => !u.builtin)),
      d,
    ),
    ...apply(
      TABLES.database,
      inClusters(d, (c) => c.databases),
      d,
    ),
    ...apply(
      TABLES.hba,
      inClusters(d, (c) => c.hba),
      d,
    ),
    ...apply(
      TABLES.service,
      inClusters(d, (c) => c.services),
      d,
    ),
  ];
}

/** The code of every rule, in evaluation order. */
export const RULE_CODES: readonly string[] = Object.values(TABLES).flatMap((rules: readonly Rule<never>[]) => rules.map((rule) => rule.code));
