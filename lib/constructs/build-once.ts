/**
 * Build once, or fail loudly: a deployment is resolved once (at synth, or by an explicit
 * resolve()), and anything added to it afterwards would silently not be deployed. The
 * constructs that add to a deployment ask the nearest enclosing one whether it is still open;
 * one created outside any deployment (or a service outside a cluster) would be silently
 * missing as well, so it is refused.
 */
import type { IConstruct } from 'constructs';
import { UsageError } from '../model';
import { checkProps, type Fields } from '../model/validation/props';

const GUARD = Symbol.for('cdktf-pigsty.deployment-guard');
const CLUSTER = Symbol.for('cdktf-pigsty.cluster');

/** What a deployment answers when something is added under it. */
export interface DeploymentGuard {
  /** Throws, naming `what` and why, once the deployment was resolved. */
  assertOpen(what: string): void;
}

interface Guarded {
  [GUARD]?: DeploymentGuard;
  [CLUSTER]?: true;
}

/** Marks a construct as the deployment that guards what is added under it. */
export function guard(construct: IConstruct, deploymentGuard: DeploymentGuard): void {
  (construct as Guarded)[GUARD] = deploymentGuard;
}

/** Marks a construct as a cluster, the only scope a service may be created in. */
export function markCluster(construct: IConstruct): void {
  (construct as Guarded)[CLUSTER] = true;
}

function guardOf(scope: IConstruct): DeploymentGuard | undefined {
  const scopes = scope.node.scopes;
  for (let i = scopes.length - 1; i >= 0; i--) {
    const found = (scopes[i] as Guarded)[GUARD];
    if (found) return found;
  }
  return undefined;
}

/** Throws when `scope` lies in a deployment that was already resolved. */
export function assertCanAdd(scope: IConstruct, what: string): void {
  guardOf(scope)?.assertOpen(what);
}

/** How a construct must be placed: what it is, and the example a message shows. */
export interface Placement {
  /** `cluster "pg-orders"`. */
  readonly what: string;
  /** `new PgCluster(deployment, 'pg-orders', {...})`. */
  readonly example: string;
  /** The scope must be a PgCluster itself (services). */
  readonly inCluster?: boolean;
  /** The props and their run-time form: checked first, so nothing reads unsound props. */
  readonly props?: readonly [unknown, Fields];
}

/**
 * The scope, once it is checked to be inside a deployment (or a cluster) that is still open:
 * for a constructor's super() call, before the construct joins the tree.
 */
export function openScope<T extends IConstruct>(scope: T, placement: Placement): T {
  const { what, example } = placement;
  if (placement.props) checkProps(what, placement.props[0], placement.props[1]);
  if (typeof scope !== 'object' || scope === null || !('node' in scope)) {
    throw new UsageError(`${what}: the scope (first argument) is not a construct: write ${example}.`);
  }
  if (placement.inCluster && !(scope as Guarded)[CLUSTER]) {
    throw new UsageError(`${what} is created in ${scope.node.path || 'the app'}, which is not a PgCluster, so it would never be deployed: write ${example}.`);
  }
  const found = guardOf(scope);
  if (!found) {
    throw new UsageError(`${what} is created outside any Deployment (in ${scope.node.path || 'the app'}), so it would never be deployed: write ${example}.`);
  }
  found.assertOpen(what);
  return scope;
}
