/** Every rule code has at least one pair of cases, in the test file of its concern. */
import { RULE_CODES } from '../../../lib/model';
import { clusterRules } from '../../../lib/model/validation/clusters';
import { infrastructureRules } from '../../../lib/model/validation/infrastructure';
import { metaRules } from '../../../lib/model/validation/meta';
import { networkRules } from '../../../lib/model/validation/network';
import { parameterRules } from '../../../lib/model/validation/parameters';
import type { RuleSet } from '../../../lib/model/validation/rule';
import { secretRules } from '../../../lib/model/validation/secrets';
import { serviceRules } from '../../../lib/model/validation/services';
import { sshRules } from '../../../lib/model/validation/ssh';
import { timingRules } from '../../../lib/model/validation/timings';
import { userRules } from '../../../lib/model/validation/users';
import { clusterPairs } from './cases/clusters';
import { infrastructurePairs } from './cases/infrastructure';
import { metaPairs } from './cases/meta';
import { networkPairs } from './cases/network';
import { parameterPairs } from './cases/parameters';
import { secretPairs } from './cases/secrets';
import { servicePairs } from './cases/services';
import { sshPairs } from './cases/ssh';
import { timingPairs } from './cases/timings';
import { userPairs } from './cases/users';
import type { RulePair } from './support';

const CONCERNS: [string, RuleSet, RulePair[]][] = [
  ['network', networkRules, networkPairs],
  ['clusters', clusterRules, clusterPairs],
  ['parameters', parameterRules, parameterPairs],
  ['ssh', sshRules, sshPairs],
  ['users', userRules, userPairs],
  ['services', serviceRules, servicePairs],
  ['meta', metaRules, metaPairs],
  ['timings', timingRules, timingPairs],
  ['secrets', secretRules, secretPairs],
  ['infrastructure', infrastructureRules, infrastructurePairs],
];

const codesOf = (set: RuleSet): string[] => Object.values(set).flatMap((rules: readonly { code: string }[]) => rules.map((rule) => rule.code));
const uniqueSorted = (codes: string[]): string[] => [...new Set(codes)].sort();

describe('validation case coverage', () => {
  it('has a breaking and a keeping case for every code in RULE_CODES', () => {
    const covered = new Set(CONCERNS.flatMap(([, , pairs]) => pairs.map((pair) => pair.code)));
    expect(RULE_CODES.filter((code) => !covered.has(code))).toEqual([]);
  });

  it('knows every concern: the concerns together have exactly RULE_CODES', () => {
    expect(uniqueSorted(CONCERNS.flatMap(([, set]) => codesOf(set)))).toEqual(uniqueSorted([...RULE_CODES]));
  });

  it.each(CONCERNS)('has pairs for exactly the %s rules, in that concern’s cases', (_name, set, pairs) => {
    expect(uniqueSorted(pairs.map((pair) => pair.code))).toEqual(uniqueSorted(codesOf(set)));
  });

  it('gives every rule a code of its own', () => {
    expect(new Set(RULE_CODES).size).toBe(RULE_CODES.length);
  });
});
