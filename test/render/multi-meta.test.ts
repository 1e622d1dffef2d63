/** Three meta nodes: one DCS quorum, and every infrastructure component as peers that nodes all use. */
import { parse } from 'yaml';
import { buildModel, sandboxSpec } from '../../lib/model';
import { PATHS } from '../../lib/render/paths';
import { fileOf, renderAllNodes, TEST_SSH_KEY } from '../helpers/fixtures';

const base = sandboxSpec([TEST_SSH_KEY]);
// The sandbox-local-3meta topology: meta-1..3 at .10/.14/.15, a pg-meta member on each.
const d = buildModel(sandboxSpec([TEST_SSH_KEY], 3));
const configs = renderAllNodes(d);
const [meta1, meta2] = configs;
const node1 = configs.find((c) => c.node.name === 'node-1')!;

describe('three meta nodes', () => {
  it('form one etcd cluster from a static initial cluster', () => {
    for (const meta of [meta1, meta2]) {
      const etcd = parse(fileOf(meta, PATHS.etcdConfig));
      expect(etcd['initial-cluster']).toBe('meta-1=https://10.10.10.10:2380,meta-2=https://10.10.10.14:2380,meta-3=https://10.10.10.15:2380');
      expect(etcd.name).toBe(meta.node.name);
      expect(etcd['initial-advertise-peer-urls']).toBe(`https://${meta.node.ip}:2380`);
    }
    expect(parse(fileOf(node1, PATHS.patroniConfig)).etcd.hosts).toEqual(['10.10.10.10:2379', '10.10.10.14:2379', '10.10.10.15:2379']);
  });

  it('cluster their Alertmanagers, and each Prometheus alerts all of them', () => {
    const args = fileOf(meta2, PATHS.alertmanagerDefault);
    expect(args).toContain('--cluster.listen-address=10.10.10.14:9094');
    expect(args).toContain('--cluster.peer=10.10.10.10:9094 --cluster.peer=10.10.10.15:9094');
    expect(args).not.toContain('--cluster.peer=10.10.10.14');
    const prometheus = parse(fileOf(meta1, PATHS.prometheusConfig));
    expect(prometheus.alerting.alertmanagers[0].static_configs[0].targets).toEqual(['10.10.10.10:9093', '10.10.10.14:9093', '10.10.10.15:9093']);
  });

  it('each scrape every node, and each serve the same names', () => {
    for (const meta of [meta1, meta2]) {
      expect(fileOf(meta, `${PATHS.prometheusTargets}/node.yml`)).toBe(fileOf(meta1, `${PATHS.prometheusTargets}/node.yml`));
      expect(fileOf(meta, PATHS.dnsmasqConfig)).toContain('host-record=p.pigsty,10.10.10.15');
    }
  });

  it('give every node all of them for DNS and time; the meta nodes peer for time', () => {
    expect(fileOf(node1, PATHS.resolvConf)).toContain('nameserver 10.10.10.10\nnameserver 10.10.10.14\nnameserver 10.10.10.15\n');
    expect(fileOf(node1, PATHS.chronyConfig)).toContain('server 10.10.10.10 iburst\nserver 10.10.10.14 iburst\nserver 10.10.10.15 iburst');
    expect(fileOf(meta2, PATHS.chronyConfig)).toContain('peer 10.10.10.10\npeer 10.10.10.15');
  });

  it('each hold a pg-meta member and route its services, which count once for port collisions', () => {
    expect(d.metaNodes.map((m) => `${m.name}/${m.ip}`)).toEqual(['meta-1/10.10.10.10', 'meta-2/10.10.10.14', 'meta-3/10.10.10.15']);
    const pgMeta = d.clusters.find((c) => c.name === 'pg-meta')!;
    expect(pgMeta.instances.map((i) => `${i.name}/${i.role}/${i.ip}`)).toEqual([
      'pg-meta-1/primary/10.10.10.10',
      'pg-meta-2/replica/10.10.10.14',
      'pg-meta-3/replica/10.10.10.15',
    ]);
    expect(fileOf(meta2, PATHS.haproxyConfig)).toMatch(/server pg-meta-3 10\.10\.10\.15:6432 /);
    const clash = sandboxSpec([TEST_SSH_KEY], 3);
    const [pgMetaSpec, pgTest] = clash.clusters;
    expect(() => buildModel({ ...clash, clusters: [{ ...pgMetaSpec, services: [{ name: 'extra', port: 9090, check: '/primary' }] }, pgTest] })).toThrow(
      /meta node service pg-meta-extra 9090 collides with prometheus.port on the meta nodes: give one of them another port.\n?$/,
    );
  });

  it('refuse to disagree on their infrastructure', () => {
    expect(() =>
      buildModel({
        ...base,
        metaNodes: [
          { hostname: 'meta-1', ip: '10.10.10.10', infra: { prometheus: { retention: '30d' } } },
          { hostname: 'meta-2', ip: '10.10.10.14' },
          { hostname: 'meta-3', ip: '10.10.10.15' },
        ],
      }),
    ).toThrow(/meta node "meta-2": its infrastructure options differ from meta node "meta-1"'s[^]*set the same infra options on every meta node/);
  });
});
