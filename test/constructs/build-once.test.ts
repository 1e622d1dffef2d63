/** A deployment is built once: what is added after it was resolved throws, naming what and why. */
import { TerraformStack, Testing } from 'cdktf';
import { HealthCheck, InstanceRole, MetaNode, PgCluster, Platform, Sandbox } from '../../lib';
import { configFiles, TEST_SSH } from '../helpers/stacks';

function sandbox(): { stack: TerraformStack; sandbox: Sandbox } {
  const stack = new TerraformStack(Testing.app(), 'test');
  return { stack, sandbox: new Sandbox(stack, 'sandbox', { platform: Platform.libvirt(), ssh: TEST_SSH }) };
}

const LATE = /already resolved \(at synth, or by resolve\(\)\), so it would not be deployed/;

describe('build once, or fail loudly', () => {
  it('deploys what is added before synth', () => {
    const { stack, sandbox: s } = sandbox();
    s.pgTest.addUser({ name: 'dbuser_late', password: 'Late.Password1', pgbouncer: true, roles: ['dbrole_readonly'] });
    const roles = configFiles(JSON.parse(Testing.synth(stack))).find(
      (f) => f.address.includes('_pg-test_pg-test-1_files_') && f.path === '/pg/conf/roles.sql',
    )!;
    expect(roles.content).toContain('dbuser_late');
  });

  it.each([
    [
      'a cluster',
      (s: Sandbox) => new PgCluster(s, 'pg-late', { instances: [{ seq: 1, role: InstanceRole.PRIMARY, ip: '10.10.10.21' }] }),
      /PgCluster "pg-late"/,
    ],
    ['a meta node', (s: Sandbox) => new MetaNode(s, 'meta-late', { ip: '10.10.10.20' }), /MetaNode "meta-late"/],
    ['a user', (s: Sandbox) => s.pgTest.addUser({ name: 'dbuser_late' }), /user "dbuser_late" of cluster "pg-test"/],
    ['a database', (s: Sandbox) => s.pgTest.addDatabase({ name: 'late' }), /database "late" of cluster "pg-test"/],
    ['a service', (s: Sandbox) => s.pgTest.addService('standby', { port: 5435, check: HealthCheck.REPLICA }), /HaproxyService "standby"/],
  ])('refuses %s added after resolve()', (_what, add, names) => {
    const { sandbox: s } = sandbox();
    s.resolve();
    expect(() => add(s)).toThrow(names);
    expect(() => add(s)).toThrow(LATE);
  });

  it('refuses what is added after synth', () => {
    const { stack, sandbox: s } = sandbox();
    Testing.synth(stack);
    expect(() => s.pgTest.addUser({ name: 'dbuser_late' })).toThrow(/user "dbuser_late" of cluster "pg-test"[^]*already resolved/);
  });
});
