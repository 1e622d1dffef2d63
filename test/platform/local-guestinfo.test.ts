/**
 * The local platform's vSphere guestinfo mode: each node's seed holds the extra_config values the
 * vSphere platform's builder makes, node.sh writes them as the environment of cloud-init's
 * VMware datasource, and the datasource (Debian's cloud-init 22.4) reads back exactly the
 * user-data the NoCloud seed would hold.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Testing, TerraformStack } from 'cdktf';
import { LocalSeed, Platform, Sandbox, Tls } from '../../lib';
import { ASSETS_DIR } from '../../lib/private/assets';
import { requireProgram, runOk } from '../helpers/programs';
import { TEST_SSH } from '../helpers/stacks';

const CLOUD_INIT_PYTHON = /^#!(\S+)/.exec(fs.readFileSync(requireProgram('cloud-init'), 'utf8').split('\n')[0])![1];

function synthLocal(seed: LocalSeed): any {
  const stack = new TerraformStack(Testing.app(), 'test');
  new Sandbox(stack, 'sandbox', { platform: Platform.local({ seed, workDir: '/tmp/pigsty-guestinfo-test' }), ssh: TEST_SSH, grafana: false, tls: Tls.none() });
  return JSON.parse(Testing.synth(stack));
}

const guestinfo = synthLocal(LocalSeed.VSPHERE_GUESTINFO);
const nocloud = synthLocal(LocalSeed.NOCLOUD);
const seedOf = (config: any, node: string): any =>
  Object.entries(config.resource.terraform_data).find(([key]) => new RegExp(`_${node}_machine_seed_`).test(key))![1];
const literal = (expression: string): string => JSON.parse(`"${/^\$\{sensitive\("(.*)"\)\}$/s.exec(expression)?.[1] ?? expression}"`);

describe('local nodes seeded with the vSphere guestinfo', () => {
  const seed = seedOf(guestinfo, 'pg-test-1');
  const exec = seed.provisioner[0]['local-exec'];

  it('seeds each node with the four extra_config values, under the names the datasource reads', () => {
    expect(Object.keys(seed.input.extra_config)).toEqual([
      'guestinfo.metadata',
      'guestinfo.metadata.encoding',
      'guestinfo.userdata',
      'guestinfo.userdata.encoding',
    ]);
    const names = runOk(CLOUD_INIT_PYTHON, [
      '-c',
      'from cloudinit.sources import DataSourceVMware as v; print(" ".join(v.get_guestinfo_envvar_key_name(k) for k in ["metadata", "metadata.encoding", "userdata", "userdata.encoding"]))',
    ]).stdout.trim();
    expect(exec.environment.GUESTINFO_VARS).toBe(names);
    expect(seed.lifecycle.ignore_changes).toEqual(['input']);
  });

  it('node.sh writes them as the datasource environment, 0600, and the datasource reads back the NoCloud user-data', () => {
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pigsty-guestinfo-'));
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, WORKDIR: workDir, NODE: 'node-1', GUESTINFO_VARS: exec.environment.GUESTINFO_VARS };
    for (const [key, value] of Object.entries(seed.input.extra_config as Record<string, string>))
      env[`VMX_${key.toUpperCase().replace(/\./g, '_')}`] = literal(value);
    const result = spawnSync(path.join(ASSETS_DIR, 'local', 'node.sh'), ['seed'], { env, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const file = path.join(workDir, 'nodes', 'node-1', 'seed', 'guestinfo.env');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
    expect(lines.map((line) => line.split('=')[0])).toEqual(['VMX_GUESTINFO', ...exec.environment.GUESTINFO_VARS.split(' ')]);
    const environment = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
    const read = runOk(
      CLOUD_INIT_PYTHON,
      ['-c', 'import sys; from cloudinit.sources import DataSourceVMware as v; sys.stdout.write(v.guestinfo_envvar("userdata"))'],
      { env: { PATH: process.env.PATH, ...environment } },
    );
    expect(read.stdout).toBe(literal(seedOf(nocloud, 'pg-test-1').input.user_data));
    fs.rmSync(workDir, { recursive: true, force: true });
  });
});
