/** vip-manager: binds the cluster's L2 VIP on the node whose member holds Patroni's leader key. */
import type { ResolvedCluster, ResolvedDeployment, ResolvedInstance } from '../model';
import { etcdUrls, leaderKey } from './dcs-endpoints';
import { PATHS } from './paths';
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
    'dcs-endpoints': consul ? [`http://127.0.0.1:${d.ports.consulHttp}`] : etcdUrls(d),
    // vip-manager 1.0.2 reads these three (its --etcd-ca-file, --etcd-cert-file, --etcd-key-file); etcd takes the CN as its user.
    ...(d.tls.enabled && !consul ? { 'etcd-ca-file': PATHS.tlsCa, 'etcd-cert-file': PATHS.tlsCert, 'etcd-key-file': PATHS.tlsKey } : {}),
    interval: 1000,
    'retry-after': 250,
    'retry-num': 3,
  };
  return `${header()}\n${toYaml(config)}`;
}
