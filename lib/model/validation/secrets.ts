/**
 * Secrets: the platform's own passwords and the users' passwords keep to SECRET_ALPHABET.
 * Deferred (apply-time) values are not checked: validation cannot see them.
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
