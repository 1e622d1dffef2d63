/**
 * A plain JavaScript caller, run through node against the compiled package: each mistake ends
 * in one message naming its cause, exit status 1, no stack trace and no output; a correct app
 * synthesizes.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { requireProgram, run, runOk } from '../helpers/programs';

const ROOT = path.join(__dirname, '..', '..');
// The package as JavaScript, as a caller gets it (tsc -b: a no-op when dist/ is current).
beforeAll(() => {
  runOk('node', [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-b', path.join(ROOT, 'tsconfig.build.json')], { cwd: ROOT });
});

const STACK_TRACE = /^\s+at .+(\(.+:\d+:\d+\)|:\d+:\d+)$/m;

function synth(scenario: string, env: NodeJS.ProcessEnv = {}): { status: number; stderr: string; wrote: boolean } {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pigsty-js-'));
  try {
    const result = run('node', ['test/fixtures/js-caller.js', scenario, out], { cwd: ROOT, env: { ...process.env, ...env } });
    return { status: result.status, stderr: result.stderr, wrote: fs.existsSync(path.join(out, 'stacks', 'js', 'cdk.tf.json')) };
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

describe('a plain JavaScript caller', () => {
  it('synthesizes a correct app', () => {
    const result = synth('valid');
    expect(result.stderr).toBe('');
    expect(result).toMatchObject({ status: 0, wrote: true });
  });

  it.each([
    ['props-missing', 'PgCluster "pg-js": props is missing: pass an object with instances.'],
    [
      'string-option',
      'props.instances[0].role is the string "primary": pass an InstanceRole (InstanceRole.PRIMARY, InstanceRole.REPLICA or InstanceRole.OFFLINE).',
    ],
    ['duplicate-id', 'Two constructs in Deployment "lab" have the id "meta"'],
    ['outside-deployment', 'PgCluster "pg-js" is created outside any Deployment (in bare)'],
    ['hba-newline', 'comment "office\\nhost all all 0.0.0.0/0 trust" is not one line'],
    ['parameter-typo', 'parameter "wrok_mem" is not a parameter of PostgreSQL 15 (did you mean "work_mem"?)'],
  ])('%s: says the cause, without a stack trace, and writes nothing', (scenario, says) => {
    const result = synth(scenario);
    expect(result.stderr).toContain(says);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(result).toMatchObject({ status: 1, wrote: false });
  });

  it('says what to install when there is no openssl (synth makes the deployment CA with it), without a stack trace', () => {
    // A PATH with node alone.
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'pigsty-path-'));
    const pki = fs.mkdtempSync(path.join(os.tmpdir(), 'pigsty-pki-'));
    try {
      fs.symlinkSync(process.execPath, path.join(bin, 'node'));
      // A fresh PKI directory: synth must make the CA (an existing, current one needs no program).
      const result = synth('valid', { PATH: bin, JS_CALLER_PKI_DIR: path.join(pki, 'lab') });
      expect(result.stderr).toContain('install openssl');
      expect(result.stderr).not.toMatch(STACK_TRACE);
      expect(result).toMatchObject({ status: 1, wrote: false });
    } finally {
      fs.rmSync(bin, { recursive: true, force: true });
      fs.rmSync(pki, { recursive: true, force: true });
    }
  });

  it('says what to install when there is no Terraform CLI, without a stack trace', () => {
    // A PATH with node and what synth needs for the PKI, but no terraform.
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'pigsty-path-'));
    try {
      fs.symlinkSync(process.execPath, path.join(bin, 'node'));
      for (const program of ['openssl', 'ssh-keygen']) fs.symlinkSync(requireProgram(program), path.join(bin, program));
      const result = synth('valid', { PATH: bin });
      expect(result.stderr).toContain('Could not run "terraform version"');
      expect(result.stderr).toContain('install the Terraform CLI 1.4.0 or later (or OpenTofu, with TERRAFORM_BINARY_NAME=tofu)');
      expect(result.stderr).not.toContain('skipValidation');
      expect(result.stderr).not.toMatch(STACK_TRACE);
      expect(result).toMatchObject({ status: 1, wrote: false });
    } finally {
      fs.rmSync(bin, { recursive: true, force: true });
    }
  });
});
