/** `cdktf synth` itself: an invalid spec ends in its messages, without a stack trace or output. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../helpers/programs';

const ROOT = path.join(__dirname, '..', '..');

describe('cdktf synth of an invalid stack', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pigsty-cli-'));
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  const result = run(
    path.join(ROOT, 'node_modules', '.bin', 'cdktf'),
    ['synth', '--app', 'npx ts-node --transpile-only test/fixtures/invalid-app.ts', '--output', out],
    { cwd: ROOT, env: { ...process.env, CI: '1', CHECKPOINT_DISABLE: '1', FORCE_COLOR: '0', TF_CLI_CONFIG_FILE: '/dev/null' } },
  );
  const text = result.stdout + result.stderr;

  it('fails', () => {
    expect(result.status).not.toBe(0);
  });

  it('prints every problem with the field, the value and the fix', () => {
    expect(text).toContain('cluster "pg-orders": instances 1, 1 all have role "primary": keep one primary');
    expect(text).toContain('cluster "pg-orders" instance 1: seq 1 is used by two instances');
    expect(text).toContain('ip "10.10.20.22" is outside the network 10.10.10.0/24');
    expect(text).toContain('vip.address "10.10.10.21" is the address of node "pg-orders-1"');
  });

  it('prints no stack trace and writes no stack', () => {
    expect(text).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
    expect(text).not.toContain('ValidationError:');
    expect(fs.existsSync(path.join(out, 'stacks', 'invalid', 'cdk.tf.json'))).toBe(false);
  });
});

describe('PIGSTY_RTO of the sandbox stacks', () => {
  it('names the variable and the accepted forms when it is wrong', () => {
    const result = run(path.join(ROOT, 'node_modules', '.bin', 'ts-node'), ['--transpile-only', 'stacks/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, PIGSTY_RTO: 'fast:10/2' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'PIGSTY_RTO=fast:10/2 is not a preset: use fast, norm, safe or wide, optionally with :ttl/loop_wait/retry_timeout (fast:10/2/4).',
    );
  });
});

describe("cdktf synth through cdktf.json's app (compiled JavaScript)", () => {
  it('synthesizes every stack of the project', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pigsty-cli-app-'));
    try {
      const result = run(path.join(ROOT, 'node_modules', '.bin', 'cdktf'), ['synth', '--output', out], {
        cwd: ROOT,
        env: { ...process.env, CI: '1', CHECKPOINT_DISABLE: '1', FORCE_COLOR: '0' },
      });
      expect(result.stderr).not.toMatch(/error/i);
      expect(result.status).toBe(0);
      expect(fs.readdirSync(path.join(out, 'stacks')).sort()).toEqual([
        'sandbox',
        'sandbox-local',
        'sandbox-local-3meta',
        'sandbox-local-vmware',
        'sandbox-vsphere',
      ]);
      const local = JSON.parse(fs.readFileSync(path.join(out, 'stacks', 'sandbox-local', 'cdk.tf.json'), 'utf8'));
      expect(Object.keys(local.resource.terraform_data).length).toBeGreaterThan(10);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
