import type { ResolvedDeployment } from '../model';

/** `ip:port` of every etcd server, in meta node order. */
export function etcdEndpoints(d: ResolvedDeployment): string[] {
  return d.dcs.servers.map((server) => `${server.ip}:${d.ports.etcdClient}`);
}

/** The DCS key vip-manager follows: Patroni's leader key of the cluster. */
export function leaderKey(d: ResolvedDeployment, cluster: string): string {
  return `${d.dcs.namespace}${cluster}/leader`;
}
