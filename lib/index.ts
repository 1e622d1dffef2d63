/**
 * The public API of cdktf-pigsty: the constructs, their props, the option classes, the
 * platforms and synthApp. Everything else is internal (pinned by the API report in etc/).
 */
export * from './constructs';
export * from './platform';
export { UsageError, ValidationError } from './model';
export type { AlertReceiverSpec, AptSourceSpec, DatabaseSpec, NetworkSpec, NodeSizeSpec, Problem, SecretsSpec, UserSpec } from './model';
