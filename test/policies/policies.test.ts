/** Every policy breaks on its failing case and holds on its passing one; a policy without a case fails. */
import { resolveDeployment, sandboxSpec } from '../../lib/model';
import { judge, POLICIES, POLICY_IDS } from '../../lib/policies';
import { TEST_SSH_KEY } from '../helpers/fixtures';
import { POLICY_CASES, production, PRODUCTION, SANDBOX, SANDBOX_ONLY } from './cases';

const findings = (policy: string, ...args: Parameters<(typeof POLICIES)[number]['check']>) => POLICIES.find((p) => p.id === policy)!.check(...args);

describe.each(POLICY_CASES.map((c) => [`${c.policy}: ${c.name}`, c] as const))('%s', (_name, c) => {
  it('breaks the policy, and no other, with a message that says where and the fix', () => {
    const broken = POLICIES.filter((policy) => policy.check(c.breaks, c.context).length > 0).map((policy) => policy.id);
    expect(broken).toEqual([c.policy]);
    const text = findings(c.policy, c.breaks, c.context).join('\n');
    for (const fragment of c.says) expect(text).toContain(fragment);
  });

  it('keeps every policy when nearly the same', () => {
    expect(POLICIES.flatMap((policy) => policy.check(c.keeps, c.context))).toEqual([]);
  });
});

describe('the policy cases', () => {
  it('cover every policy', () => {
    expect(POLICY_IDS.filter((id) => !POLICY_CASES.some((c) => c.policy === id))).toEqual([]);
  });

  it('hold the sandbox to what a lab needs only', () => {
    const sandbox = resolveDeployment(sandboxSpec([TEST_SSH_KEY]));
    expect(POLICIES.flatMap((policy) => policy.check(sandbox, SANDBOX))).toEqual([]);
    const asProduction = POLICIES.filter((policy) => policy.check(sandbox, PRODUCTION).length > 0).map((policy) => policy.id);
    expect(asProduction.sort()).toEqual([...SANDBOX_ONLY].sort());
  });

  it('judge errors unless allowed, and warnings always', () => {
    const demo = resolveDeployment({
      ...production,
      secrets: sandboxSpec([TEST_SSH_KEY]).secrets,
      clusters: [{ ...production.clusters[0], instances: production.clusters[0].instances.slice(0, 1) }, production.clusters[1]],
    });
    const refused = judge(demo, PRODUCTION, []);
    expect(refused.errors.map((e) => e.code)).toEqual(['no-demo-passwords']);
    expect(refused.errors[0].message).toContain('add "no-demo-passwords" to the Deployment\'s policies.allow');
    expect(refused.warnings).toEqual([expect.stringContaining('policy replica-outside-sandbox: cluster pg-meta')]);
    const allowed = judge(demo, PRODUCTION, ['no-demo-passwords']);
    expect(allowed.errors).toEqual([]);
    expect(allowed.warnings).toHaveLength(2);
  });
});
