/** Outside the sandbox, no HBA rule takes a password over the network in clear text (`password`) or as MD5 (`md5`). */
import type { Policy } from './policy';
import { describeHba, networkHbaRules } from './network-hba';

export const noWeakPasswordAuthOverNetwork: Policy = {
  id: 'no-weak-password-auth-over-network',
  level: 'error',
  summary: 'outside the sandbox, no HBA rule uses `password` (clear text) or `md5` over the network',
  check: (d, { sandbox }) =>
    sandbox
      ? []
      : networkHbaRules(d, ['password', 'md5']).map(
          (found) =>
            `${describeHba(found)}: "${found.rule.method}" over the network ${found.rule.method === 'md5' ? 'is replayable and offline-guessable' : 'sends the password in clear text'}: use scram-sha-256.`,
        ),
};
