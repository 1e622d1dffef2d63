/** /etc/resolv.conf: the meta nodes' DNS first, then the upstream resolvers. */
import type { ResolvedDeployment } from '../model';
import { header, lines } from './text';

export function renderResolvConf(d: ResolvedDeployment, upstream: readonly string[]): string {
  return lines(
    header(),
    `search ${d.network.domain}`,
    [...d.metaNodes.map((meta) => meta.ip), ...upstream].slice(0, 3).map((ip) => `nameserver ${ip}`),
    'options timeout:1 attempts:2',
  );
}

/** /etc/hosts: every node of the deployment by host name, so peers resolve without DNS. */
export function renderHosts(d: ResolvedDeployment): string {
  return lines(
    header(),
    '127.0.0.1 localhost',
    '::1 localhost ip6-localhost ip6-loopback',
    d.nodes.map((node) => `${node.ip} ${node.name}`),
  );
}
