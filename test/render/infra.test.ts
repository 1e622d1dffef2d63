/**
 * What no Debian program can check here: Grafana's provisioning (Debian ships no Grafana) and
 * Consul's configuration (nor Consul), checked for the structure those programs require.
 */
import { parse } from 'yaml';
import { PATHS } from '../../lib/render/paths';
import { targetGroups } from '../../lib/render/prometheus';
import { fileOf, renderAllNodes, sandboxModel } from '../helpers/fixtures';

describe('Grafana provisioning', () => {
  const d = sandboxModel();
  const [meta] = renderAllNodes(d);

  it('provisions Prometheus (default) and the meta database, the password from the environment', () => {
    const { apiVersion, datasources } = parse(fileOf(meta, `${PATHS.grafanaProvisioning}/datasources/pigsty.yml`));
    expect(apiVersion).toBe(1);
    expect(datasources).toEqual([
      expect.objectContaining({ uid: 'prometheus', type: 'prometheus', url: 'http://127.0.0.1:9090', isDefault: true }),
      expect.objectContaining({
        uid: 'pg-meta',
        type: 'postgres',
        url: '127.0.0.1:5436',
        user: 'dbuser_monitor',
        secureJsonData: { password: '${PIGSTY_MONITOR_PASSWORD}' },
      }),
    ]);
    expect(fileOf(meta, PATHS.grafanaEnv)).toContain('PIGSTY_MONITOR_PASSWORD="DBUser.Monitor"');
  });

  it('keeps its own state in pg-meta, and every credential in the secret env file', () => {
    const ini = fileOf(meta, PATHS.grafanaIni);
    expect(ini).toMatch(/\[database\]\ntype = postgres\nhost = 127\.0\.0\.1:5436\nname = grafana\nuser = dbuser_grafana\n/);
    expect(ini).not.toMatch(/password\s*=/);
    const env = meta.files.find((f) => f.path === PATHS.grafanaEnv)!;
    expect(env.secret).toBe(true);
    expect(env.content).toContain('GF_SECURITY_ADMIN_PASSWORD="Pigsty.Grafana"');
    expect(env.content).toContain('GF_DATABASE_PASSWORD="DBUser.Grafana"');
  });

  it('loads every dashboard of assets/grafana into one folder', () => {
    const { providers } = parse(fileOf(meta, `${PATHS.grafanaProvisioning}/dashboards/pigsty.yml`));
    expect(providers).toEqual([expect.objectContaining({ type: 'file', folder: 'Pigsty', options: { path: PATHS.grafanaDashboards } })]);
    const dashboards = meta.bundleOnlyFiles.filter((f) => f.path.startsWith(PATHS.grafanaDashboards));
    expect(dashboards.length).toBeGreaterThanOrEqual(5);
    const uids = dashboards.map((f) => JSON.parse(f.content).uid);
    expect(new Set(uids).size).toBe(uids.length);
  });

  it('is left out entirely when Grafana is disabled', () => {
    const spec = sandboxModel({ metaNodes: [{ hostname: 'meta', ip: '10.10.10.10', infra: { grafana: { enabled: false } } }] });
    const [bare] = renderAllNodes(spec);
    expect([...bare.files, ...bare.staticFiles, ...bare.bundleOnlyFiles].filter((f) => /grafana/.test(f.path))).toEqual([]);
    expect(bare.units.start).not.toContain('grafana-server');
  });
});

describe('Consul', () => {
  const d = sandboxModel({ dcs: { kind: 'consul' } });
  const [meta, node1] = renderAllNodes(d);

  it('runs servers on the meta nodes and agents elsewhere, all joining the meta nodes', () => {
    const server = JSON.parse(fileOf(meta, PATHS.consulConfig));
    expect(server).toMatchObject({ server: true, bootstrap_expect: 1, retry_join: ['10.10.10.10'], bind_addr: '10.10.10.10', datacenter: 'sandbox' });
    const agent = JSON.parse(fileOf(node1, PATHS.consulConfig));
    expect(agent).toMatchObject({ server: false, retry_join: ['10.10.10.10'], bind_addr: '10.10.10.11' });
    expect(agent.bootstrap_expect).toBeUndefined();
  });

  it('registers every process that owns a port, with the identity labels Prometheus relabels from', () => {
    const { services } = JSON.parse(fileOf(node1, PATHS.consulServices));
    expect(services.map((s: { name: string; port: number }) => `${s.name}:${s.port}`).sort()).toEqual([
      'haproxy:9101',
      'node:9100',
      'patroni:8008',
      'pgbouncer:9631',
      'pgsql:9630',
    ]);
    expect(services.find((s: { name: string }) => s.name === 'pgsql').meta).toEqual({ cls: 'pg-test', ins: 'pg-test-1', ip: '10.10.10.11' });
    expect(services.every((s: { checks: { tcp: string }[] }) => s.checks[0].tcp.startsWith('10.10.10.11:'))).toBe(true);
  });

  it('makes Prometheus discover targets through consul_sd', () => {
    const config = parse(fileOf(meta, PATHS.prometheusConfig));
    const pgsql = config.scrape_configs.find((c: { job_name: string }) => c.job_name === 'pgsql');
    expect(pgsql.consul_sd_configs).toEqual([{ server: '127.0.0.1:8500', services: ['pgsql'] }]);
    expect(pgsql.relabel_configs).toContainEqual({ source_labels: ['__meta_consul_service_metadata_ins'], target_label: 'ins' });
    expect(targetGroups(d).some((g) => g.job === 'consul')).toBe(true);
  });

  it('installs consul from HashiCorp on every node and starts it without waiting for the quorum', () => {
    expect(node1.units.prepare.join('\n')).toContain('apt.releases.hashicorp.com');
    expect(node1.units.startNoBlock).toEqual(['consul']);
  });
});
