/**
 * The steps and config files as Terraform itself reads them: validate, then plan, offline,
 * on a stub platform (no VMs), and the order of the bootstrap steps.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Sandbox } from '../../lib';
import { planDeployment, StepPlan } from '../../lib/plan';
import { configFiles, StubPlatform, synthToDir, TEST_SSH } from '../helpers/stacks';
import { TEST_KEYS } from '../helpers/fixtures';
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
    expect(fileChange('pg-test-1', '/etc/patroni/patroni.yml').address).toMatch(
      /^terraform_data\.sandbox_pg-test_pg-test-1_files_run_[0-9A-F]+\["\/etc\/patroni\/patroni\.yml"\]$/,
    );
    expect(fileChange('pg-test-1', '/etc/patroni/patroni.yml').change.after.triggers_replace).toMatchObject({
      owner: 'postgres:postgres',
      mode: '0640',
      apply: '/usr/local/lib/pigsty/patroni-reload.sh',
    });
  });

  it('reads the runner PKI at plan time: no private key in the JSON or the plan text, keys sensitive, host keys pinned', () => {
    const pki = path.resolve('.pigsty', 'pki', 'sandbox');
    const keyFiles = [
      path.join(pki, 'ca.key'),
      path.join(pki, 'nodes', 'node-1.key'),
      path.join(pki, 'clients', 'etcd-root.key'),
      path.join(pki, 'ssh', 'node-1.ssh_host_ed25519_key'),
    ];
    const json = fs.readFileSync(`${dir}/cdk.tf.json`, 'utf8');
    for (const file of keyFiles) {
      // The base64 body of each key: no line of it anywhere.
      const body = fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line && !line.startsWith('-----'));
      for (const line of body) {
        expect(json).not.toContain(line);
        expect(planText).not.toContain(line);
      }
    }
    expect(json).not.toContain('PRIVATE KEY');
    const key = fileChange('pg-test-1', '/etc/pki/pigsty/node.key');
    expect(key.change.after_sensitive.triggers_replace.content).toBe(true);
    expect(key.change.after.triggers_replace).toMatchObject({ owner: 'root:pigsty-tls', mode: '0640' });
    const cert = fileChange('pg-test-1', '/etc/pki/pigsty/node.crt');
    expect(cert.change.after.triggers_replace.content).toBe(fs.readFileSync(path.join(pki, 'nodes', 'node-1.crt'), 'utf8'));
    const config = JSON.parse(json);
    const connections = Object.values(config.resource.terraform_data as Record<string, any>)
      .filter((r) => r.connection)
      .map((r) => r.connection);
    expect(connections.length).toBeGreaterThan(20);
    expect(connections.every((c: any) => /^\$\{trimspace\(file\(".*\/ssh\/[a-z0-9-]+\.ssh_host_ed25519_key\.pub"\)\)\}$/.test(c.host_key))).toBe(true);
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

  it("bundles each node's own steps.env with the shared scripts, as Terraform computes it", () => {
    const bundles = changes().filter((c) => /_static-files_run_/.test(c.address));
    expect(bundles).toHaveLength(4);
    for (const bundle of bundles) {
      const files = bundle.change.after.triggers_replace;
      expect(files['/usr/local/lib/pigsty/lib.sh'].mode).toBe('0755');
      expect(files['/usr/local/lib/pigsty/steps.env']).toMatchObject({ owner: 'root:root', mode: '0644', apply: '' });
    }
    const node2 = bundles.find((c) => c.address.includes('_pg-test-2_'))!.change.after.triggers_replace['/usr/local/lib/pigsty/steps.env'].content;
    expect(node2).toContain('PIGSTY_CLUSTER=pg-test\n');
    expect(bundles.find((c) => c.address.includes('_meta_'))!.change.after.triggers_replace['/usr/local/lib/pigsty/steps.env'].content).toContain(
      'PIGSTY_CLUSTER=pg-meta\n',
    );
  });

  it('keeps ${...} in a rendered file literal: escaped once, read back by Terraform as text', () => {
    const haproxy = fileChange('pg-test-1', '/etc/haproxy/haproxy.cfg');
    expect(haproxy.change.after.triggers_replace.content).toContain('stats auth "${HAPROXY_ADMIN_USER}:${HAPROXY_ADMIN_PASSWORD}"');
  });
});

describe('the plan as Terraform resources', () => {
  const platform = new StubPlatform();
  let sandbox!: Sandbox;
  const dir = synthToDir((stack) => (sandbox = new Sandbox(stack, 'sandbox', { platform, ssh: TEST_SSH })));
  const config = JSON.parse(fs.readFileSync(`${dir}/cdk.tf.json`, 'utf8'));
  fs.rmSync(dir.replace(/\/stacks\/test$/, ''), { recursive: true, force: true });
  const d = sandbox.resolve();
  const plan = planDeployment(d, platform.traits(d), TEST_KEYS);
  const resources: Record<string, any> = config.resource.terraform_data;
  const byPath = new Map(Object.entries(resources).map(([name, r]) => [r['//'].metadata.path, { address: `terraform_data.${name}`, resource: r }]));
  const nodes = new Map(plan.nodes.map((node) => [node.node.name, node]));
  /** The construct path of a step: construct IDs are a public contract (README, "Construct IDs"). */
  const pathOf = (step: StepPlan): string => {
    const scope = step.scope;
    let base = 'test/sandbox';
    if (scope.kind === 'cluster') base += `/${scope.cluster}`;
    if (scope.kind === 'node') {
      const node = nodes.get(scope.node)!;
      base += node.scope.kind === 'meta' ? `/${node.node.name}` : `/${node.scope.cluster}/${node.scope.instance}`;
    }
    return `${base}/${step.path.join('/')}/run`;
  };
  const emitted = (step: StepPlan) => {
    const found = byPath.get(pathOf(step));
    if (!found) throw new Error(`no resource at ${pathOf(step)} for step ${step.id}`);
    return found;
  };
  const ids = new Map(plan.steps.map((step) => [step.id, emitted(step).address]));

  it('emits every step of the plan, and nothing else runs on the nodes', () => {
    const runs = plan.steps.map((step) => emitted(step).address);
    expect(new Set(runs).size).toBe(plan.steps.length);
    const machines = Object.keys(resources).filter((name) => !runs.includes(`terraform_data.${name}`));
    expect(machines).toEqual([]);
  });

  it('orders each step after exactly the steps the plan names, in that order', () => {
    for (const step of plan.steps) {
      // The stub's machines are data: a node's machine adds no dependency.
      const expected = step.after.filter((id) => ids.has(id)).map((id) => ids.get(id));
      expect([step.id, emitted(step).resource.depends_on ?? []]).toEqual([step.id, expected]);
    }
    // Only what is not implied through another step: a node's config files name its static files, not its ready step too.
    for (const files of plan.steps.filter((step) => step.run.kind === 'config-files')) {
      expect(emitted(files).resource.depends_on).toEqual([ids.get(`node:${files.node}/static-files`)]);
    }
  });

  it("connects to each step's node at its own address as the admin user", () => {
    for (const step of plan.steps) {
      expect(emitted(step).resource.connection).toMatchObject({ type: 'ssh', host: nodes.get(step.node)!.node.ip, user: 'dba' });
    }
  });

  it('runs each script step as root with its arguments, and reruns it on a new machine', () => {
    const member = plan.steps.find((step) => step.id === 'cluster:pg-test/member-3')!;
    const resource = emitted(member).resource;
    expect(resource.provisioner).toEqual([
      { 'remote-exec': { inline: [`sudo -n /usr/local/lib/pigsty/pg-member.sh ${(member.run as { readonly args: readonly string[] }).args.join(' ')}`] } },
    ]);
    expect(resource.triggers_replace).toMatchObject({ machine: 'stub-node-3', roles: member.triggers.roles, units: member.triggers.units });
  });
});

/** The error of a plan that must fail, its lines joined (Terraform wraps messages at 80 columns). */
function planError(dir: string, ...args: string[]): string {
  try {
    terraform(dir, 'plan', '-input=false', '-no-color', ...args);
  } catch (error) {
    return String((error as Error).message).replace(/\s+/g, ' ');
  }
  throw new Error(`terraform plan ${args.join(' ')} succeeded`);
}

describe('secrets from Terraform variables', () => {
  const { Deployment, DeploymentSecrets, MetaNode, PgCluster } = require('../../lib');
  const { clusterPropsOf } = require('../../lib/constructs/spec-props');
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
    new PgCluster(deployment, 'pg-test', {
      ...clusterPropsOf(SANDBOX_PG_TEST).props,
      users: [{ name: 'dbuser_test', password: appPassword.stringValue, pgbouncer: true }],
    });
  });
  afterAll(() => fs.rmSync(dir.replace(/\/stacks\/test$/, ''), { recursive: true, force: true }));
  const secretVars = ['superuser', 'replication', 'monitor', 'dba', 'haproxy_admin', 'patroni_api', 'grafana_admin'];
  const vars = (dba: string) => [
    ...secretVars.map((name) => `-var=pigsty_${name}_password=${name === 'dba' ? dba : `Secret.${name}1`}`),
    '-var=app_password=App.Secret1',
  ];

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

  it("refuses a user's apply-time password outside the alphabet at plan time, naming the user (its variable has no rule of its own)", () => {
    const injection = "-var=app_password=x'; COPY (SELECT 1) TO PROGRAM 'id'; --";
    expect(planError(dir, ...vars('Dba.Secret1').slice(0, -1), injection)).toMatch(
      /Resource precondition failed.*var\.app_password.*cluster "pg-test" user "dbuser_test" password \(set at apply time\) is not a usable password: use 8 to 128 characters/,
    );
  });
});

describe('secrets of DeploymentSecrets.of(), known at apply time', () => {
  const { Deployment, DeploymentSecrets, MetaNode, PgCluster } = require('../../lib');
  const { clusterPropsOf } = require('../../lib/constructs/spec-props');
  const { SANDBOX_META, SANDBOX_NETWORK, SANDBOX_PG_TEST, SANDBOX_SECRETS } = require('../../lib/model');
  const { TerraformVariable } = require('cdktf');
  const { TerraformDataResource } = require('../../lib/platform/terraform-data');

  /** Makes one resource per machine, as a real platform does, to see what it waits for. */
  class ResourcePlatform extends StubPlatform {
    machine(scope: any, plan: any, spec: any): any {
      new TerraformDataResource(scope, 'vm', { input: spec.node.name });
      return super.machine(scope, plan, spec);
    }
  }

  const dir = synthToDir((stack) => {
    const superuser = new TerraformVariable(stack, 'superuser', { type: 'string', sensitive: true });
    const deployment = new Deployment(stack, 'prod', {
      platform: new ResourcePlatform(),
      network: SANDBOX_NETWORK,
      ssh: TEST_SSH,
      secrets: DeploymentSecrets.of({ ...SANDBOX_SECRETS, superuserPassword: superuser.stringValue }),
      policies: { allow: ['no-demo-passwords'] },
    });
    new MetaNode(deployment, 'meta', SANDBOX_META);
    new PgCluster(deployment, 'pg-test', clusterPropsOf(SANDBOX_PG_TEST).props);
  });
  afterAll(() => fs.rmSync(dir.replace(/\/stacks\/test$/, ''), { recursive: true, force: true }));
  const config = JSON.parse(fs.readFileSync(`${dir}/cdk.tf.json`, 'utf8'));
  const resources = config.resource.terraform_data as Record<string, any>;
  const rulesName = Object.keys(resources).find((name) => name.includes('secret-rules'))!;

  it('checks the value at plan time and refuses one that would break out of SQL, naming the field', () => {
    terraform(dir, 'init', '-input=false', '-no-color');
    terraform(dir, 'plan', '-input=false', '-no-color', '-var=superuser=Super.Secret1');
    expect(planError(dir, "-var=superuser=x'; COPY (SELECT 1) TO PROGRAM 'id'; --")).toMatch(
      /Resource precondition failed.*var\.superuser.*secrets\.superuserPassword \(set at apply time\) is not a usable password: use 8 to 128 characters/,
    );
  });

  it('creates every machine and every step after the check', () => {
    const rules = `terraform_data.${rulesName}`;
    expect(resources[rulesName].lifecycle.precondition).toHaveLength(1);
    const machines = Object.entries(resources).filter(([name]) => /_machine_vm_/.test(name));
    expect(machines).toHaveLength(4);
    for (const [, machine] of machines) expect(machine.depends_on).toContain(rules);
    const steps = Object.entries(resources).filter(([name]) => name !== rulesName && !/_machine_vm_/.test(name));
    expect(steps.length).toBeGreaterThan(10);
    for (const [, step] of steps) expect(step.depends_on).toContain(rules);
  });
});
