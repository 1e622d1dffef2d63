/** etcd on the meta nodes: a static initial cluster made of every meta node. */
import type { ResolvedDeployment, ResolvedNode } from '../model';
import { PATHS } from './paths';
import { envFile, header, toYaml } from './text';

export function renderEtcdConfig(d: ResolvedDeployment, node: ResolvedNode): string {
  const peer = (n: ResolvedNode): string => `http://${n.ip}:${d.ports.etcdPeer}`;
  const config = {
    name: node.name,
    'data-dir': PATHS.etcdData,
    'listen-client-urls': `http://${node.ip}:${d.ports.etcdClient},http://127.0.0.1:${d.ports.etcdClient}`,
    'advertise-client-urls': `http://${node.ip}:${d.ports.etcdClient}`,
    'listen-peer-urls': peer(node),
    'initial-advertise-peer-urls': peer(node),
    'initial-cluster': d.dcs.servers.map((server) => `${server.name}=${peer(server)}`).join(','),
    'initial-cluster-state': 'new',
    'initial-cluster-token': `pigsty-${d.name}`,
    'enable-v2': d.dcs.etcdApi === 'v2',
    'enable-grpc-gateway': true,
    'strict-reconfig-check': true,
    'auto-compaction-mode': 'periodic',
    'auto-compaction-retention': '1h',
    'quota-backend-bytes': 8 * 1024 ** 3,
    logger: 'zap',
    'log-level': 'warn',
  };
  return `${header()}\n${toYaml(config, ETCD_COMMENTS)}`;
}

/** Debian's etcd unit reads DAEMON_ARGS from /etc/default/etcd. */
export function renderEtcdDefault(): string {
  return envFile({ DAEMON_ARGS: `--config-file ${PATHS.etcdConfig}` });
}

const ETCD_COMMENTS = {
  'enable-v2': "Patroni and Debian's vip-manager 1.0 use the v2 API unless dcs.etcdApi is v3.",
  'enable-grpc-gateway': "Patroni's etcd3 client speaks HTTP/JSON to /v3; a config file leaves the gateway off unless set.",
  'strict-reconfig-check': 'The command line defaults it to true; a config file does not.',
};
