/**
 * Build once, or fail loudly: a deployment is resolved once (at synth, or by an explicit
 * resolve()), and anything added to it afterwards would silently not be deployed. The
 * constructs that add to a deployment ask the nearest enclosing one whether it is still open.
 */
import type { IConstruct } from 'constructs';

const GUARD = Symbol.for('cdktf-pigsty.deployment-guard');

/** What a deployment answers when something is added under it. */
export interface DeploymentGuard {
  /** Throws, naming `what` and why, once the deployment was resolved. */
  assertOpen(what: string): void;
}

interface Guarded {
  [GUARD]?: DeploymentGuard;
}

/** Marks a construct as the deployment that guards what is added under it. */
export function guard(construct: IConstruct, deploymentGuard: DeploymentGuard): void {
  (construct as Guarded)[GUARD] = deploymentGuard;
}

/** Throws when `scope` lies in a deployment that was already resolved. */
export function assertCanAdd(scope: IConstruct, what: string): void {
  const scopes = scope.node.scopes;
  for (let i = scopes.length - 1; i >= 0; i--) {
    const found = (scopes[i] as Guarded)[GUARD];
    if (found) return found.assertOpen(what);
  }
}

/** The scope, once it is checked open: for a constructor's super() call, before the construct joins the tree. */
export function openScope<T extends IConstruct>(scope: T, what: string): T {
  assertCanAdd(scope, what);
  return scope;
}
