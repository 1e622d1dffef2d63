/**
 * Dashboards and rules read only metrics our exporters emit: every metric name in them must be in
 * the exporters' output captured from the local sandbox (test/fixtures/metrics, refreshed by the
 * end-to-end run), or be a recording rule of ours.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { ASSETS_DIR } from '../../lib/private/assets';
import { exposedNames, metricNames } from '../helpers/promql';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'metrics');
const captured = new Set<string>();
for (const file of fs.readdirSync(FIXTURES)) for (const name of exposedNames(fs.readFileSync(path.join(FIXTURES, file), 'utf8'))) captured.add(name);

const rulesText = fs.readFileSync(path.join(ASSETS_DIR, 'prometheus', 'rules', 'pigsty.yml'), 'utf8');
const rules: { record?: string; alert?: string; expr: string }[] = parse(rulesText).groups.flatMap((g: { rules: unknown[] }) => g.rules);
const recorded = new Set(rules.filter((r) => r.record).map((r) => r.record!));
const known = (name: string) => captured.has(name) || recorded.has(name) || ['up', 'ALERTS'].includes(name);

function exprsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(exprsOf);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) =>
      key === 'expr' && typeof v === 'string' ? [v] : key === 'query' && typeof v === 'string' && !v.includes('label_values') ? [v] : exprsOf(v),
    );
  }
  return [];
}

describe('metric names', () => {
  it('has a capture of every exporter', () => {
    for (const name of [
      'pg_up',
      'pgbouncer_up',
      'node_load1',
      'patroni_primary',
      'haproxy_process_nbthread',
      'etcd_server_has_leader',
      'pgbouncer_stat_total_xact_count',
    ]) {
      expect(captured).toContain(name);
    }
  });

  it.each(rules.map((r) => [r.record ?? r.alert!, r.expr]))('rule %s reads existing metrics', (_name, expr) => {
    expect(metricNames(expr).filter((n) => !known(n))).toEqual([]);
  });

  const dashboards = fs.readdirSync(path.join(ASSETS_DIR, 'grafana', 'dashboards')).filter((f) => f.endsWith('.json'));
  it.each(dashboards)('dashboard %s reads existing metrics', (file) => {
    const dashboard = JSON.parse(fs.readFileSync(path.join(ASSETS_DIR, 'grafana', 'dashboards', file), 'utf8'));
    const exprs = exprsOf(dashboard);
    expect(exprs.length).toBeGreaterThan(3);
    expect([...new Set(exprs.flatMap(metricNames))].filter((n) => !known(n))).toEqual([]);
  });

  it('extracts names and leaves out functions, labels and variables', () => {
    expect(
      metricNames('sum by (cls) (rate(pg_stat_database_xact_commit{cls="$cls"}[1m])) / on(ins) group_left pg_settings_max_connections > bool 0.8').sort(),
    ).toEqual(['pg_settings_max_connections', 'pg_stat_database_xact_commit']);
  });
});
