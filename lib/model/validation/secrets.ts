/**
 * Secrets: the platform's own passwords and the users' passwords keep to SECRET_ALPHABET.
 * Deferred (apply-time) values are not checked here, validation cannot see them: deferredSecrets()
 * lists them for Terraform to check with the same pattern, at plan time.
 */
import { isDeferred, SECRET_ALPHABET, SECRET_ALPHABET_TEXT } from '../deferred';
import type { ResolvedDeployment } from '../resolved';
import type { SecretsSpec } from '../spec';
import { show } from './helpers';
import type { Rule, RuleSet } from './rule';

/** A literal secret outside the safe alphabet; deferred (apply-time) values are not checked. */
const badSecret = (value: unknown): boolean => !isDeferred(value) && (typeof value !== 'string' || !SECRET_ALPHABET.test(value));

const SECRET_FIX = `use ${SECRET_ALPHABET_TEXT}`;

const SECRET_FIELDS: readonly (keyof SecretsSpec)[] = [
  'superuserPassword',
  'replicationPassword',
  'monitorPassword',
  'dbaPassword',
  'haproxyAdminPassword',
  'patroniApiPassword',
  'grafanaAdminPassword',
];

/** An apply-time secret and where the spec holds it, for Terraform to check against SECRET_ALPHABET. */
export interface DeferredSecret {
  /** Where the spec holds it, for the message: `secrets.superuserPassword`, `cluster "pg-a" user "app" password`. */
  readonly field: string;
  /** The token (a sensitive variable, a random_password's result...). */
  readonly value: string;
  /** What Terraform says when the value breaks the rule: names the field and the fix. */
  readonly message: string;
}

/** Every deferred secret of the deployment, in the spec's order; a value used twice is checked once, at its first field. */
export function deferredSecrets(d: ResolvedDeployment): DeferredSecret[] {
  const found: [string, unknown][] = [
    ...SECRET_FIELDS.map((field): [string, unknown] => [`secrets.${field}`, d.secrets[field]]),
    ...d.clusters.flatMap((cluster) =>
      cluster.users
        .filter((user) => !user.builtin)
        .map((user): [string, unknown] => [`cluster ${show(cluster.name)} user ${show(user.name)} password`, user.password]),
    ),
  ];
  const seen = new Set<string>();
  return found
    .filter((entry): entry is [string, string] => isDeferred(entry[1]) && !seen.has(entry[1] as string) && seen.add(entry[1] as string) !== undefined)
    .map(([field, value]) => ({ field, value, message: `${field} (set at apply time) is not a usable password: ${SECRET_FIX}.` }));
}

export const secretRules: RuleSet = {
  deployment: SECRET_FIELDS.map((field): Rule<ResolvedDeployment> => ({
    code: `secret-${field}`,
    check: (d) => {
      const value: unknown = d.secrets[field];
      if (!badSecret(value)) return undefined;
      const kind = typeof value === 'string' && value.length > 0 ? 'not a usable password' : 'empty';
      return `secrets.${field} is ${kind}: ${SECRET_FIX} (in production, pass it from a sensitive Terraform variable).`;
    },
  })),
  user: [
    {
      code: 'user-password',
      check: ({ cluster, item }) =>
        item.password === undefined || !badSecret(item.password)
          ? undefined
          : `cluster ${show(cluster.name)} user ${show(item.name)}: password is not usable: ${SECRET_FIX}; leave it out for a role without password login.`,
    },
  ],
};
