/** The bootstrap order, read from the plan as data: DCS -> primary -> replicas -> members -> registration. */
import { buildModel, sandboxSpec } from '../../lib/model';
import { configFilesId, DeploymentPlan, machineId, planDeployment, readyId, staticFilesId, StepPlan } from '../../lib/plan';
import { TEST_KEYS, TEST_SSH_KEY, TEST_TRAITS } from '../helpers/fixtures';

function planOf(metaNodes: 1 | 3, packageSource?: 'meta'): DeploymentPlan {
  const spec = sandboxSpec([TEST_SSH_KEY], metaNodes);
  return planDeployment(buildModel({ ...spec, guest: { packageSource } }), TEST_TRAITS, TEST_KEYS);
}

/** Every step id each step waits for, directly or through others. */
function waitsFor(plan: DeploymentPlan): (step: StepPlan) => Set<string> {
  const byId = new Map(plan.steps.map((step) => [step.id, step]));
  const memo = new Map<string, Set<string>>();
  const closure = (id: string): Set<string> => {
    let all = memo.get(id);
    if (all) return all;
    all = new Set<string>();
    for (const before of byId.get(id)?.after ?? []) {
      all.add(before);
      for (const transitive of closure(before)) all.add(transitive);
    }
    memo.set(id, all);
    return all;
  };
  return (step) => closure(step.id);
}

const stepsOf = (plan: DeploymentPlan, pattern: RegExp): StepPlan[] => {
  const found = plan.steps.filter((step) => pattern.test(step.id));
  if (found.length === 0) throw new Error(`no step matches ${pattern}`);
  return found;
};

describe.each([1, 3] as const)('the bootstrap order with %i meta node(s)', (metaCount) => {
  const plan = planOf(metaCount);
  const after = waitsFor(plan);
  const ids = (pattern: RegExp): string[] => stepsOf(plan, pattern).map((step) => step.id);

  it('has unique ids, and every step runs after steps planned before it', () => {
    const seen = new Set<string>(plan.nodes.map((node) => machineId(node.node.name)));
    for (const step of plan.steps) {
      expect(seen.has(step.id)).toBe(false);
      for (const before of step.after) expect(seen.has(before)).toBe(true);
      seen.add(step.id);
    }
  });

  it("installs a node's files after cloud-init finished there, the static files first", () => {
    for (const { node } of plan.nodes) {
      const [ready, bundle, files] = [readyId, staticFilesId, configFilesId].map((id) => plan.steps.find((step) => step.id === id(node.name))!);
      expect(ready.after).toEqual([machineId(node.name)]);
      expect(bundle.after).toEqual([ready.id]);
      // After ready through the static files.
      expect(files.after).toEqual([bundle.id]);
      expect([...after(files)].sort()).toEqual([machineId(node.name), ready.id, bundle.id].sort());
    }
  });

  it("runs every other step after its node's ready, static files and config files", () => {
    for (const step of plan.steps.filter((s) => s.scope.kind !== 'node')) {
      for (const id of [readyId, staticFilesId, configFilesId]) expect([step.id, after(step).has(id(step.node))]).toEqual([step.id, true]);
    }
  });

  it('names in after only what a step does not already wait for through another', () => {
    const byId = new Map(plan.steps.map((step) => [step.id, step]));
    for (const step of plan.steps) {
      const implied = new Set(step.after.flatMap((id) => (byId.has(id) ? [...after(byId.get(id)!)] : [])));
      expect([step.id, step.after.filter((id) => implied.has(id))]).toEqual([step.id, []]);
      expect(new Set(step.after).size).toBe(step.after.length);
    }
  });

  it("waits for every DCS server before any primary, and for its node's files", () => {
    for (const dcs of stepsOf(plan, /^dcs\//)) {
      for (const meta of plan.deployment.metaNodes) expect(after(dcs)).toContain(readyId(meta.name));
      expect(after(dcs)).toContain(configFilesId(dcs.node));
    }
    for (const primary of stepsOf(plan, /\/primary$/)) for (const dcs of ids(/^dcs\//)) expect(after(primary).has(dcs)).toBe(true);
  });

  it('starts replicas after their primary, members after every member joined, registration last', () => {
    for (const cluster of plan.deployment.clusters) {
      const primary = `cluster:${cluster.name}/primary`;
      const replicaSteps = plan.steps.filter((step) => step.id.startsWith(`cluster:${cluster.name}/replica-`));
      const replicas = replicaSteps.map((step) => step.id);
      expect(replicas).toHaveLength(cluster.instances.length - 1);
      for (const replica of replicaSteps) expect(after(replica).has(primary)).toBe(true);
      for (const member of stepsOf(plan, new RegExp(`^cluster:${cluster.name}/member-`))) {
        for (const joined of [primary, ...replicas]) expect(after(member).has(joined)).toBe(true);
        // Every node of the cluster has its files before any member step.
        for (const instance of cluster.instances) {
          const node = plan.deployment.nodes.find((n) => n.ip === instance.ip)!.name;
          expect(after(member).has(configFilesId(node))).toBe(true);
        }
      }
    }
    const members = ids(/\/member-\d+$/);
    expect(members).toHaveLength(plan.deployment.clusters.reduce((n, c) => n + c.instances.length, 0));
    for (const registration of stepsOf(plan, /^registration\//)) {
      for (const member of members) expect(after(registration).has(member)).toBe(true);
      for (const meta of plan.deployment.metaNodes) expect(after(registration).has(configFilesId(meta.name))).toBe(true);
    }
    // Nothing waits for registration: it is the last step.
    expect(plan.steps.some((step) => step.after.some((id) => id.startsWith('registration/')))).toBe(false);
  });

  it('runs each cluster step on the node of its instance', () => {
    const pgTest = plan.deployment.clusters.find((c) => c.name === 'pg-test')!;
    for (const instance of pgTest.instances) {
      const node = plan.deployment.nodes.find((n) => n.ip === instance.ip)!.name;
      expect(plan.steps.find((step) => step.id === `cluster:pg-test/member-${instance.seq}`)!.node).toBe(node);
    }
  });
});

describe('steps that depend on the spec', () => {
  it('builds the package repository on each meta node only in offline mode', () => {
    expect(planOf(1).steps.filter((step) => step.id.startsWith('repo/'))).toEqual([]);
    const offline = planOf(3, 'meta').steps.filter((step) => step.id.startsWith('repo/'));
    expect(offline.map((step) => step.node)).toEqual(['meta-1', 'meta-2', 'meta-3']);
    // After its node's config files, and through them its static files and ready.
    expect(offline.map((step) => step.after)).toEqual(['meta-1', 'meta-2', 'meta-3'].map((meta) => [configFilesId(meta)]));
    expect(offline[0].run).toMatchObject({ kind: 'script', script: 'repo-build.sh' });
    expect((offline[0].run as { readonly args: readonly string[] }).args).toContain('patroni');
  });

  it('leaves the fingerprint of apply-time passwords to Terraform, and hashes literal ones now', () => {
    const token = '${TfToken[TOKEN.42]}';
    const spec = sandboxSpec([TEST_SSH_KEY]);
    const plan = planDeployment(buildModel({ ...spec, secrets: { ...spec.secrets, dbaPassword: token } }), TEST_TRAITS, TEST_KEYS);
    const member = plan.steps.find((step) => step.id === 'cluster:pg-test/member-1')!;
    expect(member.triggers.passwords).toEqual({ sha256Of: expect.stringContaining(token) });
    expect(member.triggers.roles).toMatch(/^[0-9a-f]{64}$/);
    expect(planOf(1).steps.find((step) => step.id === 'cluster:pg-test/member-1')!.triggers.passwords).toMatch(/^[0-9a-f]{64}$/);
  });

  it('checks the units first boot started for the cluster in each member step', () => {
    const plan = planOf(1);
    const member = plan.steps.find((step) => step.id === 'cluster:pg-test/member-2')!;
    expect(member.run).toEqual({
      kind: 'script',
      script: 'pg-member.sh',
      args: ['pgbouncer', 'haproxy', 'vip-manager', 'prometheus-postgres-exporter', 'pigsty-pgbouncer-exporter'],
    });
    expect(member.triggers.units).toBe('pgbouncer,haproxy,vip-manager,prometheus-postgres-exporter,pigsty-pgbouncer-exporter');
  });
});
