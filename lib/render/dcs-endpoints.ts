import type { ResolvedDeployment } from '../model';

/** etcd's URL scheme: https with the deployment's CA. */
export function etcdScheme(d: ResolvedDeployment): 'http' | 'https' {
  return d.tls.enabled ? 'https' : 'http';
}

/** Every etcd server's client URL. */
export function etcdUrls(d: ResolvedDeployment): string[] {
  return etcdEndpoints(d).map((endpoint) => `${etcdScheme(d)}://${endpoint}`);
}

/** `ip:port` of every etcd server, in meta node order. */
export function etcdEndpoints(d: ResolvedDeployment): string[] {
  return d.dcs.servers.map((server) => `${server.ip}:${d.ports.etcdClient}`);
}

/** The DCS key vip-manager follows: Patroni's leader key of the cluster. */
export function leaderKey(d: ResolvedDeployment, cluster: string): string {
  return `${d.dcs.namespace}${cluster}/leader`;
}
