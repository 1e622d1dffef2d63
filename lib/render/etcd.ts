/** etcd on the meta nodes: a static initial cluster made of every meta node. */
import type { ResolvedDeployment, ResolvedNode } from '../model';
import { etcdScheme } from './dcs-endpoints';
import { PATHS } from './paths';
import { envFile, header, toYaml } from './text';

/**
 * With TLS, clients and peers speak https and must show a certificate of the deployment's CA;
 * etcd takes its CN as the user name (the DCS step turns authentication on, assets/steps/dcs-healthy.sh).
 * Metrics move to a port of their own, plain HTTP, so Prometheus needs no client key.
 */
function tlsSettings(d: ResolvedDeployment, node: ResolvedNode): Record<string, unknown> {
  if (!d.tls.enabled) return {};
  const security = { 'cert-file': PATHS.tlsCert, 'key-file': PATHS.tlsKey, 'trusted-ca-file': PATHS.tlsCa, 'client-cert-auth': true };
  return {
    'listen-metrics-urls': `http://${node.ip}:${d.ports.etcdMetrics},http://127.0.0.1:${d.ports.etcdMetrics}`,
    'client-transport-security': security,
    'peer-transport-security': security,
  };
}

export function renderEtcdConfig(d: ResolvedDeployment, node: ResolvedNode): string {
  const scheme = etcdScheme(d);
  const peer = (n: ResolvedNode): string => `${scheme}://${n.ip}:${d.ports.etcdPeer}`;
  const config = {
    name: node.name,
    'data-dir': PATHS.etcdData,
    'listen-client-urls': `${scheme}://${node.ip}:${d.ports.etcdClient},${scheme}://127.0.0.1:${d.ports.etcdClient}`,
    'advertise-client-urls': `${scheme}://${node.ip}:${d.ports.etcdClient}`,
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
    ...tlsSettings(d, node),
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
