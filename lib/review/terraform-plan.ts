/**
 * The part of `terraform show -json <plan>` that the review reads: each resource instance's
 * change. The JSON carries sensitive values in clear text, marked only by `before_sensitive` and
 * `after_sensitive`; every value leaves this module through `redacted()`, which replaces each
 * marked value by the SENSITIVE marker, so nothing downstream ever holds a secret.
 */

/** What a redacted value reads as. */
export const SENSITIVE = '(sensitive)';

export type Action = 'create' | 'read' | 'update' | 'delete' | 'no-op' | 'forget';

/** One resource instance's planned change, with sensitive values already replaced. */
export interface PlannedChange {
  readonly address: string;
  /** The address without its instance index: the manifest's key. */
  readonly resource: string;
  /** The instance key (a config file's path), if any. */
  readonly index?: string | number;
  readonly actions: readonly Action[];
  readonly before: unknown;
  readonly after: unknown;
  /** Leaves of `after` that are known only after apply (true), as Terraform marks them. */
  readonly afterUnknown: unknown;
  /** Terraform's reason for a replace or delete, e.g. `delete_because_no_resource_config`. */
  readonly reason?: string;
}

interface RawChange {
  readonly address: string;
  readonly mode?: string;
  readonly index?: string | number;
  readonly action_reason?: string;
  readonly change: {
    readonly actions: Action[];
    readonly before?: unknown;
    readonly after?: unknown;
    readonly after_unknown?: unknown;
    readonly before_sensitive?: unknown;
    readonly after_sensitive?: unknown;
  };
}

/**
 * `value` with every part that `marks` flags as sensitive replaced by SENSITIVE. Terraform marks
 * a sensitive leaf `true`, and mirrors objects and lists for the rest; a whole object marked
 * `true` is one secret.
 */
export function redacted(value: unknown, marks: unknown): unknown {
  if (marks === true) return SENSITIVE;
  if (value === null || typeof value !== 'object' || marks === null || typeof marks !== 'object') return value;
  if (Array.isArray(value)) {
    const list = Array.isArray(marks) ? marks : [];
    return value.map((item, i) => redacted(item, list[i]));
  }
  const map = marks as Record<string, unknown>;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, redacted(item, map[key])]));
}

/** Every string marked sensitive in the plan (before and after): what a rendered review must never contain. */
export function sensitiveStrings(json: unknown): string[] {
  const found = new Set<string>();
  const collect = (value: unknown, marks: unknown, inside: boolean): void => {
    const secret = inside || marks === true;
    if (typeof value === 'string') {
      if (secret) found.add(value);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const map = (marks !== null && typeof marks === 'object' ? marks : {}) as Record<string, unknown>;
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) collect(item, map[key], secret);
  };
  for (const raw of rawChanges(json)) {
    collect(raw.change.before, raw.change.before_sensitive, false);
    collect(raw.change.after, raw.change.after_sensitive, false);
  }
  // Sensitive variables: their values are in the plan too.
  const variables = (json as { variables?: Record<string, { value?: unknown }> }).variables ?? {};
  const config = (json as { configuration?: { root_module?: { variables?: Record<string, { sensitive?: boolean }> } } }).configuration;
  for (const [name, variable] of Object.entries(variables)) {
    if (config?.root_module?.variables?.[name]?.sensitive) collect(variable.value, true, true);
  }
  return [...found];
}

function rawChanges(json: unknown): RawChange[] {
  const changes = (json as { resource_changes?: unknown })?.resource_changes;
  return Array.isArray(changes) ? (changes as RawChange[]) : [];
}

/** The planned changes of managed resources, redacted. Throws when the JSON is not a plan. */
export function plannedChanges(json: unknown, where: string): PlannedChange[] {
  const plan = json as { format_version?: unknown; resource_changes?: unknown } | null;
  if (!plan || typeof plan !== 'object' || typeof plan.format_version !== 'string' || !('planned_values' in plan || 'resource_changes' in plan)) {
    throw new Error(`${where} is not the JSON of a Terraform plan: write it with terraform show -json <plan file> > plan.json.`);
  }
  return rawChanges(json)
    .filter((raw) => (raw.mode ?? 'managed') === 'managed')
    .map((raw) => ({
      address: raw.address,
      resource: raw.index === undefined ? raw.address : raw.address.slice(0, raw.address.lastIndexOf('[')),
      index: raw.index,
      actions: raw.change.actions,
      before: redacted(raw.change.before ?? null, raw.change.before_sensitive),
      after: redacted(raw.change.after ?? null, raw.change.after_sensitive),
      afterUnknown: raw.change.after_unknown ?? {},
      reason: raw.action_reason,
    }));
}

/** What a change does, in a reviewer's words. */
export type ChangeKind = 'create' | 'destroy' | 'replace' | 'update' | 'none';

export function kindOf(change: Pick<PlannedChange, 'actions'>): ChangeKind {
  const actions = change.actions;
  if (actions.includes('delete') && actions.includes('create')) return 'replace';
  if (actions.includes('delete')) return 'destroy';
  if (actions.includes('create')) return 'create';
  if (actions.includes('update')) return 'update';
  return 'none';
}

/** The destroying kinds: the node or file is gone (for a while, or for good). */
export const destroys = (change: Pick<PlannedChange, 'actions'>): boolean => change.actions.includes('delete');
