/**
 * Policies: rules about what a deployment should be, judged at synth on the resolved model (as
 * cdktf Aspects, ./aspect.ts), beside validation, which judges what can work at all. A policy
 * with level `error` stops synth unless the deployment allows it by id
 * (`Deployment` prop `policies: { allow: [...] }`); one with level `warning` is a cdktf
 * annotation. One policy per file; ./index.ts lists them.
 */
import type { ResolvedDeployment } from '../model';

export type PolicyLevel = 'error' | 'warning';

export interface PolicyContext {
  /** The sandbox (the `Sandbox` construct): a lab with documented demo passwords. */
  readonly sandbox: boolean;
}

export interface Policy {
  /** Stable id, what `policies.allow` names. */
  readonly id: string;
  readonly level: PolicyLevel;
  /** One line for the README and the error: what the policy asks for. */
  readonly summary: string;
  /** Each finding's message (where, what, the fix); none when the deployment keeps the policy. */
  readonly check: (d: ResolvedDeployment, context: PolicyContext) => readonly string[];
}
