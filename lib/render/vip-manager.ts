/** vip-manager: binds the cluster's L2 VIP on the node whose member holds Patroni's leader key. */
import type { ResolvedCluster, ResolvedDeployment, ResolvedInstance } from '../model';
import { etcdEndpoints, leaderKey } from './dcs-endpoints';
import { header, toYaml } from './text';

export function renderVipManagerConfig(d: ResolvedDeployment, cluster: ResolvedCluster, instance: ResolvedInstance): string {
  const vip = cluster.vip!;
  const consul = d.dcs.kind === 'consul';
  const config = {
    ip: vip.address,
    netmask: vip.prefix,
    interface: vip.interface,
    // Consul keys have no leading slash.
    'trigger-key': consul ? leaderKey(d, cluster.name).replace(/^\//, '') : leaderKey(d, cluster.name),
    'trigger-value': instance.name,
    'dcs-type': consul ? 'consul' : 'etcd',
    'dcs-endpoints': consul ? [`http://127.0.0.1:${d.ports.consulHttp}`] : etcdEndpoints(d).map((endpoint) => `http://${endpoint}`),
    interval: 1000,
    'retry-after': 250,
    'retry-num': 3,
  };
  return `${header()}\n${toYaml(config)}`;
}
