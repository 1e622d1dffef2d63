/** /etc/resolv.conf: the meta nodes' DNS first, then the upstream resolvers. */
import type { ResolvedDeployment, ResolvedNode } from '../model';
import { header, lines } from './text';

export function renderResolvConf(d: ResolvedDeployment, upstream: readonly string[]): string {
  return lines(
    header(),
    `search ${d.network.domain}`,
    [...d.metaNodes.map((meta) => meta.ip), ...upstream].slice(0, 3).map((ip) => `nameserver ${ip}`),
    'options timeout:1 attempts:2',
  );
}

/**
 * /etc/hosts: the node itself, the meta nodes and the node's cluster peers, so what a node
 * talks to resolves without DNS. Every other name comes from the meta nodes' DNS.
 */
export function renderHosts(d: ResolvedDeployment, node: ResolvedNode): string {
  const cluster = node.instance?.cluster;
  const known = d.nodes.filter((n) => n.ip === node.ip || n.isMeta || (cluster !== undefined && n.instance?.cluster === cluster));
  return lines(
    header(),
    '127.0.0.1 localhost',
    '::1 localhost ip6-localhost ip6-loopback',
    known.map((n) => `${n.ip} ${n.name}.${d.network.domain} ${n.name}`),
  );
}
