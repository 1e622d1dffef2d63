/**
 * End to end: deploys sandbox-local with real Terraform (cdktf deploy), checks it with real
 * clients, fails the primary over, and destroys it. Needs root, systemd-nspawn, debootstrap and
 * the Terraform CLI. Cleans up also when a check fails. Prints a summary table.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { StackRun } from './harness';
import {
  DBA,
  INSTANCE_NODE,
  NODES,
  PG_BIN,
  PKI,
  PKI_DIR,
  Result,
  TEST_USER,
  PG_TEST_VIP,
  STACK,
  TEST_NODES,
  curl,
  failover,
  formedCluster,
  lostWrites,
  patroniCluster,
  pgTestLeader,
  psql,
  psqlOk,
  rejoin,
  run,
  ssh,
  terraform,
  waitFor,
} from './lab';
import { activeTargets, expectedTargets, firingAlerts, saveCaptures, scrapeAll, unknownMetricNames } from './infra';

const lab = new StackRun(STACK);
const check = lab.check.bind(lab);

describe('sandbox-local', () => {
  it('deploys with cdktf deploy (rootfs build included)', () => lab.deploy());

  it('forms pg-meta with one leader', () =>
    check('pg-meta formation', async () => {
      const { members } = await patroniCluster(NODES.meta);
      expect(members.map((m) => [m.name, m.role, m.state])).toEqual([['pg-meta-1', 'leader', 'running']]);
      return 'pg-meta-1 leader';
    }));

  it('forms pg-test with one leader and two streaming replicas, lag reported', () =>
    check('pg-test formation', async () => {
      const members = await formedCluster(NODES['node-1'], 2);
      expect(members.filter((m) => m.role === 'leader').map((m) => m.name)).toEqual(['pg-test-1']);
      expect(members.filter((m) => m.role !== 'leader').every((m) => typeof m.lag === 'number')).toBe(true);
      // Patroni names the synchronous standby on its next loop once both replicas stream.
      const rows = await waitFor('a synchronous standby', 60, async () => {
        const replication = await psqlOk(NODES['node-1'], 5436, 'select application_name, state, sync_state from pg_stat_replication order by 1', DBA);
        return replication.includes('|sync') ? replication.split('\n') : undefined;
      });
      expect(rows).toHaveLength(2);
      for (const row of rows) expect(row).toMatch(/^pg-test-[23]\|streaming\|(sync|async|potential|quorum)$/);
      expect(rows.filter((row) => row.endsWith('|sync'))).toHaveLength(1); // RPO 0: one synchronous standby
      return members.map((m) => `${m.name}:${m.role}${m.lag !== undefined ? `(lag ${m.lag})` : ''}`).join(' ');
    }));

  it('routes the services from every node', () =>
    check('service routing', async () => {
      await psqlOk(NODES['node-1'], 5433, 'create table if not exists e2e_routing (node text, at timestamptz default now())');
      for (const node of TEST_NODES) {
        const ip = NODES[node];
        expect(
          await psqlOk(ip, 5433, `insert into e2e_routing (node) values ('${node}') returning current_setting('pigsty.instance'), pg_is_in_recovery()`),
        ).toBe('pg-test-1|f');
        expect(await psqlOk(ip, 5436, 'select inet_server_addr(), pg_is_in_recovery()')).toBe('10.10.10.11|f');
        expect(await psqlOk(ip, 5438, 'select inet_server_addr(), pg_is_in_recovery()')).toBe('10.10.10.13|t');
        const seen = new Set<string>();
        for (let i = 0; i < 12; i++) seen.add(await psqlOk(ip, 5434, "select current_setting('pigsty.instance'), pg_is_in_recovery()"));
        expect([...seen].sort()).toEqual(['pg-test-2|t', 'pg-test-3|t']);
      }
      return '5433 primary (writes), 5434 both replicas round-robin, 5436 primary direct, 5438 offline replica';
    }));

  it('falls back to a replica for the offline service', () =>
    check('offline fallback', async () => {
      ssh('node-3', 'sudo systemctl stop patroni');
      try {
        const fallback = await waitFor('5438 on another replica', 60, async () => {
          const result = await psql(NODES['node-1'], 5438, 'select inet_server_addr(), pg_is_in_recovery()');
          return result.status === 0 && result.stdout.trim() === '10.10.10.12|t' ? result.stdout.trim() : undefined;
        });
        return `node-3 down: 5438 -> ${fallback}`;
      } finally {
        ssh('node-3', 'sudo systemctl start patroni');
        await waitFor('node-3 back in 5438', 120, async () => {
          const result = await psql(NODES['node-1'], 5438, 'select inet_server_addr()');
          return result.status === 0 && result.stdout.trim() === '10.10.10.13' ? true : undefined;
        });
      }
    }));

  it('pools 500 concurrent clients through 5433 on a max_connections far below that', () =>
    check('pooling', async () => {
      const maxConnections = Number(await psqlOk(NODES['node-1'], 5436, 'show max_connections', DBA));
      const script = path.join(os.tmpdir(), 'pigsty-e2e-pgbench.sql');
      fs.writeFileSync(script, 'select pg_sleep(0.02);\n');
      const bench = run(
        `${PG_BIN}/pgbench`,
        ['-n', '-c', '500', '-j', '4', '-T', '10', '-f', script, '-h', NODES['node-2'], '-p', '5433', '-U', 'dbuser_test', 'test'],
        {
          env: { PGPASSWORD: 'DBUser.Test' },
          timeoutMs: 120_000,
        },
      );
      expect(bench.stderr).not.toMatch(/error|FATAL/i);
      expect(bench.status).toBe(0);
      expect(bench.stdout).toContain('number of clients: 500');
      expect(bench.stdout).toMatch(/number of failed transactions: 0 /);
      const tps = Math.round(Number(/tps = ([\d.]+)/.exec(bench.stdout)?.[1]));
      const servers = Number(await psqlOk(NODES['node-1'], 5436, "select count(*) from pg_stat_activity where usename = 'dbuser_test'", DBA));
      expect(maxConnections).toBeLessThan(500);
      return `500 clients, max_connections ${maxConnections}, ${servers} server connections left, ${tps} tps`;
    }));

  it('answers on the monitoring endpoints', () =>
    check('monitoring endpoints', async () => {
      for (const node of ['meta', ...TEST_NODES]) {
        const ip = NODES[node];
        expect((await curl(`http://${ip}:9101/`)).code).toBe(401);
        expect((await curl(`http://${ip}:9101/`, '-u', 'admin:Pigsty.HAProxy')).code).toBe(200);
        expect((await curl(`http://${ip}:9101/metrics`)).body).toMatch(/^haproxy_process_/m);
        expect((await curl(`http://${ip}:8008/health`)).code).toBe(200);
        expect((await curl(`http://${ip}:9630/metrics`)).body).toMatch(/^pg_up 1$/m);
        expect((await curl(`http://${ip}:9631/metrics`)).body).toMatch(/^pgbouncer_up 1$/m);
        expect((await curl(`http://${ip}:9100/metrics`)).body).toMatch(/^node_load1 /m);
      }
      return 'haproxy 9101 (+/metrics), patroni 8008, pg 9630, pgbouncer 9631, node 9100 on 4 nodes';
    }));

  it('binds the pg-test VIP on the primary node', () =>
    check('vip', async () => {
      const bound = run('ip', ['-n', 'pgl-sandbox-node-1', '-4', '-o', 'addr', 'show', 'eth0']).stdout;
      expect(bound).toContain(`${PG_TEST_VIP}/24`);
      expect(await psqlOk(PG_TEST_VIP, 5433, "select current_setting('pigsty.instance')")).toBe('pg-test-1');
      return `${PG_TEST_VIP} on node-1`;
    }));

  it('serves Postgres over TLS with the deployment CA (verify-full) and keeps etcd to its users', () =>
    check('tls and etcd auth', async () => {
      /** psql with sslmode=verify-full: the name checked against the certificate, the address connected to. */
      const verifyFull = (name: string, address: string, port: number, sql: string, login = TEST_USER): Result =>
        run(
          'psql',
          [
            '-XAtc',
            sql,
            `host=${name} hostaddr=${address} port=${port} user=${login.user} dbname=${login.db} sslmode=verify-full sslrootcert=${PKI.ca} connect_timeout=3`,
          ],
          {
            env: { PGPASSWORD: login.password },
          },
        );
      // The services (HAProxy forwards to any member) answer with the cluster's names and VIP, which
      // every member's certificate holds; a node's own name and address hold on its own ports.
      const through: string[] = [];
      const serviceTargets = [
        ['pg-test', PG_TEST_VIP],
        ['pg-test.pigsty', PG_TEST_VIP],
        [PG_TEST_VIP, PG_TEST_VIP],
        ...TEST_NODES.map((node) => ['pg-test', NODES[node]]),
      ];
      for (const [name, address] of serviceTargets) {
        for (const port of [5433, 5434]) {
          const result = verifyFull(name, address, port, 'select 1');
          if (result.status !== 0) throw new Error(`verify-full ${name} (${address}):${port} failed: ${result.stderr.trim()}`);
          through.push(`${name}@${address}:${port}`);
        }
      }
      expect(verifyFull('pg-test-1', NODES['node-1'], 5436, 'select ssl from pg_stat_ssl where pid = pg_backend_pid()', DBA).stdout.trim()).toBe('t');
      for (const node of TEST_NODES) {
        for (const name of [node, NODES[node]]) expect(verifyFull(name, NODES[node], 5432, 'select 1').status).toBe(0);
      }
      expect(verifyFull('pg-meta', NODES['node-1'], 5436, 'select 1', DBA).stderr).toMatch(/does not match host name/);
      // etcd: no client certificate, no TLS handshake; plain HTTP gets nothing.
      const meta = NODES.meta;
      expect((await curl(`https://${meta}:2379/v2/keys/pg/`, '--cacert', PKI.ca)).code).toBe(0);
      expect((await curl(`http://${meta}:2379/v2/keys/pg/`)).code).not.toBe(200);
      expect(
        run('etcdctl', [`--endpoints=https://${meta}:2379`, `--cacert=${PKI.ca}`, '--dial-timeout=2s', 'get', '--prefix', '/'], { env: { ETCDCTL_API: '3' } })
          .status,
      ).not.toBe(0);
      // pg-meta's etcd user (the meta node's certificate) reads its own cluster's keys, not pg-test's.
      const asMeta = (key: string): Result =>
        run(
          'etcdctl',
          [
            `--endpoints=https://${meta}:2379`,
            `--ca-file=${PKI.ca}`,
            `--cert-file=${PKI_DIR}/nodes/meta.crt`,
            `--key-file=${PKI_DIR}/nodes/meta.key`,
            'get',
            key,
          ],
          {
            env: { ETCDCTL_API: '2' },
          },
        );
      expect(asMeta('/pg/pg-meta/leader').stdout.trim()).toBe('pg-meta-1');
      const refused = asMeta('/pg/pg-test/leader');
      expect(refused.status).not.toBe(0);
      expect(refused.stderr).toMatch(/110: The request requires user authentication/);
      // The portal over https, verified with the deployment CA.
      const portal = await curl('https://p.pigsty/-/ready', '--cacert', PKI.ca, '--resolve', `p.pigsty:443:${meta}`);
      expect(portal.code).toBe(200);
      return `verify-full via ${through.join(' ')}; etcd refuses no cert, plain http, and pg-meta's user on pg-test; nginx 443 verified`;
    }));

  it('scrapes every exporter of every node with its cls/ins/ip labels, all up', () =>
    check('prometheus targets', async () => {
      const expected = expectedTargets();
      const targets = await waitFor('every target up', 90, async () => {
        const active = await activeTargets();
        return active.length === expected.length && active.every((t) => t.health === 'up') ? active : undefined;
      });
      expect(targets.map((t) => `${t.labels.job}/${t.labels.ins}/${t.labels.cls}/${t.labels.ip}`).sort()).toEqual(expected);
      return `${targets.length} targets up (${[...new Set(targets.map((t) => t.labels.job))].join(', ')})`;
    }));

  it('routes a firing alert to Alertmanager when an exporter stops', () =>
    check('alerting', async () => {
      ssh('node-2', 'sudo systemctl stop prometheus-node-exporter');
      try {
        const alert = await waitFor('AgentDown for node-2 in Alertmanager', 180, async () =>
          (await firingAlerts()).find((a) => a.labels.alertname === 'AgentDown' && a.labels.ins === 'node-2' && a.status.state === 'active'),
        );
        return `${alert.labels.alertname} ${alert.labels.severity} for ${alert.labels.cls}/${alert.labels.ins} (job ${alert.labels.job})`;
      } finally {
        ssh('node-2', 'sudo systemctl start prometheus-node-exporter');
      }
    }));

  it("resolves names through the meta node's dnsmasq from a database node", () =>
    check('dns', async () => {
      const resolve = (name: string) => ssh('node-1', `getent hosts ${name} | awk '{print $1}' | sort | paste -sd,`).stdout.trim();
      expect(ssh('node-1', "awk '/^nameserver/ {print $2; exit}' /etc/resolv.conf").stdout.trim()).toBe(NODES.meta);
      expect(resolve('pg-test')).toBe(PG_TEST_VIP);
      expect(resolve('pg-meta-1.pigsty')).toBe(NODES.meta);
      expect(resolve('node-3')).toBe(NODES['node-3']);
      expect(resolve('p.pigsty')).toBe(NODES.meta);
      return 'pg-test -> VIP, pg-meta-1.pigsty, node-3, p.pigsty';
    }));

  it('keeps time with the meta node', () =>
    check('ntp', async () => {
      const tracking = await waitFor('chrony synchronised to meta', 120, async () => {
        const out = ssh('node-1', 'chronyc -n tracking').stdout;
        return /Reference ID\s+:.*\(10\.10\.10\.10\)/.test(out) && /Leap status\s+:\s+Normal/.test(out) ? out : undefined;
      });
      const stratum = /Stratum\s+:\s+(\d+)/.exec(tracking)?.[1];
      return `node-1 follows 10.10.10.10 (stratum ${stratum})`;
    }));

  it("answers on the portal's virtual hosts and serves the repository", () =>
    check('nginx', async () => {
      const host = (name: string, urlPath = '/') => curl(`http://${NODES.meta}${urlPath}`, '-H', `Host: ${name}`);
      expect((await host('p.pigsty', '/-/ready')).code).toBe(200);
      expect((await host('a.pigsty', '/-/ready')).code).toBe(200);
      expect((await host('h.pigsty')).body).toContain('href="/node-1/"');
      expect((await curl(`http://${NODES.meta}/node-2/`, '-H', 'Host: h.pigsty', '-u', 'admin:Pigsty.HAProxy')).code).toBe(200);
      expect((await host('n.pigsty')).body).toContain('10.10.10.10');
      expect((await curl(`http://${NODES.meta}/repo/Packages`)).body).toMatch(/^Package: postgresql-15$/m);
      return 'p/a/h/n.pigsty answer; the default server is the package repository';
    }));

  it('guards the control endpoints: Alertmanager writes, Grafana, dnsmasq and Patroni from outside', () =>
    check('control endpoints', async () => {
      const am = `http://${NODES.meta}:9093`;
      const silence = JSON.stringify({
        matchers: [{ name: 'alertname', value: 'E2eSilence', isRegex: false }],
        startsAt: new Date().toISOString(),
        endsAt: new Date(Date.now() + 60_000).toISOString(),
        createdBy: 'e2e',
        comment: 'e2e',
      });
      const post = (url: string, body: string, ...args: string[]) => curl(url, '-X', 'POST', '-H', 'Content-Type: application/json', '-d', body, ...args);
      // The host (10.10.10.1) is no meta node: reads yes, alerts and unauthenticated silences no.
      expect((await curl(`${am}/api/v2/status`)).code).toBe(200);
      expect((await post(`${am}/api/v2/silences`, silence)).code).toBe(401);
      expect((await post(`${am}/api/v2/alerts`, '[{"labels":{"alertname":"E2e"}}]')).code).toBe(403);
      const created = await post(`${am}/api/v2/silences`, silence, '-u', 'admin:Pigsty.Grafana');
      expect(created.code).toBe(200);
      const id = JSON.parse(created.body).silenceID as string;
      expect((await curl(`${am}/api/v2/silence/${id}`, '-X', 'DELETE', '-u', 'admin:Pigsty.Grafana')).code).toBe(200);
      // Alertmanager itself listens on loopback only; Grafana (none in this sandbox) would too.
      expect(ssh('meta', "ss -Hltn 'sport = :9093' | awk '{print $4}' | sort | paste -sd,").stdout.trim()).toBe(`${NODES.meta}:9093,127.0.0.1:9093`);
      expect((await curl(`http://${NODES.meta}:3000/`)).code).toBe(0);
      expect(ssh('meta', "ss -Hlun 'sport = :53' | awk '{print $4}' | sort | paste -sd,").stdout.trim()).toBe(`${NODES.meta}:53,127.0.0.1:53`);
      // Patroni: an unsafe call from outside refused, with or without credentials; patronictl on a member works.
      expect((await curl(`http://${NODES['node-1']}:8008/reload`, '-X', 'POST')).code).toBe(403);
      expect((await curl(`http://${NODES['node-1']}:8008/reload`, '-X', 'POST', '-u', 'patroni:Pigsty.Patroni')).code).toBe(403);
      expect(ssh('node-2', 'sudo /usr/local/lib/pigsty/patronictl.sh reload pg-test --force').stdout).toContain('Reload request received');
      return 'silence 401 without auth, 200 with; alerts 403 from outside; :9093 nginx + loopback; :3000 closed; dnsmasq on its address; patroni unsafe 403 from outside, patronictl ok';
    }));

  it('installed the database nodes from the meta repository, with no other source', () =>
    check('offline packages', async () => {
      for (const node of TEST_NODES) {
        expect(ssh(node, 'grep -v "^#" /etc/apt/sources.list | grep .').stdout.trim()).toBe('deb [trusted=yes] http://10.10.10.10:80/repo ./');
        expect(ssh(node, 'ls /etc/apt/sources.list.d | wc -l').stdout.trim()).toBe('0');
        expect(ssh(node, 'grep -c "Commandline: .*install.*postgresql-15" /var/log/apt/history.log').stdout.trim()).toBe('1');
      }
      const policy = ssh('node-1', 'apt-cache policy patroni').stdout;
      expect(policy).toContain('http://10.10.10.10:80/repo ./ Packages');
      return 'node-1..3: sources.list = the meta repository only; the stack installed from it at first boot';
    }));

  it('has dashboards and rules that read only metrics the exporters emit', () =>
    check('dashboard metrics', async () => {
      const captures = await scrapeAll();
      saveCaptures(captures);
      expect(unknownMetricNames(captures)).toEqual([]);
      return `checked against ${captures.size} captured exporters`;
    }));

  let acknowledged: readonly number[] = [];
  let cutNode = '';

  it('fails over when the primary is cut off and killed: writes resume on 5433, reads never stop on 5434, the VIP moves', () =>
    check('failover', async () => {
      cutNode = (await pgTestLeader()).node;
      const result = await failover();
      acknowledged = result.acknowledged;
      expect(['pg-test-1', 'pg-test-2', 'pg-test-3']).toContain(result.newLeader);
      expect(INSTANCE_NODE[result.newLeader]).not.toBe(cutNode);
      expect(result.vipNode).toBe(INSTANCE_NODE[result.newLeader]);
      expect(result.readErrors).toEqual([]);
      return `RTO ${result.rto.toFixed(1)} s (cut to first write), new primary ${result.newLeader}, VIP on ${result.vipNode}, ${result.reads} reads on 5434 after the cut, ${result.failedReads} failed`;
    }));

  it('loses no acknowledged write (RPO 0, synchronous mode)', () =>
    check('no lost writes', async () => {
      const lost = await lostWrites(acknowledged);
      expect(acknowledged.length).toBeGreaterThan(10);
      expect(lost).toEqual([]);
      return `${acknowledged.length} acknowledged, 0 lost`;
    }));

  it('rejoins the old primary as a replica (pg_rewind)', () =>
    check('rejoin', async () => {
      const member = await rejoin(cutNode);
      expect(await psqlOk(NODES[cutNode], 5432, 'select pg_is_in_recovery()', DBA)).toBe('t');
      return `${cutNode} ${member.role} on timeline ${member.timeline}; ${member.rewind || 'no rewind needed'}`;
    }));

  it('puts back a config file changed on a node when its one instance is replaced, and applies it', () =>
    check('config file apply', async () => {
      const file = '/etc/pgbouncer/pgbouncer.ini';
      const drift = '# changed by hand on the node';
      expect(ssh('node-1', `echo '${drift}' | sudo -n tee -a ${file} >/dev/null`).status).toBe(0);
      const address = terraform(STACK, 'state', 'list')
        .stdout.split('\n')
        .find((a) => /_pg-test_pg-test-1_files_run_[0-9A-F]+\["\/etc\/pgbouncer\/pgbouncer\.ini"\]$/.test(a));
      expect(address).toBeDefined();
      const apply = terraform(STACK, 'apply', '-auto-approve', '-input=false', '-no-color', `-replace=${address}`);
      expect(apply.stdout).toContain('Apply complete! Resources: 1 added, 0 changed, 1 destroyed.');
      expect(apply.stdout).toContain(`updated: ${file}`);
      expect(apply.stdout).toContain('applying: systemctl reload pgbouncer');
      expect(ssh('node-1', `sudo -n cat ${file}`).stdout).not.toContain(drift);
      expect(await psqlOk(NODES['node-1'], 6432, 'select 1')).toBe('1');
      return `${address!.replace(/^.*_files_run_[0-9A-F]+/, 'files')} on node-1: 1 instance replaced, file put back, pgbouncer reloaded`;
    }));

  it('puts back and applies Patroni’s files: patroni.yml reloaded, the dynamic configuration pushed to the DCS', () =>
    check('patroni config apply', async () => {
      const dynamic = async () => JSON.parse((await curl(`http://${NODES['node-1']}:8008/config`)).body) as { loop_wait: number };
      const rendered = (await dynamic()).loop_wait;
      const drift = '# changed by hand on the node';
      // The DCS drifts (loop_wait set by hand), and both files differ from what Terraform holds.
      const set = ssh('node-1', `sudo -n runuser -u postgres -- patronictl -c /etc/patroni/patroni.yml edit-config --set loop_wait=${rendered + 2} --force`);
      expect(set.status).toBe(0);
      await waitFor('the drifted loop_wait in the DCS', 30, async () => ((await dynamic()).loop_wait === rendered + 2 ? true : undefined));
      for (const [node, file] of [
        ['node-1', '/etc/patroni/dcs.yml'],
        ['node-2', '/etc/patroni/patroni.yml'],
      ]) {
        expect(ssh(node, `echo '${drift}' | sudo -n tee -a ${file} >/dev/null`).status).toBe(0);
      }
      const addresses = terraform(STACK, 'state', 'list')
        .stdout.split('\n')
        .filter(
          (a) =>
            /_pg-test_pg-test-1_files_run_[0-9A-F]+\["\/etc\/patroni\/dcs\.yml"\]$/.test(a) ||
            /_pg-test_pg-test-2_files_run_[0-9A-F]+\["\/etc\/patroni\/patroni\.yml"\]$/.test(a),
        );
      expect(addresses).toHaveLength(2);
      const apply = terraform(STACK, 'apply', '-auto-approve', '-input=false', '-no-color', ...addresses.map((a) => `-replace=${a}`));
      expect(apply.stdout).toContain('Apply complete! Resources: 2 added, 0 changed, 2 destroyed.');
      expect(apply.stdout).toContain('updated: /etc/patroni/dcs.yml');
      expect(apply.stdout).toContain('patroni dynamic configuration applied');
      expect(apply.stdout).toContain('updated: /etc/patroni/patroni.yml');
      expect(apply.stdout).toContain('patroni configuration reloaded');
      expect(ssh('node-1', 'sudo -n cat /etc/patroni/dcs.yml').stdout).not.toContain(drift);
      expect(ssh('node-2', 'sudo -n cat /etc/patroni/patroni.yml').stdout).not.toContain(drift);
      await waitFor('the rendered loop_wait back in the DCS', 30, async () => ((await dynamic()).loop_wait === rendered ? true : undefined));
      return `dcs.yml on node-1 (loop_wait ${rendered + 2} by hand -> ${rendered} in the DCS), patroni.yml on node-2 reloaded`;
    }));

  it('changes nothing on a second apply', () => lab.idempotence());

  it('destroys everything it created with cdktf destroy', () => lab.destroy());
});
