/** Every policy, and judging a deployment by them (README, "Policies"). */
import type { Problem, ResolvedDeployment } from '../model';
import { UsageError } from '../model';
import { haproxyAdminAuth } from './haproxy-admin-auth';
import { noDemoPasswords } from './no-demo-passwords';
import { noTrustOverNetwork } from './no-trust-over-network';
import { noWeakPasswordAuthOverNetwork } from './no-weak-password-auth-over-network';
import { oddDcsMembers } from './odd-dcs-members';
import type { Policy, PolicyContext } from './policy';
import { replicaOutsideSandbox } from './replica-outside-sandbox';
import { syncRpoNeedsReplica } from './sync-rpo-needs-replica';
import { tlsOn } from './tls-on';

export const POLICIES: readonly Policy[] = [
  noDemoPasswords,
  noTrustOverNetwork,
  noWeakPasswordAuthOverNetwork,
  oddDcsMembers,
  haproxyAdminAuth,
  replicaOutsideSandbox,
  syncRpoNeedsReplica,
  tlsOn,
];

export const POLICY_IDS: readonly string[] = POLICIES.map((policy) => policy.id);

/** Refuses an allow list that names no policy (a typo would silently allow nothing). */
export function checkAllowList(deployment: string, allow: readonly string[]): void {
  const unknown = allow.filter((id) => !POLICY_IDS.includes(id));
  if (unknown.length > 0) {
    throw new UsageError(
      `Deployment "${deployment}" policies.allow names ${unknown.map((id) => `"${id}"`).join(', ')}, which is no policy: use one of ${POLICY_IDS.join(', ')}.`,
    );
  }
}

export interface PolicyFindings {
  /** Findings of error policies not allowed: synth stops with them. */
  readonly errors: readonly Problem[];
  /** Findings of warning policies, and of error policies the deployment allows. */
  readonly warnings: readonly string[];
}

export function judge(d: ResolvedDeployment, context: PolicyContext, allow: readonly string[]): PolicyFindings {
  const errors: Problem[] = [];
  const warnings: string[] = [];
  for (const policy of POLICIES) {
    for (const finding of policy.check(d, context)) {
      const message = `policy ${policy.id}: ${finding}`;
      if (policy.level === 'warning') warnings.push(message);
      else if (allow.includes(policy.id)) warnings.push(`${message} (allowed by policies.allow)`);
      else errors.push({ code: policy.id, message: `${message} To accept it, add "${policy.id}" to the Deployment's policies.allow.` });
    }
  }
  return { errors, warnings };
}
