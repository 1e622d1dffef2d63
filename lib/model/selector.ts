import type { ResolvedInstance } from './resolved';
import type { MemberSelectorSpec } from './spec';

/** True when the instance matches any criterion of the selector. */
export function selects(selector: MemberSelectorSpec, instance: ResolvedInstance): boolean {
  if (selector.roles?.includes(instance.role)) return true;
  if (selector.offlineQuery && instance.offlineQuery) return true;
  if (selector.seqs?.includes(instance.seq)) return true;
  return false;
}
