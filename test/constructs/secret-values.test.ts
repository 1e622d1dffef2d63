/**
 * Values a reviewer must not read in a plan: the Alertmanager webhook URL (often a token) and the
 * fingerprint of passwords.sql when it holds apply-time passwords (an unsalted sha256 of a file
 * whose every other byte is known is an offline oracle for the password).
 */
import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { AlertReceiver, Deployment, DeploymentSecrets, MetaNode, PgCluster, Platform } from '../../lib';
import { clusterPropsOf } from '../../lib/constructs/spec-props';
import { SANDBOX_META, SANDBOX_NETWORK, SANDBOX_PG_META, SANDBOX_PG_TEST } from '../../lib/model';
import { PATHS } from '../../lib/render/paths';
import { configFiles, SynthResult, TEST_SSH } from '../helpers/stacks';

const WEBHOOK = 'https://hooks.example.com/services/T0KEN-SECRET-123';

function synth(): SynthResult['config'] {
  const stack = new TerraformStack(Testing.app(), 'test');
  const deployment = new Deployment(stack, 'sandbox', {
    platform: Platform.libvirt(),
    network: SANDBOX_NETWORK,
    ssh: TEST_SSH,
    secrets: DeploymentSecrets.demo(),
    policies: { allow: ['no-demo-passwords'] },
  });
  new MetaNode(deployment, 'meta', { ...SANDBOX_META, alertmanager: { receiver: AlertReceiver.webhook(WEBHOOK) } });
  new PgCluster(deployment, 'pg-meta', clusterPropsOf(SANDBOX_PG_META).props);
  const password = new TerraformVariable(stack, 'test_password', { type: 'string' }).stringValue;
  const test = clusterPropsOf(SANDBOX_PG_TEST).props;
  new PgCluster(deployment, 'pg-test', { ...test, users: test.users!.map((user) => ({ ...user, password })) });
  return JSON.parse(Testing.synth(stack));
}

/** Every string in the JSON, with where it is. */
function strings(value: unknown, where = ''): [string, string][] {
  if (typeof value === 'string') return [[where, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${where}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${where}.${k}`));
  return [];
}

describe('secret values in the synthesized JSON', () => {
  const config = synth();

  it('the webhook URL only inside sensitive(), in an alertmanager.yml that only its user reads', () => {
    const holding = strings(config).filter(([, text]) => text.includes(WEBHOOK));
    expect(holding.length).toBeGreaterThan(0);
    expect(holding.filter(([, text]) => !text.startsWith('${sensitive('))).toEqual([]);
    const file = configFiles(config).find((f) => f.path === PATHS.alertmanagerConfig)!;
    expect([file.owner, file.mode]).toEqual(['prometheus:prometheus', '0600']);
  });

  it('the fingerprint of passwords.sql with an apply-time password is sensitive', () => {
    const digests = strings(config).filter(([, text]) => text.includes('sha256(') && text.includes('var.test_password'));
    expect(digests.length).toBeGreaterThan(0);
    expect(digests.filter(([, text]) => !/^\$\{sensitive\(sha256\(/.test(text))).toEqual([]);
  });
});
