/** chrony: meta nodes serve time to the deployment network; every other node follows them. */
import type { ResolvedDeployment, ResolvedNode } from '../model';
import { header, lines } from './text';

export function renderChronyConfig(d: ResolvedDeployment, node: ResolvedNode, upstream: readonly string[]): string {
  const common = ['driftfile /var/lib/chrony/chrony.drift', 'makestep 1.0 3', 'rtcsync', 'logdir /var/log/chrony'];
  if (!node.isMeta) {
    return lines(
      header(),
      '# Follow the meta nodes.',
      d.metaNodes.map((meta) => `server ${meta.ip} iburst`),
      common,
    );
  }
  return lines(
    header(),
    '# Upstream time sources.',
    upstream.map((server) => `pool ${server} iburst`),
    '# Other meta nodes, so they agree with each other when upstream is unreachable.',
    d.metaNodes.filter((meta) => meta.ip !== node.ip).map((meta) => `peer ${meta.ip}`),
    '# Serve time to the deployment, also when no upstream is reachable (air-gapped sites).',
    `allow ${d.network.cidr}`,
    'local stratum 10',
    common,
  );
}
