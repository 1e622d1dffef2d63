/**
 * The shape of validation: rules that judge one subject (the deployment, a meta node, a
 * cluster, an instance, a user...) and, when it breaks them, say what is wrong and the fix.
 */
import type {
  ResolvedCluster,
  ResolvedDatabase,
  ResolvedDeployment,
  ResolvedHbaRule,
  ResolvedInstance,
  ResolvedNode,
  ResolvedService,
  ResolvedUser,
} from '../resolved';

export interface Rule<S> {
  /** Stable identifier, unique across every table; used by tests and by anyone grepping for a message. */
  readonly code: string;
  /**
   * Judges the subject: the problem's message when it breaks the rule (naming where, the field,
   * the bad value and the fix), undefined when it keeps it. Whatever it finds, it computes once.
   */
  readonly check: (subject: S, deployment: ResolvedDeployment) => string | undefined;
}

export interface Problem {
  readonly code: string;
  readonly message: string;
}

/** Thrown (by the constructs, at synth) when a spec breaks rules; the message lists every problem. */
export class ValidationError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(`Invalid deployment spec:\n${problems.map((p) => `  - ${p.message}`).join('\n')}`);
    this.name = 'ValidationError';
  }
}

export interface InstanceSubject {
  readonly cluster: ResolvedCluster;
  readonly instance: ResolvedInstance;
}

/** Something a cluster holds (a user, a database, an HBA rule, a service), with its cluster. */
export interface InCluster<T> {
  readonly cluster: ResolvedCluster;
  readonly item: T;
}

/**
 * The rules of one concern, by the subject they judge. Every concern file exports one; the
 * subjects are enumerated once, in `index.ts`.
 */
export interface RuleSet {
  readonly deployment?: readonly Rule<ResolvedDeployment>[];
  /** The meta nodes' shared infrastructure: the deployment, judged only when it has meta nodes. */
  readonly infra?: readonly Rule<ResolvedDeployment>[];
  readonly metaNode?: readonly Rule<ResolvedNode>[];
  readonly cluster?: readonly Rule<ResolvedCluster>[];
  readonly instance?: readonly Rule<InstanceSubject>[];
  /** The users the spec declares (not the built-in roles and system users). */
  readonly user?: readonly Rule<InCluster<ResolvedUser>>[];
  readonly database?: readonly Rule<InCluster<ResolvedDatabase>>[];
  /** Every HBA rule, the platform's defaults included. */
  readonly hba?: readonly Rule<InCluster<ResolvedHbaRule>>[];
  readonly service?: readonly Rule<InCluster<ResolvedService>>[];
}

/**
 * Thrown when the library is used in a way that cannot work (a prop of the wrong kind, a
 * construct outside a Deployment, a platform that cannot run the spec): the message names what
 * and the fix. `synthApp` prints it without a stack trace.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
