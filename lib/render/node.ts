/**
 * Everything one node gets: its files (with owner, mode and how a change is applied), its
 * packages and which units start in which order. Composes the component renderers.
 */
import type { ResolvedCluster, ResolvedDeployment, ResolvedInstance, ResolvedNode } from '../model';
import { renderChronyConfig } from './chrony';
import { renderEtcdConfig, renderEtcdDefault } from './etcd';
import { renderNodeExporterEnv, renderPgExporterEnv } from './exporters';
import { RenderedFile, renderedFile } from './file';
import { renderHaproxyConfig, renderHaproxyEnv } from './haproxy';
import { nodePackages } from './packages';
import { PATHS } from './paths';
import { renderPatroniConfig, renderPatroniDcsConfig, renderPatroniEnv } from './patroni';
import { renderPgHba } from './pg-hba';
import { renderPgbouncerHba, renderPgbouncerIni, renderPgbouncerUserlist } from './pgbouncer';
import { renderHosts, renderResolvConf } from './resolver';
import { renderPasswordsSql, renderRolesSql } from './sql';
import { renderStepsEnv } from './steps-env';
import { CHRONY_SHARED_CLOCK_DROP_IN, DropIn, PATRONI_DROP_IN, PGBOUNCER_DROP_IN, pgbouncerExporterUnit, VIP_MANAGER_DROP_IN } from './systemd';
import { renderConsulConfig, renderConsulServices } from './consul';
import { infraFiles, infraStaticFiles, NamedText } from './infra-files';
import { thirdPartyInstall } from './third-party';
import { header, lines } from './text';
import { renderVipManagerConfig } from './vip-manager';

export interface NodeServices {
  /** Units (re)started at first boot, in this order, after the files are in place. */
  readonly start: readonly string[];
  /** Units started without waiting for them (etcd blocks until its quorum forms). */
  readonly startNoBlock: readonly string[];
  /** Units enabled for later boots, but first started by a bootstrap step. */
  readonly enableOnly: readonly string[];
  /** Units of Debian packages that the platform replaces or does not use. */
  readonly disable: readonly string[];
  /** Shell commands run (as root, once) before the units start: third-party packages, package defaults to remove. */
  readonly prepare: readonly string[];
}

export interface NodeConfig {
  readonly node: ResolvedNode;
  /** Config files computed from the spec: each is managed on its own, so a plan shows each file's diff. */
  readonly files: readonly RenderedFile[];
  /** Files that are the same for every spec (systemd units, our exporter): written at first boot, kept current as one bundle. */
  readonly staticFiles: readonly RenderedFile[];
  /** Step scripts in /usr/local/lib/pigsty: part of the bundle, not of cloud-init (only steps use them). */
  readonly scripts: readonly RenderedFile[];
  readonly packages: readonly string[];
  readonly services: NodeServices;
}

/** A script shipped in assets/. */
export interface ScriptAsset {
  readonly name: string;
  readonly content: string;
}

export interface NodeRenderOptions {
  /** The bootstrap steps' scripts, installed in /usr/local/lib/pigsty on every node. */
  readonly scripts: readonly ScriptAsset[];
  /** Our pgbouncer exporter (assets/exporters/pgbouncer_exporter.py). */
  readonly pgbouncerExporter: string;
  /** Prometheus rule files (assets/prometheus/rules). */
  readonly ruleFiles: readonly NamedText[];
  /** Grafana dashboards (assets/grafana/dashboards). */
  readonly dashboards: readonly NamedText[];
  /** Resolvers of the platform, after the meta nodes (and dnsmasq's upstream unless configured). */
  readonly dnsServers: readonly string[];
  /** The node shares its clock with the host (containers): chrony keeps time without setting the clock. */
  readonly clockShared: boolean;
}

const PGBOUNCER_EXPORTER = 'pigsty-pgbouncer-exporter';
const script = (name: string): string => `${PATHS.stepsDir}/${name}`;
const restart = (unit: string): string => `systemctl restart ${unit}`;
const reload = (unit: string): string => `systemctl reload ${unit}`;

function dropInFile(dropIn: DropIn, then = ''): RenderedFile {
  return renderedFile(dropIn.path, dropIn.content, { apply: ['systemctl daemon-reload', then].filter(Boolean).join(' && ') });
}

export function instanceOf(d: ResolvedDeployment, node: ResolvedNode): { cluster: ResolvedCluster; instance: ResolvedInstance } | undefined {
  if (!node.instance) return undefined;
  const cluster = d.clusters.find((c) => c.name === node.instance!.cluster)!;
  return { cluster, instance: cluster.instances.find((i) => i.seq === node.instance!.seq)! };
}

function baseFiles(d: ResolvedDeployment, node: ResolvedNode, options: NodeRenderOptions): RenderedFile[] {
  return [
    renderedFile(PATHS.hosts, renderHosts(d, node)),
    renderedFile(PATHS.resolvConf, renderResolvConf(d, options.dnsServers)),
    renderedFile(PATHS.chronyConfig, renderChronyConfig(d, node, d.infra.ntp.upstream), { apply: restart('chrony') }),
    renderedFile(PATHS.nodeExporterEnv, renderNodeExporterEnv(d), { apply: restart('prometheus-node-exporter') }),
    renderedFile(PATHS.stepsEnv, renderStepsEnv(d, node)),
  ];
}

function metaFiles(d: ResolvedDeployment, node: ResolvedNode, options: NodeRenderOptions): RenderedFile[] {
  // etcd reads its config only when it starts; membership changes need etcdctl, not a restart.
  const etcd =
    d.dcs.kind === 'etcd' ? [renderedFile(PATHS.etcdConfig, renderEtcdConfig(d, node)), renderedFile(PATHS.etcdDefault, renderEtcdDefault())] : [];
  return [...etcd, ...infraFiles(d, node, options.dnsServers)];
}

/** With the consul DCS every node runs an agent (servers on the meta nodes) and registers its services. */
function consulFiles(d: ResolvedDeployment, node: ResolvedNode): RenderedFile[] {
  if (d.dcs.kind !== 'consul') return [];
  const apply = 'consul validate /etc/consul.d && consul reload';
  return [
    renderedFile(PATHS.consulConfig, renderConsulConfig(d, node), { owner: 'consul:consul', mode: '0640', apply }),
    renderedFile(PATHS.consulServices, renderConsulServices(d, node), { owner: 'consul:consul', mode: '0640', apply }),
  ];
}

/** The same on every database node of every deployment (given the ports). */
function databaseStaticFiles(d: ResolvedDeployment, cluster: ResolvedCluster, options: NodeRenderOptions): RenderedFile[] {
  return [
    renderedFile(PATHS.createClusterConf, lines(header(), '# Patroni creates and runs the cluster; Debian must not create 15/main.', 'create_main_cluster = false')),
    dropInFile(PATRONI_DROP_IN),
    dropInFile(PGBOUNCER_DROP_IN),
    renderedFile(script('pgbouncer_exporter.py'), options.pgbouncerExporter, { mode: '0755', apply: restart(PGBOUNCER_EXPORTER) }),
    dropInFile(pgbouncerExporterUnit(`0.0.0.0:${d.ports.pgbouncerExporter}`), restart(PGBOUNCER_EXPORTER)),
    ...(cluster.vip ? [dropInFile(VIP_MANAGER_DROP_IN, restart('vip-manager'))] : []),
  ];
}

function databaseFiles(d: ResolvedDeployment, cluster: ResolvedCluster, instance: ResolvedInstance): RenderedFile[] {
  const postgres = { owner: 'postgres:postgres' };
  const files = [
    renderedFile(PATHS.patroniConfig, renderPatroniConfig(d, cluster, instance), { ...postgres, mode: '0640', apply: script('patroni-reload.sh') }),
    renderedFile(PATHS.patroniDcsConfig, renderPatroniDcsConfig(cluster), { ...postgres, mode: '0640', apply: script('patroni-dcs.sh') }),
    renderedFile(PATHS.patroniEnv, renderPatroniEnv(d), { secret: true }),
    renderedFile(PATHS.pgHba, renderPgHba(cluster, instance), { ...postgres, mode: '0640', apply: script('pg-reload.sh') }),
    renderedFile(PATHS.pgRolesSql, renderRolesSql(cluster), { ...postgres, mode: '0640', apply: script('pg-users.sh') }),
    renderedFile(PATHS.pgPasswordsSql, renderPasswordsSql(cluster), { ...postgres, secret: true, apply: script('pg-users.sh') }),
    renderedFile(PATHS.pgbouncerIni, renderPgbouncerIni(d, cluster), { ...postgres, mode: '0640', apply: reload('pgbouncer') }),
    renderedFile(PATHS.pgbouncerHba, renderPgbouncerHba(d), { ...postgres, mode: '0640', apply: reload('pgbouncer') }),
    renderedFile(PATHS.pgbouncerUserlist, renderPgbouncerUserlist(cluster), { ...postgres, secret: true, apply: reload('pgbouncer') }),
    renderedFile(PATHS.haproxyConfig, renderHaproxyConfig(d, cluster), { apply: script('haproxy-reload.sh') }),
    renderedFile(PATHS.haproxyEnv, renderHaproxyEnv(d), { secret: true, apply: restart('haproxy') }),
    renderedFile(PATHS.pgExporterEnv, renderPgExporterEnv(d), { secret: true, apply: restart('prometheus-postgres-exporter') }),
  ];
  if (cluster.vip) files.push(renderedFile(PATHS.vipManagerConfig, renderVipManagerConfig(d, cluster, instance), { apply: restart('vip-manager') }));
  return files;
}

function nodeServices(d: ResolvedDeployment, node: ResolvedNode, member: ReturnType<typeof instanceOf>): NodeServices {
  const start = ['chrony', 'prometheus-node-exporter'];
  const startNoBlock: string[] = [];
  const enableOnly: string[] = [];
  const disable: string[] = [];
  const prepare: string[] = [];
  if (d.dcs.kind === 'consul') {
    prepare.push(...thirdPartyInstall('hashicorp', d.infra.consulAptSource, ['consul']));
    // A consul server waits for its quorum, like etcd.
    startNoBlock.push('consul');
  }
  if (node.isMeta) {
    if (d.dcs.kind === 'etcd') startNoBlock.push('etcd');
    // Debian's nginx site would claim the default server, which is the package repository.
    prepare.push('rm -f /etc/nginx/sites-enabled/default', `install -d -m 0755 ${PATHS.repoDir}`);
    if (d.infra.grafana.enabled) prepare.push(...thirdPartyInstall('grafana', d.infra.grafana.aptSource, ['grafana']));
    start.push('dnsmasq', 'nginx', 'prometheus', 'prometheus-alertmanager', ...(d.infra.grafana.enabled ? ['grafana-server'] : []));
  }
  if (member) {
    disable.push('postgresql');
    // The primary bootstraps the cluster at boot; replicas join later, in the replica step,
    // so that no replica can win the race to initialise the cluster.
    if (member.instance.role === 'primary') start.push('patroni');
    else enableOnly.push('patroni');
    start.push('pgbouncer', 'haproxy', ...(member.cluster.vip ? ['vip-manager'] : []), 'prometheus-postgres-exporter', PGBOUNCER_EXPORTER);
  }
  if (member && !member.cluster.vip) disable.push('vip-manager');
  return { start, startNoBlock, enableOnly, disable, prepare };
}

export function renderNode(d: ResolvedDeployment, node: ResolvedNode, options: NodeRenderOptions): NodeConfig {
  const member = instanceOf(d, node);
  return {
    node,
    files: [
      ...baseFiles(d, node, options),
      ...(node.isMeta ? metaFiles(d, node, options) : []),
      ...consulFiles(d, node),
      ...(member ? databaseFiles(d, member.cluster, member.instance) : []),
    ],
    staticFiles: [
      ...(options.clockShared ? [dropInFile(CHRONY_SHARED_CLOCK_DROP_IN, restart('chrony'))] : []),
      ...(node.isMeta ? infraStaticFiles(d, options.ruleFiles, options.dashboards) : []),
      ...(member ? databaseStaticFiles(d, member.cluster, options) : []),
    ],
    scripts: options.scripts.map((asset) => renderedFile(script(asset.name), asset.content, { mode: '0755' })),
    packages: nodePackages(d, node),
    services: nodeServices(d, node, member),
  };
}
