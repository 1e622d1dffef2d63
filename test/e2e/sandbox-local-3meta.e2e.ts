/**
 * End to end with three meta nodes (sandbox-local-3meta): one etcd quorum across meta-1..3,
 * pg-meta with a member on each, and every infrastructure component running as peers that
 * the database nodes all use. Then meta-1 fails hard, and the platform must carry on without
 * it: the DCS keeps its quorum, pg-test keeps its primary, pg-meta fails over with its VIP,
 * names still resolve and the surviving Prometheus alert the surviving Alertmanagers.
 */
import { StackRun } from './harness';
import { activeTargets, expectedTargets, firingAlerts } from './infra';
import {
  NODES,
  PG_TEST_VIP,
  pkiOf,
  Result,
  curl,
  cutOff,
  formedCluster,
  nodeCtl,
  patroniCluster,
  pgTestLeader,
  psql,
  psqlOk,
  run,
  sleep,
  ssh,
  waitFor,
} from './lab';

const lab = new StackRun('sandbox-local-3meta');
const check = lab.check.bind(lab);
const METAS = ['meta-1', 'meta-2', 'meta-3'];
const SURVIVORS = ['meta-2', 'meta-3'];
const PG_META_VIP = '10.10.10.2';
const META_USER = { user: 'dbuser_meta', password: 'DBUser.Meta', db: 'meta' };

function etcdctl(metas: readonly string[], ...args: string[]): Result {
  const endpoints = metas.map((meta) => `https://${NODES[meta]}:2379`).join(',');
  // As etcd's root user (TLS with client certificates).
  const pki = pkiOf('sandbox-local-3meta');
  const tls = [`--cacert=${pki.ca}`, `--cert=${pki.etcdRootCert}`, `--key=${pki.etcdRootKey}`];
  return run('etcdctl', [`--endpoints=${endpoints}`, ...tls, '--dial-timeout=2s', '--command-timeout=5s', ...args], { env: { ETCDCTL_API: '3' } });
}

/** The pg-meta member whose own Patroni answers /primary with 200 (it holds the leader lock). */
async function pgMetaLeader(metas: readonly string[]): Promise<string | undefined> {
  const answers = await Promise.all(metas.map(async (meta) => ({ meta, code: (await curl(`http://${NODES[meta]}:8008/primary`)).code })));
  const leaders = answers.filter((a) => a.code === 200);
  return leaders.length === 1 ? leaders[0].meta : undefined;
}

/** A name as one DNS server answers it to a database node: its resolver, pointed at that server alone. */
function resolveVia(node: string, server: string, name: string): string {
  const script = `f=$(mktemp) && echo "nameserver ${server}" >"$f" && mount --bind "$f" /etc/resolv.conf && getent hosts ${name}; rm -f "$f"`;
  const answer = ssh(node, `sudo unshare -m sh -c '${script}'`).stdout;
  return answer
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(/\s+/)[0])
    .sort()
    .join(',');
}

function vipHolder(nodes: readonly string[], vip: string): string | undefined {
  return nodes.find((node) => run('ip', ['-n', `pgl-sandbox-${node}`, '-4', '-o', 'addr', 'show', 'eth0']).stdout.includes(`${vip}/24`));
}

describe('sandbox-local-3meta', () => {
  it('deploys with cdktf deploy', () => lab.deploy());

  it('forms one etcd cluster of three healthy members', () =>
    check('etcd quorum', async () => {
      const members = etcdctl(METAS, 'member', 'list').stdout.trim().split('\n');
      expect(members.map((line) => line.split(', ').slice(1, 3).join(' ')).sort()).toEqual(['started meta-1', 'started meta-2', 'started meta-3']);
      const health = etcdctl(METAS, 'endpoint', 'health');
      expect(health.status).toBe(0);
      expect((health.stdout + health.stderr).match(/is healthy/g)).toHaveLength(3);
      return '3 members started, 3 endpoints healthy';
    }));

  it('forms pg-meta across the meta nodes: pg-meta-1 leads, two replicas stream', () =>
    check('pg-meta formation', async () => {
      const members = await formedCluster(NODES['meta-1'], 2, 120);
      expect(members.filter((m) => m.role !== 'leader').every((m) => typeof m.lag === 'number')).toBe(true);
      expect(members.filter((m) => m.role === 'leader').map((m) => m.name)).toEqual(['pg-meta-1']);
      expect(vipHolder(METAS, PG_META_VIP)).toBe('meta-1');
      return members.map((m) => `${m.name}:${m.role}`).join(' ') + `; VIP ${PG_META_VIP} on meta-1`;
    }));

  it('forms pg-test with one leader and two replicas', () =>
    check('pg-test formation', async () => {
      const members = await formedCluster(NODES['node-1'], 2);
      expect(members.filter((m) => m.role === 'leader').map((m) => m.name)).toEqual(['pg-test-1']);
      return members.map((m) => `${m.name}:${m.role}`).join(' ');
    }));

  it('scrapes every target from every meta node, all up with their labels', () =>
    check('prometheus targets', async () => {
      const expected = expectedTargets(3);
      for (const meta of METAS) {
        const targets = await waitFor(`every target up on ${meta}`, 90, async () => {
          const active = await activeTargets(`http://${NODES[meta]}:9090`);
          return active.length === expected.length && active.every((t) => t.health === 'up') ? active : undefined;
        });
        expect(targets.map((t) => `${t.labels.job}/${t.labels.ins}/${t.labels.cls}/${t.labels.ip}`).sort()).toEqual(expected);
      }
      return `${expected.length} targets up on each of meta-1..3`;
    }));

  it('clusters the three Alertmanagers', () =>
    check('alertmanager cluster', async () => {
      for (const meta of METAS) {
        const status = await waitFor(`${meta}'s Alertmanager with two peers`, 60, async () => {
          const { code, body } = await curl(`http://${NODES[meta]}:9093/api/v2/status`);
          const cluster = code === 200 ? JSON.parse(body).cluster : undefined;
          return cluster?.status === 'ready' && cluster.peers.length === 3 ? cluster : undefined;
        });
        expect(status.peers.map((p: { address: string }) => p.address.split(':')[0]).sort()).toEqual(METAS.map((m) => NODES[m]));
      }
      return 'each ready with 3 peers (gossip on 9094)';
    }));

  it("answers names from every meta node's dnsmasq, which every node uses", () =>
    check('dns', async () => {
      expect(ssh('node-1', "awk '/^nameserver/ {print $2}' /etc/resolv.conf | paste -sd,").stdout.trim()).toBe('10.10.10.10,10.10.10.14,10.10.10.15');
      for (const meta of METAS) {
        expect(resolveVia('node-1', NODES[meta], 'pg-test')).toBe(PG_TEST_VIP);
        expect(resolveVia('node-1', NODES[meta], 'pg-meta')).toBe(PG_META_VIP);
        expect(resolveVia('node-1', NODES[meta], 'pg-meta-3.pigsty')).toBe(NODES['meta-3']);
      }
      return 'node-1 lists meta-1..3; each answers pg-test, pg-meta, pg-meta-3.pigsty';
    }));

  it('keeps time with the meta nodes, which serve it', () =>
    check('ntp', async () => {
      const sources = ssh('node-1', 'chronyc -n sources').stdout;
      for (const meta of METAS) expect(sources).toContain(NODES[meta]);
      const tracking = await waitFor('chrony synchronised to a meta node', 120, async () => {
        const out = ssh('node-1', 'chronyc -n tracking').stdout;
        return /Reference ID\s+:.*\(10\.10\.10\.1[045]\)/.test(out) && /Leap status\s+:\s+Normal/.test(out) ? out : undefined;
      });
      return `node-1 has meta-1..3 as sources, follows ${/\((10\.10\.10\.\d+)\)/.exec(tracking)?.[1]}`;
    }));

  it('serves the portal and the repository from every meta node; nodes list every repository', () =>
    check('nginx and repository', async () => {
      for (const meta of METAS) {
        const ip = NODES[meta];
        expect((await curl(`http://${ip}/-/ready`, '-H', 'Host: p.pigsty')).code).toBe(200);
        expect((await curl(`http://${ip}/-/ready`, '-H', 'Host: a.pigsty')).code).toBe(200);
        expect((await curl(`http://${ip}/repo/Packages`)).body).toMatch(/^Package: patroni$/m);
      }
      expect(ssh('node-1', 'grep -v "^#" /etc/apt/sources.list | grep .').stdout.trim().split('\n')).toEqual(
        METAS.map((meta) => `deb [trusted=yes] http://${NODES[meta]}:80/repo ./`),
      );
      return 'p/a.pigsty and /repo on meta-1..3; node-1 installs from any of them';
    }));

  let cutAt = 0;

  it('keeps the DCS quorum when meta-1 fails: etcd on meta-2 and meta-3 takes writes', () =>
    check('meta-1 lost: etcd', async () => {
      cutAt = Date.now();
      cutOff('meta-1');
      await waitFor('etcd healthy on meta-2 and meta-3', 60, async () => (etcdctl(SURVIVORS, 'endpoint', 'health').status === 0 ? true : undefined));
      const put = etcdctl(SURVIVORS, 'put', '/e2e/meta-loss', 'written');
      expect(put.stdout.trim()).toBe('OK');
      expect(etcdctl(SURVIVORS, 'get', '--print-value-only', '/e2e/meta-loss').stdout.trim()).toBe('written');
      return 'meta-1 cut off and killed; 2 of 3 healthy, a put and a get work';
    }));

  it('fails pg-meta over to a surviving meta node, VIP included', () =>
    check('meta-1 lost: pg-meta', async () => {
      const leader = await waitFor('a pg-meta leader on meta-2 or meta-3', 120, () => pgMetaLeader(SURVIVORS));
      const holder = await waitFor(`${PG_META_VIP} on ${leader}`, 30, async () => (vipHolder(SURVIVORS, PG_META_VIP) === leader ? leader : undefined));
      const elected = (Date.now() - cutAt) / 1000;
      // HAProxy takes the new primary up after its rise checks: a client retries until then.
      const answer = await waitFor('pg-meta writable through the VIP', 30, async () => {
        const result = await psql(PG_META_VIP, 5433, "select current_setting('pigsty.instance'), pg_is_in_recovery()", META_USER);
        return result.status === 0 ? result.stdout.trim() : undefined;
      });
      expect(answer).toBe(`pg-meta-${leader.slice(-1)}|f`);
      return `${leader} leads ${elected.toFixed(1)} s after the cut, VIP on ${holder}, 5433 on the VIP writable after ${((Date.now() - cutAt) / 1000).toFixed(1)} s`;
    }));

  it('leaves pg-test alone: same primary past a whole ttl, taking writes', () =>
    check('meta-1 lost: pg-test', async () => {
      // Patroni renews its leader key through the surviving etcd members: no failover, ever.
      // The timings are the deployment's own (PIGSTY_RTO may have picked another preset).
      const { ttl, loop_wait: loopWait } = JSON.parse((await curl(`http://${NODES['node-1']}:8008/config`)).body);
      await sleep(cutAt + (ttl + 2 * loopWait) * 1000 - Date.now());
      const leader = await pgTestLeader();
      expect(leader.instance).toBe('pg-test-1');
      expect(await psqlOk(NODES['node-2'], 5433, "select current_setting('pigsty.instance'), pg_is_in_recovery()")).toBe('pg-test-1|f');
      return `pg-test-1 still primary ${((Date.now() - cutAt) / 1000).toFixed(0)} s after the cut (ttl ${ttl} s); 5433 writes`;
    }));

  it('still resolves names on the database nodes through the other meta nodes', () =>
    check('meta-1 lost: dns', async () => {
      const resolved = ssh('node-1', "getent hosts pg-meta | awk '{print $1}'").stdout.trim();
      expect(resolved).toBe(PG_META_VIP);
      return `node-1: pg-meta -> ${resolved} (meta-1, its first resolver, is down)`;
    }));

  it('alerts the surviving Alertmanagers that meta-1 is down', () =>
    check('meta-1 lost: alert', async () => {
      for (const meta of SURVIVORS) {
        await waitFor(`AgentDown for meta-1 on ${meta}'s Alertmanager`, 180, async () =>
          (await firingAlerts(`http://${NODES[meta]}:9093`)).find(
            (a) => a.labels.alertname === 'AgentDown' && a.labels.ins === 'meta-1' && a.labels.job === 'node' && a.status.state === 'active',
          ),
        );
      }
      return 'AgentDown meta-1 (job node) active on meta-2 and meta-3';
    }));

  it('takes meta-1 back: etcd member healthy, pg-meta-1 streams as a replica', () =>
    check('meta-1 rejoins', async () => {
      nodeCtl('start', 'meta-1');
      await waitFor('3 healthy etcd endpoints', 180, async () => (etcdctl(METAS, 'endpoint', 'health').status === 0 ? true : undefined));
      const member = await waitFor('pg-meta-1 streaming again', 300, async () => {
        const leader = await pgMetaLeader(SURVIVORS);
        if (!leader) return undefined;
        const { members } = await patroniCluster(NODES[leader]);
        const self = members.find((m) => m.name === 'pg-meta-1');
        const timeline = members.find((m) => m.role === 'leader')?.timeline;
        return self && self.role !== 'leader' && self.state === 'running' && self.timeline === timeline ? self : undefined;
      });
      return `etcd 3 of 3 healthy; pg-meta-1 ${member.role} on timeline ${member.timeline}`;
    }));

  it('changes nothing on a second apply', () => lab.idempotence());

  it('destroys everything it created with cdktf destroy', () => lab.destroy());
});
