/**
 * The files one node gets, with owner, mode and how a change is applied: its config files (from
 * the spec), its static files (the same for every spec) and the step scripts. Composes the
 * component renderers.
 */
import type { ResolvedCluster, ResolvedDeployment, ResolvedInstance, ResolvedNode } from '../model';
import type { NodeAssets } from '../private/assets';
import { renderChronyConfig } from '../render/chrony';
import { renderConsulConfig, renderConsulServices } from '../render/consul';
import { renderEtcdConfig, renderEtcdDefault } from '../render/etcd';
import { renderNodeExporterEnv, renderPgExporterEnv } from '../render/exporters';
import { RenderedFile, renderedFile } from '../render/file';
import { renderHaproxyConfig, renderHaproxyEnv } from '../render/haproxy';
import { PATHS } from '../render/paths';
import { renderPatroniConfig, renderPatroniDcsConfig, renderPatroniEnv } from '../render/patroni';
import { renderPgHba } from '../render/pg-hba';
import { renderPgbouncerHba, renderPgbouncerIni, renderPgbouncerUserlist } from '../render/pgbouncer';
import { renderHosts, renderResolvConf } from '../render/resolver';
import { renderPasswordsSql, renderRolesSql } from '../render/sql';
import { renderStepsEnv } from '../render/steps-env';
import { CHRONY_SHARED_CLOCK_DROP_IN, DropIn, PATRONI_DROP_IN, PGBOUNCER_DROP_IN, pgbouncerExporterUnit, VIP_MANAGER_DROP_IN } from '../render/systemd';
import { header, lines } from '../render/text';
import { renderVipManagerConfig } from '../render/vip-manager';
import { reload, restart, stepScript } from './apply';
import { infraDashboardFiles, infraFiles, infraStaticFiles } from './infra-files';
import type { PlatformTraits } from './plan';
import { PGBOUNCER_EXPORTER_UNIT } from './units';

/** The cluster and instance a node runs, if any. */
export interface NodeMember {
  readonly cluster: ResolvedCluster;
  readonly instance: ResolvedInstance;
}

export function memberOn(d: ResolvedDeployment, node: ResolvedNode): NodeMember | undefined {
  if (!node.instance) return undefined;
  const cluster = d.clusters.find((c) => c.name === node.instance!.cluster)!;
  return { cluster, instance: cluster.instances.find((i) => i.seq === node.instance!.seq)! };
}

function dropInFile(dropIn: DropIn, then = ''): RenderedFile {
  return renderedFile(dropIn.path, dropIn.content, { apply: ['systemctl daemon-reload', then].filter(Boolean).join(' && ') });
}

function baseFiles(d: ResolvedDeployment, node: ResolvedNode, traits: PlatformTraits): RenderedFile[] {
  return [
    renderedFile(PATHS.hosts, renderHosts(d, node)),
    renderedFile(PATHS.resolvConf, renderResolvConf(d, traits.upstreamDns)),
    renderedFile(PATHS.chronyConfig, renderChronyConfig(d, node, d.infra.ntp.upstream), { apply: restart('chrony') }),
    renderedFile(PATHS.nodeExporterEnv, renderNodeExporterEnv(d), { apply: restart('prometheus-node-exporter') }),
  ];
}

function metaFiles(d: ResolvedDeployment, node: ResolvedNode, traits: PlatformTraits): RenderedFile[] {
  // etcd reads its config only when it starts; membership changes need etcdctl, not a restart.
  const etcd = d.dcs.kind === 'etcd' ? [renderedFile(PATHS.etcdConfig, renderEtcdConfig(d, node)), renderedFile(PATHS.etcdDefault, renderEtcdDefault())] : [];
  return [...etcd, ...infraFiles(d, node, traits.upstreamDns)];
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
function databaseStaticFiles(d: ResolvedDeployment, cluster: ResolvedCluster, assets: NodeAssets): RenderedFile[] {
  return [
    renderedFile(
      PATHS.createClusterConf,
      lines(header(), '# Patroni creates and runs the cluster; Debian must not create 15/main.', 'create_main_cluster = false'),
    ),
    dropInFile(PATRONI_DROP_IN),
    dropInFile(PGBOUNCER_DROP_IN),
    renderedFile(stepScript('pgbouncer_exporter.py'), assets.pgbouncerExporter, { mode: '0755', apply: restart(PGBOUNCER_EXPORTER_UNIT) }),
    dropInFile(pgbouncerExporterUnit(`0.0.0.0:${d.ports.pgbouncerExporter}`), restart(PGBOUNCER_EXPORTER_UNIT)),
    ...(cluster.vip ? [dropInFile(VIP_MANAGER_DROP_IN, restart('vip-manager'))] : []),
  ];
}

/** The database files every member of a cluster shares: rendered once per cluster. */
export interface SharedClusterFiles {
  readonly patroniDcsConfig: RenderedFile;
  readonly patroniEnv: RenderedFile;
  readonly rolesSql: RenderedFile;
  readonly passwordsSql: RenderedFile;
  readonly pgbouncerIni: RenderedFile;
  readonly pgbouncerHba: RenderedFile;
  readonly pgbouncerUserlist: RenderedFile;
  readonly haproxyConfig: RenderedFile;
  readonly haproxyEnv: RenderedFile;
  readonly pgExporterEnv: RenderedFile;
}

const POSTGRES_OWNED = { owner: 'postgres:postgres' };

export function sharedClusterFiles(d: ResolvedDeployment, cluster: ResolvedCluster): SharedClusterFiles {
  const postgres = POSTGRES_OWNED;
  return {
    patroniDcsConfig: renderedFile(PATHS.patroniDcsConfig, renderPatroniDcsConfig(cluster), { ...postgres, mode: '0640', apply: stepScript('patroni-dcs.sh') }),
    patroniEnv: renderedFile(PATHS.patroniEnv, renderPatroniEnv(d), { secret: true }),
    rolesSql: renderedFile(PATHS.pgRolesSql, renderRolesSql(cluster), { ...postgres, mode: '0640', apply: stepScript('pg-users.sh') }),
    passwordsSql: renderedFile(PATHS.pgPasswordsSql, renderPasswordsSql(cluster), { ...postgres, secret: true, apply: stepScript('pg-users.sh') }),
    pgbouncerIni: renderedFile(PATHS.pgbouncerIni, renderPgbouncerIni(d, cluster), { ...postgres, mode: '0640', apply: reload('pgbouncer') }),
    pgbouncerHba: renderedFile(PATHS.pgbouncerHba, renderPgbouncerHba(d), { ...postgres, mode: '0640', apply: reload('pgbouncer') }),
    pgbouncerUserlist: renderedFile(PATHS.pgbouncerUserlist, renderPgbouncerUserlist(cluster), { ...postgres, secret: true, apply: reload('pgbouncer') }),
    haproxyConfig: renderedFile(PATHS.haproxyConfig, renderHaproxyConfig(d, cluster), { apply: stepScript('haproxy-reload.sh') }),
    haproxyEnv: renderedFile(PATHS.haproxyEnv, renderHaproxyEnv(d), { secret: true, apply: restart('haproxy') }),
    pgExporterEnv: renderedFile(PATHS.pgExporterEnv, renderPgExporterEnv(d), { secret: true, apply: restart('prometheus-postgres-exporter') }),
  };
}

function databaseFiles(d: ResolvedDeployment, { cluster, instance }: NodeMember, shared: SharedClusterFiles): RenderedFile[] {
  const postgres = POSTGRES_OWNED;
  const files = [
    renderedFile(PATHS.patroniConfig, renderPatroniConfig(d, cluster, instance), { ...postgres, mode: '0640', apply: stepScript('patroni-reload.sh') }),
    shared.patroniDcsConfig,
    shared.patroniEnv,
    renderedFile(PATHS.pgHba, renderPgHba(cluster, instance), { ...postgres, mode: '0640', apply: stepScript('pg-reload.sh') }),
    shared.rolesSql,
    shared.passwordsSql,
    shared.pgbouncerIni,
    shared.pgbouncerHba,
    shared.pgbouncerUserlist,
    shared.haproxyConfig,
    shared.haproxyEnv,
    shared.pgExporterEnv,
  ];
  if (cluster.vip) files.push(renderedFile(PATHS.vipManagerConfig, renderVipManagerConfig(d, cluster, instance), { apply: restart('vip-manager') }));
  return files;
}

/** Config files: each is managed on its own, so a plan shows each file's diff. */
export function configFiles(
  d: ResolvedDeployment,
  node: ResolvedNode,
  traits: PlatformTraits,
  shared: (cluster: ResolvedCluster) => SharedClusterFiles,
): RenderedFile[] {
  const member = memberOn(d, node);
  return [
    ...baseFiles(d, node, traits),
    ...(node.isMeta ? metaFiles(d, node, traits) : []),
    ...consulFiles(d, node),
    ...(member ? databaseFiles(d, member, shared(member.cluster)) : []),
  ];
}

/** Static files: the same for every spec, kept current as one bundle with the scripts. */
export function staticFiles(d: ResolvedDeployment, node: ResolvedNode, traits: PlatformTraits, assets: NodeAssets): RenderedFile[] {
  const member = memberOn(d, node);
  return [
    ...(traits.sharesHostClock ? [dropInFile(CHRONY_SHARED_CLOCK_DROP_IN, restart('chrony'))] : []),
    ...(node.isMeta ? infraStaticFiles(assets.ruleFiles) : []),
    ...(member ? databaseStaticFiles(d, member.cluster, assets) : []),
  ];
}

/** Static files that nothing needs before the steps run: in the bundle only, not in cloud-init. */
export function bundleOnlyFiles(d: ResolvedDeployment, node: ResolvedNode, assets: NodeAssets): RenderedFile[] {
  return node.isMeta ? infraDashboardFiles(d, assets.dashboards) : [];
}

/** The node's steps.env, which its step scripts read. */
export function stepsEnvFile(d: ResolvedDeployment, node: ResolvedNode): RenderedFile {
  return renderedFile(PATHS.stepsEnv, renderStepsEnv(d, node));
}

/** The step scripts, on every node. */
export function stepScripts(assets: NodeAssets): RenderedFile[] {
  return assets.scripts.map((asset) => renderedFile(stepScript(asset.name), asset.content, { mode: '0755' }));
}
