/** pigsty-plan --diagram parses with the real Mermaid parser; --inventory uses Pigsty's field names. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { HealthCheck, Platform, Sandbox, ServiceDestination } from '../../lib';
import { run } from '../../lib/review/cli';
import { MANIFEST_FILE } from '../../lib/review/manifest';
import { SANDBOX_SECRETS } from '../../lib/model';
import { synthToDir, TEST_SSH } from '../helpers/stacks';

const PARSER = path.join(__dirname, '..', 'helpers', 'mermaid-parse.mjs');

/** The real mermaid parser, in a child process (mermaid is ESM-only). */
function mermaidParse(text: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [PARSER], { input: text, encoding: 'utf8', timeout: 60000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('pigsty-plan --diagram and --inventory', () => {
  const dir = synthToDir((stack) => {
    const sandbox = new Sandbox(stack, 'sandbox', { platform: Platform.local(), ssh: TEST_SSH, metaNodes: 3, grafana: false });
    sandbox.pgTest.addService('standby', { port: 5435, check: HealthCheck.path('/sync'), destination: ServiceDestination.POSTGRES });
  });
  const manifest = path.join(dir, MANIFEST_FILE);
  afterAll(() => fs.rmSync(dir.replace(/\/stacks\/test$/, ''), { recursive: true, force: true }));

  it('draws a flowchart the real Mermaid parser accepts, with roles, services, VIPs, the DCS and the meta components', () => {
    const diagram = run(['--diagram', '--manifest', manifest]);
    expect(diagram.status).toBe(0);
    expect(mermaidParse(diagram.stdout)).toMatchObject({ status: 0, stdout: 'flowchart-v2\n' });
    for (const text of [
      'pg-test-1: primary',
      'pg-test-3: replica, offline queries',
      'standby :5435 → postgres (/sync)',
      'VIP 10.10.10.3/24',
      'DCS: etcd :2379',
      'servers meta-1, meta-2, meta-3',
      'prometheus :9090',
    ]) {
      expect(diagram.stdout).toContain(text);
    }
  });

  it('the parser check can fail: a broken diagram is refused', () => {
    const broken = mermaidParse('flowchart TB\n  a[["x"] --> b\n');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/Parse error/);
  });

  it('writes a Pigsty-style inventory: groups per cluster with pg_seq/pg_role hosts and pg_cluster vars, no password', () => {
    const result = run(['--inventory', '--manifest', manifest]);
    expect(result.status).toBe(0);
    for (const secret of [...Object.values(SANDBOX_SECRETS), 'DBUser.Test', 'DBUser.Meta']) expect(result.stdout).not.toContain(secret);
    const inventory = parse(result.stdout);
    const children = inventory.all.children;
    expect(Object.keys(children)).toEqual(['infra', 'etcd', 'pg-meta', 'pg-test']);
    expect(children.etcd.hosts['10.10.10.15']).toEqual({ etcd_seq: 3 });
    const test = children['pg-test'];
    expect(test.hosts).toEqual({
      '10.10.10.11': { pg_seq: 1, pg_role: 'primary' },
      '10.10.10.12': { pg_seq: 2, pg_role: 'replica' },
      '10.10.10.13': { pg_seq: 3, pg_role: 'replica', pg_offline_query: true },
    });
    expect(test.vars).toMatchObject({ pg_cluster: 'pg-test', pg_vip_enabled: true, pg_vip_address: '10.10.10.3/24', pg_vip_interface: 'eth0' });
    expect(test.vars.pg_users).toEqual([expect.objectContaining({ name: 'dbuser_test', pgbouncer: true, roles: ['dbrole_readwrite'], connlimit: -1 })]);
    expect(test.vars.pg_users[0]).not.toHaveProperty('password');
    expect(test.vars.pg_databases).toEqual([expect.objectContaining({ name: 'test', owner: 'dbuser_test', extensions: [{ name: 'pg_stat_statements' }] })]);
    // Pigsty's four default services are its own (pg_default_services): only the custom one is listed.
    expect(test.vars.pg_services).toEqual([
      { name: 'standby', port: 5435, ip: '*', selector: '[? contains(`[1,2,3]`, pg_seq)]', dest: 'postgres', check: '/sync' },
    ]);
  });

  it('names every key by a field Pigsty documents', () => {
    const inventory = parse(run(['--inventory', '--manifest', manifest]).stdout);
    // Pigsty's parameter and field names (its docs: PGSQL parameters, users, databases, services).
    const known = new Set([
      ...['infra_seq', 'etcd_seq', 'etcd_cluster', 'pg_seq', 'pg_role', 'pg_offline_query', 'pg_cluster', 'pg_users', 'pg_databases', 'pg_services'],
      ...['pg_vip_enabled', 'pg_vip_address', 'pg_vip_interface', 'pg_parameters', 'pg_version', 'admin_ip'],
      ...['name', 'login', 'superuser', 'createdb', 'createrole', 'replication', 'bypassrls', 'connlimit', 'pgbouncer', 'roles', 'comment'],
      ...['owner', 'template', 'encoding', 'locale', 'schemas', 'extensions', 'pool_size', 'port', 'ip', 'selector', 'dest', 'check'],
    ]);
    const keys = new Set<string>();
    const walk = (value: unknown, structural: boolean): void => {
      if (Array.isArray(value)) return value.forEach((v) => walk(v, false));
      if (value === null || typeof value !== 'object') return;
      for (const [key, v] of Object.entries(value)) {
        // all / children / hosts / vars and the group and host names are structure, not fields.
        const structure = ['all', 'children', 'hosts', 'vars'].includes(key) || structural;
        if (!structure) keys.add(key);
        walk(v, key === 'children' || key === 'hosts');
      }
    };
    walk(inventory, false);
    expect([...keys].filter((k) => !known.has(k))).toEqual([]);
    expect(keys.size).toBeGreaterThan(20);
  });
});
