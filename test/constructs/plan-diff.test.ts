/**
 * What a reviewer sees: a spec change touches only the resources holding the affected files.
 * Compares two synths resource by resource, leaving out attributes the resource ignores.
 */
import { TerraformStack, Testing } from 'cdktf';
import { Deployment, DeploymentSecrets, MetaNode, PgCluster, Platform, clusterProps } from '../../lib';
import { SANDBOX_META, SANDBOX_NETWORK, SANDBOX_PG_META, SANDBOX_PG_TEST } from '../../lib/model';
import { TEST_SSH } from '../helpers/stacks';

function synth(testParameters: Record<string, string> = {}): Record<string, Record<string, any>> {
  const stack = new TerraformStack(Testing.app(), 'test');
  const deployment = new Deployment(stack, 'sandbox', { platform: Platform.libvirt(), network: SANDBOX_NETWORK, ssh: TEST_SSH, secrets: DeploymentSecrets.demo() });
  new MetaNode(deployment, 'meta', SANDBOX_META);
  new PgCluster(deployment, 'pg-meta', clusterProps(SANDBOX_PG_META));
  new PgCluster(deployment, 'pg-test', { ...clusterProps(SANDBOX_PG_TEST), parameters: testParameters });
  return JSON.parse(Testing.synth(stack)).resource;
}

/**
 * Resource instances as Terraform plans them: a resource with for_each becomes one instance per
 * key, `type.name["key"]`, whose triggers_replace is the key's value (as the files resource says).
 */
function instances(resources: Record<string, Record<string, any>>): Map<string, Record<string, any>> {
  const out = new Map<string, Record<string, any>>();
  for (const [type, byName] of Object.entries(resources)) {
    for (const [name, resource] of Object.entries(byName)) {
      const { for_each: forEach, ...shared } = resource;
      if (!forEach) {
        out.set(`${type}.${name}`, resource);
        continue;
      }
      expect(resource.triggers_replace).toBe('${each.value}');
      for (const [key, value] of Object.entries(forEach)) out.set(`${type}.${name}["${key}"]`, { ...shared, triggers_replace: value });
    }
  }
  return out;
}

/** `address: attribute` for every attribute that differs, except those in ignore_changes. */
function changed(before: Record<string, Record<string, any>>, after: Record<string, Record<string, any>>): string[] {
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
  it('changes patroni.yml on the three pg-test nodes and nothing else', () => {
    const diff = changed(synth(), synth({ max_connections: '200' }));
    expect(diff).toHaveLength(3);
    for (const seq of [1, 2, 3]) {
      expect(diff).toContainEqual(expect.stringMatching(new RegExp(`^terraform_data\\.sandbox_pg-test_pg-test-${seq}_files_run_[0-9A-F]+\\["/etc/patroni/patroni\\.yml"\\]: triggers_replace$`)));
    }
  });

  it('shows the changed line in the file text', () => {
    const before = synth();
    const after = synth({ work_mem: '32MB' });
    const key = Object.keys(after.terraform_data).find((k) => k.startsWith('sandbox_pg-test_pg-test-2_files_'))!;
    const lines = (r: Record<string, Record<string, any>>) => new Set(r.terraform_data[key].for_each['/etc/patroni/patroni.yml'].content.split('\n'));
    const added = [...lines(after)].filter((line) => !lines(before).has(line));
    const removed = [...lines(before)].filter((line) => !lines(after).has(line));
    expect(added).toEqual(['    work_mem: 32MB']);
    expect(removed).toEqual(['    work_mem: 7MB']);
  });

  it('is byte-identical when nothing changes', () => {
    expect(JSON.stringify(synth())).toBe(JSON.stringify(synth()));
  });
});
