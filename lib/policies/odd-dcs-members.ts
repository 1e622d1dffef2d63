/**
 * The DCS has an odd number of members (1, 3 or 5: the meta nodes). This is validation's
 * meta-count rule, reused rather than written twice; validation stops a bad count first, so the
 * policy fires only for a model that skipped validation.
 */
import { metaRules } from '../model/validation/meta';
import type { Policy } from './policy';

const metaCount = metaRules.deployment!.find((rule) => rule.code === 'meta-count')!;

export const oddDcsMembers: Policy = {
  id: 'odd-dcs-members',
  level: 'error',
  summary: 'the DCS quorum has an odd member count: 1, 3 or 5 meta nodes (validation rule meta-count)',
  check: (d) => {
    const problem = metaCount.check(d, d);
    return problem ? [problem] : [];
  },
};
