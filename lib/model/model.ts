import { resolveDeployment } from './resolve';
import type { ResolvedDeployment } from './resolved';
import type { DeploymentSpec } from './spec';
import { validateDeployment, ValidationError } from './validate';

/** Resolves defaults, then validates; throws a ValidationError listing every problem. */
export function buildModel(spec: DeploymentSpec): ResolvedDeployment {
  const deployment = resolveDeployment(spec);
  const problems = validateDeployment(deployment);
  if (problems.length > 0) throw new ValidationError(problems);
  return deployment;
}
