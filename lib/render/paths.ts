/** Where each file lives on a node. Steps and tests refer to these, never to literals. */
export const PATHS = {
  pgRoot: '/pg',
  pgData: '/pg/data',
  pgConf: '/pg/conf',
  pgHba: '/pg/conf/pg_hba.conf',
  pgRolesSql: '/pg/conf/roles.sql',
  pgPasswordsSql: '/pg/conf/passwords.sql',
  patroniConfig: '/etc/patroni/patroni.yml',
  /** Exactly Patroni's dynamic configuration (bootstrap.dcs of patroni.yml), pushed to the DCS when it changes. */
  patroniDcsConfig: '/etc/patroni/dcs.yml',
  patroniEnv: '/etc/patroni/patroni.env',
  patroniPgpass: '/var/lib/postgresql/.pgpass_patroni',
  pgbouncerIni: '/etc/pgbouncer/pgbouncer.ini',
  pgbouncerUserlist: '/etc/pgbouncer/userlist.txt',
  pgbouncerHba: '/etc/pgbouncer/pgb_hba.conf',
  haproxyConfig: '/etc/haproxy/haproxy.cfg',
  haproxyEnv: '/etc/default/haproxy',
  vipManagerConfig: '/etc/vip-manager.yml',
  pgExporterEnv: '/etc/default/prometheus-postgres-exporter',
  nodeExporterEnv: '/etc/default/prometheus-node-exporter',
  chronyConfig: '/etc/chrony/chrony.conf',
  resolvConf: '/etc/resolv.conf',
  hosts: '/etc/hosts',
  etcdConfig: '/etc/etcd/etcd.conf.yml',
  etcdDefault: '/etc/default/etcd',
  etcdData: '/var/lib/etcd/pigsty',
  createClusterConf: '/etc/postgresql-common/createcluster.d/pigsty.conf',
  prometheusConfig: '/etc/prometheus/prometheus.yml',
  prometheusDefault: '/etc/default/prometheus',
  prometheusTargets: '/etc/prometheus/targets',
  prometheusRules: '/etc/prometheus/rules',
  alertmanagerConfig: '/etc/prometheus/alertmanager.yml',
  alertmanagerDefault: '/etc/default/prometheus-alertmanager',
  alertmanagerSmtpPassword: '/etc/prometheus/alertmanager-smtp-password',
  grafanaIni: '/etc/grafana/grafana.ini',
  grafanaEnv: '/etc/default/grafana-server',
  grafanaProvisioning: '/etc/grafana/provisioning',
  grafanaDashboards: '/var/lib/grafana/dashboards/pigsty',
  nginxConfig: '/etc/nginx/conf.d/pigsty.conf',
  /** The portal's admin user (basic auth of Alertmanager's writes). */
  portalHtpasswd: '/etc/nginx/pigsty-admin.htpasswd',
  webRoot: '/var/www/pigsty',
  repoDir: '/var/www/pigsty/repo',
  portalRoot: '/var/www/pigsty-portal',
  dnsmasqConfig: '/etc/dnsmasq.d/pigsty.conf',
  consulConfig: '/etc/consul.d/pigsty.json',
  consulServices: '/etc/consul.d/services.json',
  /** The deployment CA's certificate and this node's TLS key and certificate (docs/architecture.md, decision 15). */
  tlsCa: '/etc/pki/pigsty/ca.crt',
  tlsCert: '/etc/pki/pigsty/node.crt',
  tlsKey: '/etc/pki/pigsty/node.key',
  /** etcd's root user (a client certificate with CN root), on the meta nodes only: the DCS step sets up etcd's users with it. */
  etcdRootCert: '/etc/pki/pigsty/etcd-root.crt',
  etcdRootKey: '/etc/pki/pigsty/etcd-root.key',
  stepsDir: '/usr/local/lib/pigsty',
  /**
   * The step scripts' contract with the renderers: every path, port and address they need, as
   * KEY=value lines. Beside the scripts, so lib.sh finds it without a path of its own.
   */
  stepsEnv: '/usr/local/lib/pigsty/steps.env',
  /** Uploads wait here (mode 0700, owned by the admin user) until a step installs them. */
  stageDir: '/var/lib/pigsty/stage',
  unitDir: '/etc/systemd/system',
} as const;

/** The group that may read the node's TLS key: etcd and postgres (Patroni, Postgres, pgbouncer) are in it. */
export const TLS_GROUP = 'pigsty-tls';

export const PG_SOCKET_DIR = '/var/run/postgresql';

export function pgBinDir(pgVersion: number): string {
  return `/usr/lib/postgresql/${pgVersion}/bin`;
}
