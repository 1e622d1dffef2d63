/**
 * Prometheus on every meta node: file-based service discovery generated from the model (one
 * target file per job, identity labels cls/ins/ip), or consul_sd with the consul DCS; alert
 * rules from assets/prometheus/rules; alerts to every meta node's Alertmanager.
 */
import type { ResolvedDeployment, ResolvedNode } from '../model';
import { PATHS } from './paths';
import { envFile, header, toYaml } from './text';

export interface TargetGroup {
  readonly job: string;
  /** The cluster the targets belong to (`infra` for the meta nodes' own services). */
  readonly cls: string;
  readonly targets: readonly { readonly address: string; readonly ins: string; readonly ip: string }[];
}

/** Scrape jobs: what every node, instance and meta node exposes. */
export function targetGroups(d: ResolvedDeployment): TargetGroup[] {
  const groups: TargetGroup[] = [];
  const nodeCluster = (node: ResolvedNode) => node.instance?.cluster ?? 'infra';
  const byCluster = new Map<string, ResolvedNode[]>();
  for (const node of d.nodes) byCluster.set(nodeCluster(node), [...(byCluster.get(nodeCluster(node)) ?? []), node]);
  for (const [cls, nodes] of byCluster) {
    groups.push({ job: 'node', cls, targets: nodes.map((n) => ({ address: `${n.ip}:${d.ports.nodeExporter}`, ins: n.name, ip: n.ip })) });
  }
  for (const cluster of d.clusters) {
    const members = cluster.instances;
    const add = (job: string, port: number) =>
      groups.push({ job, cls: cluster.name, targets: members.map((i) => ({ address: `${i.ip}:${port}`, ins: i.name, ip: i.ip })) });
    add('pgsql', d.ports.pgExporter);
    add('pgbouncer', d.ports.pgbouncerExporter);
    add('patroni', d.ports.patroni);
    add('haproxy', d.ports.haproxyAdmin);
  }
  const infra = (job: string, port: number) =>
    groups.push({ job, cls: 'infra', targets: d.metaNodes.map((m) => ({ address: `${m.ip}:${port}`, ins: m.name, ip: m.ip })) });
  // With TLS, etcd serves metrics (only) on a plain port of their own.
  if (d.dcs.kind === 'etcd') infra('etcd', d.tls.enabled ? d.ports.etcdMetrics : d.ports.etcdClient);
  if (d.dcs.kind === 'consul') infra('consul', d.ports.consulHttp);
  infra('prometheus', d.infra.prometheus.port);
  infra('alertmanager', d.infra.alertmanager.port);
  if (d.infra.grafana.enabled) infra('grafana', d.infra.grafana.port);
  return groups;
}

export const SCRAPE_JOBS: readonly string[] = ['node', 'pgsql', 'pgbouncer', 'patroni', 'haproxy', 'etcd', 'consul', 'prometheus', 'alertmanager', 'grafana'];

const METRICS_PATH: Readonly<Record<string, string>> = { consul: '/v1/agent/metrics' };

/**
 * One file per job, not per job and cluster: a new cluster is added lines in a few files, where
 * a file per cluster cost a config-file instance (and user-data bytes) per cluster and job on
 * every meta node, the largest share of a fleet's plan (BENCHMARKS.md).
 */
export function targetsPath(job: string): string {
  return `${PATHS.prometheusTargets}/${job}.yml`;
}

/** A job's file_sd target file: the targets of its groups, in the model's order. */
export function renderTargets(groups: readonly TargetGroup[]): string {
  const entries = groups.flatMap((group) => group.targets.map((t) => ({ targets: [t.address], labels: { cls: group.cls, ins: t.ins, ip: t.ip } })));
  return `${header()}\n${toYaml(entries)}`;
}

/** The target groups by job, jobs in the order they first appear. */
export function targetGroupsByJob(d: ResolvedDeployment): ReadonlyMap<string, readonly TargetGroup[]> {
  const byJob = new Map<string, TargetGroup[]>();
  for (const group of targetGroups(d)) byJob.set(group.job, [...(byJob.get(group.job) ?? []), group]);
  return byJob;
}

function scrapeConfig(d: ResolvedDeployment, job: string): Record<string, unknown> {
  const common = { job_name: job, ...(METRICS_PATH[job] ? { metrics_path: METRICS_PATH[job], params: { format: ['prometheus'] } } : {}) };
  if (d.dcs.kind !== 'consul' || job === 'consul') {
    return { ...common, file_sd_configs: [{ files: [targetsPath(job)], refresh_interval: '30s' }] };
  }
  // With consul every process is registered as a service named after its job, with cls/ins/ip meta.
  return {
    ...common,
    consul_sd_configs: [{ server: `127.0.0.1:${d.ports.consulHttp}`, services: [job] }],
    relabel_configs: ['cls', 'ins', 'ip'].map((label) => ({ source_labels: [`__meta_consul_service_metadata_${label}`], target_label: label })),
  };
}

export function renderPrometheusConfig(d: ResolvedDeployment): string {
  const p = d.infra.prometheus;
  const jobs = [...targetGroupsByJob(d).keys()];
  const config = {
    global: {
      scrape_interval: p.scrapeInterval,
      scrape_timeout: p.scrapeTimeout,
      evaluation_interval: p.evaluationInterval,
      external_labels: { deployment: d.name },
    },
    alerting: { alertmanagers: [{ static_configs: [{ targets: d.metaNodes.map((m) => `${m.ip}:${d.infra.alertmanager.port}`) }] }] },
    rule_files: [`${PATHS.prometheusRules}/*.yml`],
    scrape_configs: jobs.map((job) => scrapeConfig(d, job)),
  };
  return `${header()}\n${toYaml(config)}`;
}

/** Debian's unit reads ARGS from /etc/default/prometheus. */
export function renderPrometheusDefault(d: ResolvedDeployment): string {
  const p = d.infra.prometheus;
  return envFile({
    ARGS: [
      `--config.file=${PATHS.prometheusConfig}`,
      '--storage.tsdb.path=/var/lib/prometheus/metrics2',
      `--storage.tsdb.retention.time=${p.retention}`,
      `--web.listen-address=:${p.port}`,
      `--web.external-url=http://p.${d.network.domain}/`,
      '--web.route-prefix=/',
    ].join(' '),
  });
}
