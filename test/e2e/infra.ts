/** Checks of the meta node's infrastructure in the local sandbox, for the end-to-end suite. */
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { buildModel, SandboxMetaCount, sandboxSpec } from '../../lib/model';
import { ASSETS_DIR } from '../../lib/private/assets';
import { targetGroups } from '../../lib/render/prometheus';
import { exposedNames, metricNames } from '../helpers/promql';
import { curl, NODES, ROOT } from './lab';

export const PROMETHEUS = `http://${NODES.meta}:9090`;
export const ALERTMANAGER = `http://${NODES.meta}:9093`;

/** What each Prometheus of the sandbox must scrape: job/ins/cls/ip of every target the model generates. */
export function expectedTargets(metaCount: SandboxMetaCount = 1): string[] {
  const d = buildModel(sandboxSpec(['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE2eExpected e2e'], metaCount));
  return targetGroups(d)
    .filter((g) => g.job !== 'grafana') // sandbox-local runs no Grafana
    .flatMap((g) => g.targets.map((t) => `${g.job}/${t.ins}/${g.cls}/${t.ip}`))
    .sort();
}

export async function activeTargets(prometheus = PROMETHEUS): Promise<{ labels: Record<string, string>; health: string; lastError: string }[]> {
  const { body } = await curl(`${prometheus}/api/v1/targets?state=active`);
  return JSON.parse(body).data.activeTargets;
}

export async function firingAlerts(alertmanager = ALERTMANAGER): Promise<{ labels: Record<string, string>; status: { state: string } }[]> {
  const { body } = await curl(`${alertmanager}/api/v2/alerts`);
  return JSON.parse(body);
}

/** Every exporter's output on a database node and on the meta node, as the dashboards see them. */
export async function scrapeAll(): Promise<Map<string, string>> {
  const sources: [string, string][] = [
    ['node_exporter', `http://${NODES['node-1']}:9100/metrics`],
    ['postgres_exporter.primary', `http://${NODES['node-1']}:9630/metrics`],
    ['postgres_exporter.replica', `http://${NODES['node-2']}:9630/metrics`],
    ['pgbouncer_exporter', `http://${NODES['node-1']}:9631/metrics`],
    ['patroni.primary', `http://${NODES['node-1']}:8008/metrics`],
    ['patroni.replica', `http://${NODES['node-2']}:8008/metrics`],
    ['haproxy', `http://${NODES['node-1']}:9101/metrics`],
    // With TLS etcd serves its metrics on a plain port of their own.
    ['etcd', `http://${NODES.meta}:2381/metrics`],
    ['prometheus', `${PROMETHEUS}/metrics`],
    ['alertmanager', `${ALERTMANAGER}/metrics`],
  ];
  const out = new Map<string, string>();
  for (const [name, url] of sources) {
    const { code, body } = await curl(url);
    if (code !== 200) throw new Error(`${url} answered ${code}`);
    out.set(name, body);
  }
  return out;
}

/** Metric names the dashboards and rules read that none of the captured outputs has. */
export function unknownMetricNames(captures: Map<string, string>): string[] {
  const exposed = new Set<string>();
  for (const text of captures.values()) for (const name of exposedNames(text)) exposed.add(name);
  const rules = parse(fs.readFileSync(path.join(ASSETS_DIR, 'prometheus', 'rules', 'pigsty.yml'), 'utf8')).groups.flatMap(
    (g: { rules: unknown[] }) => g.rules,
  ) as { record?: string; expr: string }[];
  const recorded = new Set(rules.filter((r) => r.record).map((r) => r.record!));
  const exprs: string[] = rules.map((r) => r.expr);
  const dashboards = path.join(ASSETS_DIR, 'grafana', 'dashboards');
  const collect = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'expr' && typeof x === 'string') exprs.push(x);
        else collect(x);
      }
    }
  };
  for (const file of fs.readdirSync(dashboards)) collect(JSON.parse(fs.readFileSync(path.join(dashboards, file), 'utf8')));
  const names = new Set(exprs.flatMap(metricNames));
  return [...names].filter((n) => !exposed.has(n) && !recorded.has(n) && !['up', 'ALERTS'].includes(n)).sort();
}

/** CAPTURE_METRICS=1 refreshes the fixtures the unit tests check the dashboards against. */
export function saveCaptures(captures: Map<string, string>): void {
  if (process.env.CAPTURE_METRICS !== '1') return;
  const dir = path.join(ROOT, 'test', 'fixtures', 'metrics');
  for (const [name, text] of captures) fs.writeFileSync(path.join(dir, `${name}.txt`), text);
}
