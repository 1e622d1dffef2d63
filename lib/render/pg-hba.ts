/** pg_hba.conf of one instance: default rules, then the cluster's, filtered by the member's role. */
import type { ResolvedCluster, ResolvedHbaRule, ResolvedInstance } from '../model';
import { columns, header, lines } from './text';

/** A rule applies to a member when it is common, or when its role names the member's role. */
export function hbaRuleApplies(rule: ResolvedHbaRule, instance: ResolvedInstance): boolean {
  if (rule.role === 'common') return true;
  if (rule.role === 'offline') return instance.role === 'offline' || instance.offlineQuery;
  return rule.role === instance.role;
}

export function renderPgHba(cluster: ResolvedCluster, instance: ResolvedInstance): string {
  const rules = cluster.hba.filter((rule) => hbaRuleApplies(rule, instance));
  const rows = rules.map((rule) => [rule.type, rule.database, rule.user, ...(rule.type === 'local' ? [''] : [rule.address ?? '']), rule.method]);
  const table = columns(rows);
  return lines(
    header(),
    `# ${instance.name} (${instance.role}${instance.offlineQuery ? ', offline queries' : ''})`,
    '',
    rules.flatMap((rule, i) => [`# ${rule.comment ?? 'cluster rule'}`, table[i]]),
  );
}
