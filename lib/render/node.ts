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
import { renderPatroniConfig, renderPatroniEnv } from './patroni';
import { renderPgHba } from './pg-hba';
import { renderPgbouncerHba, renderPgbouncerIni, renderPgbouncerUserlist } from './pgbouncer';
import { renderHosts, renderResolvConf } from './resolver';
import { renderPasswordsSql, renderRolesSql } from './sql';
import { DropIn, PATRONI_DROP_IN, PGBOUNCER_DROP_IN, pgbouncerExporterUnit, VIP_MANAGER_DROP_IN } from './systemd';
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
  /** Upstream NTP servers of the meta nodes. */
  readonly ntpServers: readonly string[];
  /** Upstream DNS resolvers, after the meta nodes. */
  readonly dnsServers: readonly string[];
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
    renderedFile(PATHS.chronyConfig, renderChronyConfig(d, node, options.ntpServers), { apply: restart('chrony') }),
    renderedFile(PATHS.nodeExporterEnv, renderNodeExporterEnv(d), { apply: restart('prometheus-node-exporter') }),
  ];
}

function metaFiles(d: ResolvedDeployment, node: ResolvedNode): RenderedFile[] {
  if (d.dcs.kind !== 'etcd') return [];
  // etcd reads its config only when it starts; membership changes need etcdctl, not a restart.
  return [
    renderedFile(PATHS.etcdConfig, renderEtcdConfig(d, node)),
    renderedFile(PATHS.etcdDefault, renderEtcdDefault()),
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
  const enableOnly: string[] = [];
  const disable: string[] = [];
  if (member) {
    disable.push('postgresql');
    // The primary bootstraps the cluster at boot; replicas join later, in the replica step,
    // so that no replica can win the race to initialise the cluster.
    if (member.instance.role === 'primary') start.push('patroni');
    else enableOnly.push('patroni');
    start.push('pgbouncer', 'haproxy', ...(member.cluster.vip ? ['vip-manager'] : []), 'prometheus-postgres-exporter', PGBOUNCER_EXPORTER);
  }
  if (!member?.cluster.vip) disable.push('vip-manager');
  return {
    start,
    startNoBlock: node.isMeta && d.dcs.kind === 'etcd' ? ['etcd'] : [],
    enableOnly,
    disable: member ? disable : [],
  };
}

export function renderNode(d: ResolvedDeployment, node: ResolvedNode, options: NodeRenderOptions): NodeConfig {
  const member = instanceOf(d, node);
  return {
    node,
    files: [
      ...baseFiles(d, node, options),
      ...(node.isMeta ? metaFiles(d, node) : []),
      ...(member ? databaseFiles(d, member.cluster, member.instance) : []),
    ],
    staticFiles: member ? databaseStaticFiles(d, member.cluster, options) : [],
    scripts: options.scripts.map((asset) => renderedFile(script(asset.name), asset.content, { mode: '0755' })),
    packages: nodePackages(d, node),
    services: nodeServices(d, node, member),
  };
}
