/**
 * End to end in the vSphere guestinfo mode (sandbox-local-vmware): every local node boots from
 * the extra_config values the vSphere platform gives its VM, read by cloud-init's VMware
 * datasource from the environment (VMX_GUESTINFO_*), with no NoCloud seed at all. Then the
 * cluster must work as on any other platform: formation, routing, the VIP and a failover.
 * Then the local platform's own lifecycle: each node in a control group of its own, a second
 * deploy starting the node the failover killed, and a destroy removing a node the state lost.
 */
import * as fs from 'fs';
import { StackRun } from './harness';
import {
  INSTANCE_NODE,
  NODES,
  PG_TEST_VIP,
  TEST_NODES,
  WORKDIR,
  cdktf,
  failover,
  formedCluster,
  patroniCluster,
  pgTestLeader,
  psqlOk,
  run,
  ssh,
  terraform,
  waitFor,
} from './lab';

const lab = new StackRun('sandbox-local-vmware');
const check = lab.check.bind(lab);
const ALL_NODES = ['meta', ...TEST_NODES];

describe('sandbox-local-vmware', () => {
  it('deploys with cdktf deploy', () => lab.deploy());

  it('brought every node up through the VMware datasource, from the guestinfo environment', () =>
    check('VMware datasource', async () => {
      for (const node of ALL_NODES) {
        const query = (key: string) => ssh(node, `sudo cloud-init query ${key}`).stdout.trim();
        expect([node, query('platform'), query('subplatform'), query('v1.instance_id')]).toEqual([
          node,
          'vmware',
          'envvar (VMX_GUESTINFO_METADATA)',
          `sandbox-${node}`,
        ]);
        const status = ssh(node, 'cloud-init status --long').stdout;
        expect(status).toMatch(/status: done/);
        expect(status).toContain('DataSourceVMware');
        // No NoCloud seed: the documents came from guestinfo only.
        expect(ssh(node, 'test -e /var/lib/cloud/seed/nocloud/user-data; echo $?').stdout.trim()).toBe('1');
      }
      return `${ALL_NODES.length} nodes: platform vmware, subplatform envvar (VMX_GUESTINFO_METADATA)`;
    }));

  it('had the datasource call vmware-rpctool, recorded by the stand-in', () =>
    check('vmware-rpctool calls', async () => {
      const calls = ALL_NODES.map((node) => [node, ssh(node, 'sudo cat /var/log/pigsty-vmware-rpctool.log').stdout.trim()]);
      // The datasource advertises the node's address back into guestinfo. cloud-init 22.4 redacts
      // (the metadata's redact list) only on the VMware Tools transport, not on the environment one:
      // the unit tests prove the redaction there, through a stand-in rpctool.
      for (const [node, log] of calls) expect(log.split('\n')).toContain(`info-set guestinfo.local-ipv4 ${NODES[node]}`);
      return calls.map(([node, log]) => `${node}: ${log.split('\n').length} call(s)`).join(', ');
    }));

  it('runs each node in a control group of its own (shared ones failed units with status=219/CGROUP)', () =>
    check('control groups', async () => {
      const groups = ALL_NODES.map((node) => {
        const init = fs.readFileSync(`${WORKDIR}/nodes/${node}/init.pid`, 'utf8').trim();
        return fs
          .readFileSync(`/proc/${init}/cgroup`, 'utf8')
          .match(/^\d+:name=systemd:(.*)$|^0::(.*)$/m)![0]
          .replace(/^\d+:[^:]*:/, '');
      });
      ALL_NODES.forEach((node, i) => expect(groups[i]).toContain(`/pigsty-local/pgl-sandbox-${node}/payload`));
      return groups.join(', ');
    }));

  it('forms pg-meta and pg-test', () =>
    check('formation', async () => {
      const { members: meta } = await patroniCluster(NODES.meta);
      expect(meta.map((m) => [m.name, m.role, m.state])).toEqual([['pg-meta-1', 'leader', 'running']]);
      const members = await formedCluster(NODES['node-1'], 2);
      expect(members.filter((m) => m.role === 'leader').map((m) => m.name)).toEqual(['pg-test-1']);
      return members.map((m) => `${m.name}:${m.role}`).join(' ');
    }));

  it('routes 5433 to the primary and 5434 to the replicas from every node', () =>
    check('service routing', async () => {
      for (const node of TEST_NODES) {
        const ip = NODES[node];
        expect(await psqlOk(ip, 5433, "select current_setting('pigsty.instance'), pg_is_in_recovery()")).toBe('pg-test-1|f');
        const seen = new Set<string>();
        for (let i = 0; i < 12; i++) seen.add(await psqlOk(ip, 5434, "select current_setting('pigsty.instance'), pg_is_in_recovery()"));
        expect([...seen].sort()).toEqual(['pg-test-2|t', 'pg-test-3|t']);
      }
      return '5433 primary, 5434 both replicas, from node-1..3';
    }));

  it('binds the pg-test VIP on the primary node', () =>
    check('vip', async () => {
      expect(run('ip', ['-n', 'pgl-sandbox-node-1', '-4', '-o', 'addr', 'show', 'eth0']).stdout).toContain(`${PG_TEST_VIP}/24`);
      expect(await psqlOk(PG_TEST_VIP, 5433, "select current_setting('pigsty.instance')")).toBe('pg-test-1');
      return `${PG_TEST_VIP} on node-1`;
    }));

  it('fails over when the primary is cut off and killed', () =>
    check('failover', async () => {
      const cut = (await pgTestLeader()).node;
      const result = await failover();
      expect(INSTANCE_NODE[result.newLeader]).not.toBe(cut);
      expect(result.vipNode).toBe(INSTANCE_NODE[result.newLeader]);
      expect(result.readErrors).toEqual([]);
      return `RTO ${result.rto.toFixed(1)} s, new primary ${result.newLeader}, VIP on ${result.vipNode}`;
    }));

  it('starts the node the failover killed at the next deploy, and it rejoins', () =>
    check('deploy heals a dead node', async () => {
      const dead = TEST_NODES.filter((node) => !fs.existsSync(`${WORKDIR}/nodes/${node}/pid`));
      expect(dead).toHaveLength(1);
      const result = cdktf('deploy', lab.stack, '--auto-approve');
      if (result.status !== 0) throw new Error(`cdktf deploy failed:\n${result.stdout.slice(-4000)}`);
      expect(result.stdout).toMatch(/Apply complete! Resources: 1 added, 0 changed, 1 destroyed/);
      const instance = Object.entries(INSTANCE_NODE).find(([, node]) => node === dead[0])![0];
      await waitFor(`${instance} running again`, 180, async () => {
        const { members } = await patroniCluster(NODES[(await pgTestLeader()).node]);
        return members.find((m) => m.name === instance && ['running', 'streaming'].includes(m.state));
      });
      return `${dead[0]} started by the deploy; ${instance} running`;
    }));

  it('destroys a node the state lost track of, with the rest', () =>
    check('destroy sweeps a lost node', async () => {
      const list = terraform(lab.stack, 'state', 'list').stdout.split('\n');
      const lost = list.filter((address) => /_pg-test-3_machine_(container|running)_/.test(address));
      expect(lost).toHaveLength(2);
      expect(terraform(lab.stack, 'state', 'rm', ...lost).status).toBe(0);
      return `removed from the state: ${lost.join(', ')}`;
    }));

  it('destroys everything it created with cdktf destroy', () => lab.destroy());
});
