import { buildModel, RTO_PRESETS, sandboxSpec } from '../../lib/model';
import { sandboxModel, TEST_SSH_KEY } from '../helpers/fixtures';

describe('resolved defaults', () => {
  const d = sandboxModel();
  const pgTest = d.clusters.find((c) => c.name === 'pg-test')!;
  const pgMeta = d.clusters.find((c) => c.name === 'pg-meta')!;

  it('places pg-meta on the meta node and pg-test on node-1..3', () => {
    expect(d.nodes.map((n) => [n.name, n.ip, n.isMeta, n.instance && `${n.instance.cluster}-${n.instance.seq}`])).toEqual([
      ['meta', '10.10.10.10', true, 'pg-meta-1'],
      ['node-1', '10.10.10.11', false, 'pg-test-1'],
      ['node-2', '10.10.10.12', false, 'pg-test-2'],
      ['node-3', '10.10.10.13', false, 'pg-test-3'],
    ]);
    expect(pgMeta.instances[0].size).toEqual({ cpus: 2, memoryMiB: 4096, diskGiB: 40 });
    expect(pgTest.instances[0].size).toEqual({ cpus: 1, memoryMiB: 2048, diskGiB: 20 });
  });

  it('uses the norm preset and the reference gateway, domain and ports', () => {
    expect(pgMeta.ha).toMatchObject({ preset: 'norm', ttl: 30, loopWait: 5, retryTimeout: 10, synchronousMode: false, maximumLagOnFailover: 1048576 });
    expect(d.network).toMatchObject({ gateway: '10.10.10.1', domain: 'pigsty', prefix: 24, interface: 'eth0' });
    expect(d.ports).toMatchObject({
      postgres: 5432,
      pgbouncer: 6432,
      patroni: 8008,
      haproxyAdmin: 9101,
      pgExporter: 9630,
      pgbouncerExporter: 9631,
      nodeExporter: 9100,
    });
  });

  it('keeps every preset within loop_wait + 2 * retry_timeout <= ttl', () => {
    for (const preset of Object.values(RTO_PRESETS)) expect(preset.loopWait + 2 * preset.retryTimeout).toBeLessThanOrEqual(preset.ttl);
  });

  it('puts every member in every default service, with the right backups', () => {
    const backups = Object.fromEntries(pgTest.services.map((s) => [s.shortName, s.members.filter((m) => m.backup).map((m) => m.instance.seq)]));
    expect(pgTest.services.map((s) => [s.shortName, s.port, s.destinationPort, s.check, s.members.length])).toEqual([
      ['primary', 5433, 6432, '/primary', 3],
      ['replica', 5434, 6432, '/read-only', 3],
      ['default', 5436, 5432, '/primary', 3],
      ['offline', 5438, 5432, '/replica', 3],
    ]);
    expect(backups).toEqual({ primary: [], replica: [1], default: [], offline: [1, 2] });
  });

  it('means synchronous replication by RPO 0', () => {
    const spec = sandboxSpec([TEST_SSH_KEY]);
    const sync = buildModel({ ...spec, rpo: 0, rto: { preset: 'fast' } });
    expect(sync.clusters[1].ha).toMatchObject({ synchronousMode: true, synchronousModeStrict: false, ttl: 20, loopWait: 5, retryTimeout: 5 });
  });

  it('sizes Postgres from the node: a quarter of memory for shared buffers', () => {
    expect(pgTest.instances[0].parameters).toMatchObject({ shared_buffers: '512MB', effective_cache_size: '1536MB' });
    expect(pgMeta.instances[0].parameters).toMatchObject({ shared_buffers: '1GB', effective_cache_size: '3GB' });
    expect(pgTest.dcsParameters.max_connections).toBe('100');
  });

  it('lets spec parameters win, in the DCS or locally as Patroni requires', () => {
    const spec = sandboxSpec([TEST_SSH_KEY]);
    const tuned = buildModel({ ...spec, clusters: [spec.clusters[0], { ...spec.clusters[1], parameters: { max_connections: '300', work_mem: '64MB' } }] });
    expect(tuned.clusters[1].dcsParameters.max_connections).toBe('300');
    expect(tuned.clusters[1].instances[2].parameters.work_mem).toBe('64MB');
    expect(tuned.clusters[1].instances[2].parameters.max_connections).toBeUndefined();
  });

  it('expands HBA address keywords', () => {
    expect(pgTest.hba.filter((r) => r.addressSpec === 'cluster').every((r) => r.address === '10.10.10.0/24')).toBe(true);
  });
});
