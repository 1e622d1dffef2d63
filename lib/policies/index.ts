/** The policies (README, "Policies"): one per file, judged at synth by PolicyAspect. */
export type { Policy, PolicyContext, PolicyLevel } from './policy';
export { checkAllowList, judge, POLICIES, POLICY_IDS } from './judge';
export type { PolicyFindings } from './judge';
export { PolicyAspect } from './aspect';
