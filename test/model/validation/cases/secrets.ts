import { SANDBOX_SECRETS, SecretsSpec } from '../../../../lib/model';
import { base, RulePair, vary, withUsers } from '../support';

const withSecret = (field: keyof SecretsSpec) => (value: string) => ({ ...base, secrets: { ...base.secrets, [field]: value } });
/** The text form of a CDK token, as a sensitive Terraform variable's value arrives. */
const TOKEN = '${TfToken[TOKEN.42]}';

export const secretPairs: RulePair[] = [
  ...(Object.keys(SANDBOX_SECRETS) as (keyof SecretsSpec)[]).map((field) =>
    vary({
      code: `secret-${field}`,
      name: `${field} with a quote`,
      build: withSecret(field),
      breaks: `it"s.${SANDBOX_SECRETS[field]}`,
      keeps: `its.${SANDBOX_SECRETS[field]}`,
      says: [`secrets.${field} is not a usable password`, 'use 8 to 128 characters from A-Z a-z 0-9 . _ ~ + - = ! * ,', 'sensitive Terraform variable'],
    }),
  ),
  vary({
    code: 'secret-dbaPassword',
    name: 'an empty secret',
    build: withSecret('dbaPassword'),
    breaks: '',
    keeps: 'DBUser.DBA',
    says: ['secrets.dbaPassword is empty'],
  }),
  vary({
    code: 'secret-superuserPassword',
    name: 'a short literal, or a deferred value that validation cannot see',
    build: withSecret('superuserPassword'),
    breaks: 'short',
    keeps: TOKEN,
    says: ['secrets.superuserPassword is not a usable password'],
  }),
  vary({
    code: 'user-password',
    name: 'a user password with a dollar sign',
    build: (password: string) => withUsers({ name: 'dbuser_app', password }),
    breaks: 'App$Pass1',
    keeps: 'App.Pass1',
    says: ['cluster "pg-test" user "dbuser_app"', 'password is not usable', 'use 8 to 128 characters', 'leave it out'],
  }),
  vary({
    code: 'user-password',
    name: 'a user password longer than 128 characters',
    build: (password: string) => withUsers({ name: 'dbuser_app', password }),
    breaks: 'x'.repeat(129),
    keeps: 'x'.repeat(128),
    says: ['user "dbuser_app": password is not usable'],
  }),
];
