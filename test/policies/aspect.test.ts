/**
 * The policies at synth, as an Aspect of every Deployment: an error stops synthApp with its
 * message and no stack trace, an allowed one and a warning are annotations, a bad allow list is
 * refused when the Deployment is created.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TerraformStack, Testing } from 'cdktf';
import { Deployment, DeploymentSecrets, MetaNode, PgCluster, Platform } from '../../lib';
import { clusterPropsOf } from '../../lib/constructs/spec-props';
import { SANDBOX_META, SANDBOX_NETWORK, SANDBOX_PG_META } from '../../lib/model';
import { run } from '../helpers/programs';
import { synthSandbox, TEST_SSH } from '../helpers/stacks';

const ROOT = path.join(__dirname, '..', '..');

function policyApp(allow?: string): { status: number; text: string; wrote: boolean } {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pigsty-policy-'));
  try {
    const result = run(path.join(ROOT, 'node_modules', '.bin', 'ts-node'), ['--transpile-only', 'test/fixtures/policy-app.ts'], {
      cwd: ROOT,
      env: { ...process.env, POLICY_APP_OUT: out, POLICY_APP_ALLOW: allow ?? '', CHECKPOINT_DISABLE: '1' },
    });
    return { status: result.status, text: result.stdout + result.stderr, wrote: fs.existsSync(path.join(out, 'stacks', 'policy', 'cdk.tf.json')) };
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

describe('policies at synth', () => {
  it('stop synthApp with the finding and the opt-out, without a stack trace or a stack', () => {
    const { status, text, wrote } = policyApp();
    expect(status).toBe(1);
    expect(text).toContain('policy no-demo-passwords: secrets superuserPassword');
    expect(text).toContain('add "no-demo-passwords" to the Deployment\'s policies.allow');
    expect(text).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
    expect(wrote).toBe(false);
  });

  it('let an allowed policy pass, as a warning', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const deployment = new Deployment(stack, 'lab', {
      platform: Platform.libvirt(),
      network: SANDBOX_NETWORK,
      ssh: TEST_SSH,
      secrets: DeploymentSecrets.demo(),
      policies: { allow: ['no-demo-passwords'] },
    });
    new MetaNode(deployment, 'meta', SANDBOX_META);
    new PgCluster(deployment, 'pg-meta', clusterPropsOf(SANDBOX_PG_META).props);
    Testing.synth(stack);
    const warnings = deployment.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^policy no-demo-passwords: .*\(allowed by policies\.allow\)$/),
        expect.stringMatching(/^policy replica-outside-sandbox: cluster pg-meta has one member/),
      ]),
    );
  });

  it('refuse an allow list that names no policy', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    expect(
      () =>
        new Deployment(stack, 'lab', {
          platform: Platform.libvirt(),
          network: SANDBOX_NETWORK,
          ssh: TEST_SSH,
          secrets: DeploymentSecrets.demo(),
          policies: { allow: ['no-demo-pasword'] },
        }),
    ).toThrow(/policies.allow names "no-demo-pasword", which is no policy: use one of no-demo-passwords, /);
  });

  it('hold the sandbox to none of its lab choices', () => {
    expect(() => synthSandbox()).not.toThrow();
  });
});
