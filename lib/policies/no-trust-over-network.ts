/**
 * Outside the sandbox, no HBA rule trusts a network address. Validation refuses that already
 * (hba-trust-network); the policy names it too, so the list of what a production deployment is
 * held to is complete in one place.
 */
import type { Policy } from './policy';
import { describeHba, networkHbaRules } from './network-hba';

export const noTrustOverNetwork: Policy = {
  id: 'no-trust-over-network',
  level: 'error',
  summary: 'outside the sandbox, no HBA rule lets a network address in without a password (`trust`)',
  check: (d, { sandbox }) =>
    sandbox ? [] : networkHbaRules(d, ['trust']).map((found) => `${describeHba(found)}: "trust" from the network admits anyone: use scram-sha-256.`),
};
