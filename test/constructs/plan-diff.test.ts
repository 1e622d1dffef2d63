/**
 * What a reviewer sees: a spec change touches only the resources holding the affected files.
 * Compares two synths resource by resource, leaving out attributes the resource ignores; then
 * asks Terraform itself, planning the change against the state of an apply.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TerraformStack, Testing } from 'cdktf';
import { Deployment, DeploymentSecrets, IPlatform, MetaNode, PgCluster, PgClusterProps, Platform } from '../../lib';
import { clusterPropsOf } from '../../lib/constructs/spec-props';
import { SANDBOX_META, SANDBOX_NETWORK, SANDBOX_PG_META, SANDBOX_PG_TEST } from '../../lib/model';
import { configFiles, StubPlatform, SynthResult, TEST_SSH } from '../helpers/stacks';
import { terraform } from '../helpers/terraform';

function synthWith(platform: IPlatform, pgTest: Partial<PgClusterProps>): SynthResult['config'] {
  const stack = new TerraformStack(Testing.app(), 'test');
  const deployment = new Deployment(stack, 'sandbox', {
    platform,
    network: SANDBOX_NETWORK,
    ssh: TEST_SSH,
    secrets: DeploymentSecrets.demo(),
    policies: { allow: ['no-demo-passwords'] },
  });
  new MetaNode(deployment, 'meta', SANDBOX_META);
  new PgCluster(deployment, 'pg-meta', clusterPropsOf(SANDBOX_PG_META).props);
  new PgCluster(deployment, 'pg-test', { ...clusterPropsOf(SANDBOX_PG_TEST).props, ...pgTest });
  return JSON.parse(Testing.synth(stack));
}

function synth(testParameters: Record<string, string> = {}): SynthResult['config'] {
  return synthWith(Platform.libvirt(), { parameters: testParameters });
}

/**
 * Resource instances as Terraform plans them: every resource by its own attributes, and each
 * config file as the instance `type.name["path"]` with the triggers Terraform computes for it.
 */
function instances(config: SynthResult['config']): Map<string, Record<string, any>> {
  const out = new Map<string, Record<string, any>>();
  for (const [type, byName] of Object.entries(config.resource)) {
    for (const [name, resource] of Object.entries(byName)) {
      const { for_each: _perFile, ...own } = resource;
      out.set(`${type}.${name}`, own);
    }
  }
  for (const { address, path: _path, ...triggers } of configFiles(config)) out.set(address, { triggers_replace: triggers });
  return out;
}

/** `address: attribute` for every attribute that differs, except those in ignore_changes. */
function changed(before: SynthResult['config'], after: SynthResult['config']): string[] {
  const out: string[] = [];
  const old = instances(before);
  for (const [address, resource] of instances(after)) {
    const previous = old.get(address);
    if (!previous) {
      out.push(`${address}: new`);
      continue;
    }
    const ignored: string[] = resource.lifecycle?.ignore_changes ?? [];
    for (const key of Object.keys({ ...previous, ...resource })) {
      if (!ignored.includes(key) && JSON.stringify(previous[key]) !== JSON.stringify(resource[key])) out.push(`${address}: ${key}`);
    }
  }
  return out.sort();
}

describe('a change to one parameter', () => {
  const instance = (seq: number, file: string) =>
    expect.stringMatching(
      new RegExp(`^terraform_data\\.sandbox_pg-test_pg-test-${seq}_files_run_[0-9A-F]+\\["/etc/patroni/${file}\\.yml"\\]: triggers_replace$`),
    );

  it('changes patroni.yml and the dynamic configuration dcs.yml on the three pg-test nodes and nothing else (a DCS parameter)', () => {
    const diff = changed(synth(), synth({ max_connections: '200' }));
    expect(diff).toHaveLength(6);
    for (const seq of [1, 2, 3]) {
      expect(diff).toContainEqual(instance(seq, 'patroni'));
      expect(diff).toContainEqual(instance(seq, 'dcs'));
    }
  });

  it('changes only patroni.yml on the three pg-test nodes (a local parameter)', () => {
    const diff = changed(synth(), synth({ work_mem: '32MB' }));
    expect(diff).toHaveLength(3);
    for (const seq of [1, 2, 3]) expect(diff).toContainEqual(instance(seq, 'patroni'));
  });

  it('shows the changed line in the file text', () => {
    const before = synth();
    const after = synth({ work_mem: '32MB' });
    const patroni = (config: SynthResult['config']) =>
      configFiles(config).find((f) => f.address.includes('_pg-test_pg-test-2_files_') && f.path === '/etc/patroni/patroni.yml')!;
    const lines = (config: SynthResult['config']) => new Set(patroni(config).content.split('\n'));
    const added = [...lines(after)].filter((line) => !lines(before).has(line));
    const removed = [...lines(before)].filter((line) => !lines(after).has(line));
    expect(added).toEqual(['    work_mem: 32MB']);
    expect(removed).toEqual(['    work_mem: 7MB']);
  });

  it('is byte-identical when nothing changes', () => {
    expect(JSON.stringify(synth())).toBe(JSON.stringify(synth()));
  });
});

describe('a change, as Terraform plans it against the state of an apply', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pigsty-plan-diff-'));
  /**
   * The stack as Terraform reads it, minus what would reach a node (provisioners, connections)
   * and with its state in this directory, so that an apply only records the triggers.
   */
  const write = (config: SynthResult['config']) => {
    const { terraform: _backend, ...rest } = config;
    for (const resource of Object.values(rest.resource.terraform_data as Record<string, any>)) {
      delete resource.provisioner;
      delete resource.connection;
    }
    fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify(rest));
  };
  const plan = (config: SynthResult['config']) => {
    write(config);
    const text = terraform(dir, 'plan', '-input=false', '-no-color', '-lock=false', '-out=plan.bin').stdout;
    const changes = JSON.parse(terraform(dir, 'show', '-json', 'plan.bin').stdout).resource_changes.filter((c: any) => c.change.actions.join() !== 'no-op');
    return { text, changes };
  };
  const pgTest = { parameters: {} as Record<string, string>, users: clusterPropsOf(SANDBOX_PG_TEST).props.users };
  const withPassword = (password: string) => ({ users: pgTest.users!.map((user) => ({ ...user, password })) });

  beforeAll(() => {
    write(synthWith(new StubPlatform(), pgTest));
    terraform(dir, 'init', '-input=false', '-no-color');
    terraform(dir, 'apply', '-auto-approve', '-input=false', '-no-color', '-lock=false');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('replaces the three pg-test patroni.yml and dcs.yml instances, each with a line diff of the changed line', () => {
    const { text, changes } = plan(synthWith(new StubPlatform(), { ...pgTest, parameters: { max_connections: '200' } }));
    expect(changes.map((c: any) => `${c.address.replace(/_files_run_[0-9A-F]+/, '_files')} ${c.change.actions.join()}`).sort()).toEqual(
      [1, 2, 3].flatMap((seq) =>
        ['dcs', 'patroni'].map((file) => `terraform_data.sandbox_pg-test_pg-test-${seq}_files["/etc/patroni/${file}.yml"] delete,create`),
      ),
    );
    expect(text).toMatch(/# terraform_data\.sandbox_pg-test_pg-test-2_files_run_[0-9A-F]+\["\/etc\/patroni\/patroni\.yml"\] must be replaced/);
    // Terraform's line diff inside the text: the changed line, old and new, among unchanged ones.
    expect(text).toMatch(/\n\s+-\s+max_connections: "100"\n\s+\+\s+max_connections: "200"\n/);
    expect(text).toMatch(/~ content = <<-EOT/);
    expect(text).toContain('Plan: 6 to add, 0 to change, 6 to destroy.');
  });

  it('shows a changed secret file as (sensitive value), never its text', () => {
    const { text, changes } = plan(synthWith(new StubPlatform(), { ...pgTest, ...withPassword('DBUser.Changed') }));
    const userlist = changes.filter((c: any) => c.index === '/etc/pgbouncer/userlist.txt');
    expect(userlist.length).toBeGreaterThan(0);
    for (const change of userlist) expect(change.change.after_sensitive.triggers_replace.content).toBe(true);
    expect(text).toMatch(/~ content = \(sensitive value\)/);
    expect(text).not.toContain('DBUser.Changed');
    expect(text).not.toContain('DBUser.Test');
  });

  it('plans nothing when nothing changed', () => {
    expect(plan(synthWith(new StubPlatform(), pgTest)).changes).toEqual([]);
  });
});
