/**
 * dnsmasq on every meta node: names for every node, instance, cluster (its VIP, or its members)
 * and infrastructure service; everything else goes upstream, `.consul` to Consul's DNS.
 */
import type { ResolvedDeployment, ResolvedNode } from '../model';
import { portalHosts } from './nginx';
import { header, lines } from './text';

/** name -> addresses, in a stable order. */
export function dnsRecords(d: ResolvedDeployment): [string, string[]][] {
  const records = new Map<string, string[]>();
  const add = (name: string, ip: string) => records.set(name, [...new Set([...(records.get(name) ?? []), ip])]);
  for (const node of d.nodes) add(node.name, node.ip);
  for (const cluster of d.clusters) {
    for (const instance of cluster.instances) add(instance.name, instance.ip);
    if (cluster.vip) add(cluster.name, cluster.vip.address);
    else for (const instance of cluster.instances) add(cluster.name, instance.ip);
  }
  for (const meta of d.metaNodes) {
    add(d.network.domain, meta.ip);
    for (const host of portalHosts(d)) add(host.name, meta.ip);
  }
  return [...records.entries()];
}

/** `platformResolvers` answer every other name unless the meta nodes' dns.upstream is set. */
export function renderDnsmasqConfig(d: ResolvedDeployment, node: ResolvedNode, platformResolvers: readonly string[]): string {
  const domain = d.network.domain;
  const upstream = d.infra.dns.upstream.length > 0 ? d.infra.dns.upstream : platformResolvers;
  return lines(
    header(),
    `port=${d.infra.dns.port}`,
    '# Only the node address and loopback, bound as they appear (not every interface, not a wildcard).',
    `listen-address=${node.ip},127.0.0.1`,
    'bind-dynamic',
    'domain-needed',
    'bogus-priv',
    'no-resolv',
    'no-hosts',
    'cache-size=10000',
    `local=/${domain}/`,
    `domain=${domain}`,
    '# Upstream resolvers for every other name.',
    upstream.map((server) => `server=${server}`),
    d.dcs.kind === 'consul' ? ['# Consul answers for .consul.', `server=/consul/127.0.0.1#${d.ports.consulDns}`] : [],
    '# Nodes, instances, clusters (VIP, or every member) and infrastructure names.',
    // Host names get their short and full names; the domain and infrastructure names are already full.
    dnsRecords(d).flatMap(([name, ips]) => ips.map((ip) => `host-record=${name.includes('.') || name === domain ? name : `${name},${name}.${domain}`},${ip}`)),
  );
}
