/** The HBA rules that admit connections from the network (every type but `local`), with the cluster. */
import type { ResolvedCluster, ResolvedDeployment, ResolvedHbaRule } from '../model';

export function networkHbaRules(d: ResolvedDeployment, methods: readonly string[]): { cluster: ResolvedCluster; rule: ResolvedHbaRule }[] {
  return d.clusters.flatMap((cluster) =>
    cluster.hba.filter((rule) => rule.type !== 'local' && methods.includes(rule.method)).map((rule) => ({ cluster, rule })),
  );
}

export const describeHba = ({ cluster, rule }: { cluster: ResolvedCluster; rule: ResolvedHbaRule }): string =>
  `cluster ${cluster.name} hba rule "${rule.type} ${rule.database} ${rule.user}${rule.addressSpec ? ` ${rule.addressSpec}` : ''} ${rule.method}"`;
