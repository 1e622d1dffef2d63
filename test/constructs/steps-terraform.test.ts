/**
 * The steps and config files as Terraform itself reads them: validate, then plan, offline,
 * on a stub platform (no VMs), and the order of the bootstrap steps.
 */
import * as fs from 'fs';
import { Sandbox } from '../../lib';
import { configFiles, StubPlatform, synthToDir, TEST_SSH } from '../helpers/stacks';
import { terraform } from '../helpers/terraform';

describe('steps, as Terraform sees them', () => {
  let dir: string;
  let plan: any;
  let planText: string;

  beforeAll(() => {
    dir = synthToDir((stack) => new Sandbox(stack, 'sandbox', { platform: new StubPlatform(), ssh: TEST_SSH }));
    terraform(dir, 'init', '-input=false', '-no-color');
    terraform(dir, 'validate', '-no-color');
    planText = terraform(dir, 'plan', '-input=false', '-no-color', '-out=plan.bin').stdout;
    plan = JSON.parse(terraform(dir, 'show', '-json', 'plan.bin').stdout);
  });

  afterAll(() => fs.rmSync(dir.replace(/\/stacks\/test$/, ''), { recursive: true, force: true }));

  const changes = (): any[] => plan.resource_changes;
  /** The plan's instance of a node's config file: its files resource, keyed by path. */
  const fileChange = (node: string, path: string): any => {
    const found = changes().filter((c) => new RegExp(`_${node}_files_`).test(c.address) && c.index === path);
    if (found.length !== 1) throw new Error(`${found.length} planned instances of ${path} on ${node}`);
    return found[0];
  };

  it('plans every step and every config file instance as a terraform_data create', () => {
    const config = JSON.parse(fs.readFileSync(`${dir}/cdk.tf.json`, 'utf8'));
    const resources = Object.values(config.resource.terraform_data as Record<string, any>);
    // Every resource once, except a node's files: once per path of its paths local.
    const instances = resources.filter((r) => !r.for_each).length + configFiles(config).length;
    expect(changes().every((c) => c.type === 'terraform_data' && c.change.actions.join() === 'create')).toBe(true);
    expect(changes()).toHaveLength(instances);
    expect(changes().length).toBeGreaterThan(70);
  });

  it('addresses each config file by its node and path', () => {
    expect(fileChange('pg-test-1', '/etc/patroni/patroni.yml').address).toMatch(/^terraform_data\.sandbox_pg-test_pg-test-1_files_run_[0-9A-F]+\["\/etc\/patroni\/patroni\.yml"\]$/);
    expect(fileChange('pg-test-1', '/etc/patroni/patroni.yml').change.after.triggers_replace).toMatchObject({ owner: 'postgres:postgres', mode: '0640', apply: '/usr/local/lib/pigsty/patroni-reload.sh' });
  });

  it('shows plain config files in full', () => {
    const patroni = fileChange('pg-test-1', '/etc/patroni/patroni.yml');
    expect(patroni.change.after.triggers_replace.content).toContain('name: pg-test-1');
    expect(patroni.change.after_sensitive.triggers_replace.content).toBeUndefined();
  });

  it('keeps secret files sensitive, and out of the plan text', () => {
    const env = fileChange('pg-test-1', '/etc/patroni/patroni.env');
    expect(env.change.after_sensitive.triggers_replace.content).toBe(true);
    for (const secret of ['DBUser.Postgres', 'DBUser.Replicator', 'Pigsty.HAProxy', 'DBUser.Test']) expect(planText).not.toContain(secret);
    expect(planText).toContain('(sensitive value)');
  });

  it('keeps ${...} in a rendered file literal: escaped once, read back by Terraform as text', () => {
    const haproxy = fileChange('pg-test-1', '/etc/haproxy/haproxy.cfg');
    expect(haproxy.change.after.triggers_replace.content).toContain('stats auth "${HAPROXY_ADMIN_USER}:${HAPROXY_ADMIN_PASSWORD}"');
  });
});

describe('bootstrap order', () => {
  const dir = synthToDir((stack) => new Sandbox(stack, 'sandbox', { platform: new StubPlatform(), ssh: TEST_SSH }));
  const config = JSON.parse(fs.readFileSync(`${dir}/cdk.tf.json`, 'utf8'));
  fs.rmSync(dir.replace(/\/stacks\/test$/, ''), { recursive: true, force: true });
  const steps: Record<string, any> = config.resource.terraform_data;
  const id = (pattern: RegExp): string => {
    const found = Object.keys(steps).filter((key) => pattern.test(key));
    if (found.length !== 1) throw new Error(`${pattern} matches ${found.length} steps: ${found.join(', ')}`);
    return `terraform_data.${found[0]}`;
  };
  const deps = (pattern: RegExp): string[] => steps[id(pattern).replace('terraform_data.', '')].depends_on ?? [];

  it('waits for the DCS before the primary, the primary before replicas, and every member before users and services', () => {
    expect(deps(/^sandbox_pg-test_bootstrap_primary_/)).toEqual(expect.arrayContaining([id(/^sandbox_dcs_meta_/)]));
    expect(deps(/^sandbox_pg-test_bootstrap_replica-2_/)).toContain(id(/^sandbox_pg-test_bootstrap_primary_/));
    expect(deps(/^sandbox_pg-test_bootstrap_member-1_/)).toEqual(
      expect.arrayContaining([id(/^sandbox_pg-test_bootstrap_replica-2_/), id(/^sandbox_pg-test_bootstrap_replica-3_/)]),
    );
  });

  it('installs a node\'s files only after cloud-init is done there, and the static files first', () => {
    expect(deps(/^sandbox_pg-test_pg-test-2_files_/)).toEqual([
      id(/^sandbox_pg-test_pg-test-2_ready_/),
      id(/^sandbox_pg-test_pg-test-2_static-files_/),
    ]);
  });

  it('connects to each node at its own address as the admin user', () => {
    const step = steps[id(/^sandbox_pg-test_bootstrap_replica-3_/).replace('terraform_data.', '')];
    expect(step.connection).toMatchObject({ type: 'ssh', host: '10.10.10.13', user: 'dba' });
  });
});

describe('secrets from Terraform variables', () => {
  const { Deployment, DeploymentSecrets, MetaNode, PgCluster, clusterProps } = require('../../lib');
  const { SANDBOX_META, SANDBOX_NETWORK, SANDBOX_PG_TEST } = require('../../lib/model');
  const { TerraformVariable } = require('cdktf');
  const dir = synthToDir((stack) => {
    const deployment = new Deployment(stack, 'prod', {
      platform: new StubPlatform(),
      network: SANDBOX_NETWORK,
      ssh: TEST_SSH,
      secrets: DeploymentSecrets.fromVariables(stack),
    });
    new MetaNode(deployment, 'meta', SANDBOX_META);
    const appPassword = new TerraformVariable(stack, 'app_password', { type: 'string', sensitive: true });
    new PgCluster(deployment, 'pg-test', { ...clusterProps(SANDBOX_PG_TEST), users: [{ name: 'dbuser_test', password: appPassword.stringValue, pgbouncer: true }] });
  });
  afterAll(() => fs.rmSync(dir.replace(/\/stacks\/test$/, ''), { recursive: true, force: true }));
  const secretVars = ['superuser', 'replication', 'monitor', 'dba', 'haproxy_admin', 'patroni_api', 'grafana_admin'];
  const vars = (dba: string) => [...secretVars.map((name) => `-var=pigsty_${name}_password=${name === 'dba' ? dba : `Secret.${name}1`}`), '-var=app_password=App.Secret1'];

  it('plans with the values interpolated into the secret files, none of them shown', () => {
    terraform(dir, 'init', '-input=false', '-no-color');
    const text = terraform(dir, 'plan', '-input=false', '-no-color', '-out=plan.bin', ...vars('Dba.Secret1')).stdout;
    for (const secret of ['Dba.Secret1', 'App.Secret1', 'Secret.superuser1']) expect(text).not.toContain(secret);
    const plan = JSON.parse(terraform(dir, 'show', '-json', 'plan.bin').stdout);
    const userlist = plan.resource_changes.find((c: any) => c.index === '/etc/pgbouncer/userlist.txt');
    expect(userlist.change.after_sensitive.triggers_replace.content).toBe(true);
  });

  it('refuses a password outside the safe alphabet at plan time, naming the variable', () => {
    expect(() => terraform(dir, 'plan', '-input=false', '-no-color', ...vars('it"s bad'))).toThrow(/pigsty_dba_password[^]*Use 8 to 128 characters/);
  });
});
