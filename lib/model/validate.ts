/**
 * Validation of the resolved model. The rules live by concern in `validation/` (network,
 * clusters, users, services, meta nodes, timings, secrets, infrastructure); this module is
 * the entry point the rest of the model imports.
 */
export { deferredSecrets, RULE_CODES, UsageError, validateDeployment, ValidationError } from './validation';
export type { DeferredSecret, InCluster, InstanceSubject, Problem, Rule, RuleSet } from './validation';
