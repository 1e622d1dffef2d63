/**
 * What a reviewer sees: a spec change touches only the resources holding the affected files.
 * Compares two synths resource by resource, leaving out attributes the resource ignores.
 */
import { TerraformStack, Testing } from 'cdktf';
import { Deployment, DeploymentSecrets, MetaNode, PgCluster, Platform } from '../../lib';
import { clusterPropsOf } from '../../lib/constructs/spec-props';
import { SANDBOX_META, SANDBOX_NETWORK, SANDBOX_PG_META, SANDBOX_PG_TEST } from '../../lib/model';
import { configFiles, SynthResult, TEST_SSH } from '../helpers/stacks';

function synth(testParameters: Record<string, string> = {}): SynthResult['config'] {
  const stack = new TerraformStack(Testing.app(), 'test');
  const deployment = new Deployment(stack, 'sandbox', { platform: Platform.libvirt(), network: SANDBOX_NETWORK, ssh: TEST_SSH, secrets: DeploymentSecrets.demo() });
  new MetaNode(deployment, 'meta', SANDBOX_META);
  new PgCluster(deployment, 'pg-meta', clusterPropsOf(SANDBOX_PG_META).props);
  new PgCluster(deployment, 'pg-test', { ...clusterPropsOf(SANDBOX_PG_TEST).props, parameters: testParameters });
  return JSON.parse(Testing.synth(stack));
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
    expect.stringMatching(new RegExp(`^terraform_data\\.sandbox_pg-test_pg-test-${seq}_files_run_[0-9A-F]+\\["/etc/patroni/${file}\\.yml"\\]: triggers_replace$`));

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
