/**
 * scripts/host-packages.sh decides from what dpkg reports: nothing to do, install exactly the
 * missing packages (root), or name them and the command that installs them (not root). dpkg-query,
 * apt-get, id and terraform are stand-ins on the PATH, so the host itself is never changed.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const SCRIPT = path.join(__dirname, '..', '..', 'scripts', 'host-packages.sh');
const SANDBOX = ['systemd-container', 'debootstrap', 'dpkg-dev', 'openssh-client', 'openssl', 'iproute2', 'util-linux', 'postgresql-client-15', 'curl'];

interface Host {
  installed: string[];
  uid?: number;
  terraform?: boolean;
  /** apt-get "succeeds" without installing these. */
  broken?: string[];
}

function runOn(host: Host, set = 'sandbox') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pigsty-host-packages-'));
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin);
  const state = path.join(dir, 'installed');
  const calls = path.join(dir, 'calls');
  const policy = path.join(dir, 'policy-rc.d');
  fs.writeFileSync(state, host.installed.map((p) => `${p}\n`).join(''));
  fs.writeFileSync(calls, '');
  const stub = (name: string, body: string) => fs.writeFileSync(path.join(bin, name), `#!/bin/bash\n${body}\n`, { mode: 0o755 });
  // As dpkg-query -W -f='${Package} ${Status}\n' answers: installed packages only, exit 1 if any is unknown.
  stub(
    'dpkg-query',
    `shift 2; rc=0; for p in "$@"; do if grep -qxF "$p" "${state}"; then echo "$p install ok installed"; else echo "dpkg-query: no packages found matching $p" >&2; rc=1; fi; done; exit $rc`,
  );
  stub(
    'apt-get',
    `echo "apt-get $* policy=$([ -x "${policy}" ] && echo yes || echo no)" >>"${calls}"
if [ "$1" = install ]; then for p in "$@"; do case "$p" in -*|install) ;; ${(host.broken ?? []).map((p) => `${p})`).join(' ') || '__none__)'} ;; *) echo "$p" >>"${state}" ;; esac; done; fi`,
  );
  stub('id', `echo ${host.uid ?? 0}`);
  if (host.terraform ?? true) stub('terraform', 'exit 0');
  const result = spawnSync('/bin/bash', [SCRIPT, set], {
    encoding: 'utf8',
    env: { PATH: `${bin}:/usr/bin:/bin`, POLICY_RC_D: policy },
  });
  const out = { status: result.status, stdout: result.stdout, stderr: result.stderr, calls: fs.readFileSync(calls, 'utf8'), policyLeft: fs.existsSync(policy) };
  fs.rmSync(dir, { recursive: true, force: true });
  return out;
}

describe('host-packages.sh', () => {
  it('does nothing when every package is installed', () => {
    const result = runOn({ installed: SANDBOX });
    expect(result).toMatchObject({ status: 0, calls: '', stdout: 'host packages for npm run sandbox: all installed\n' });
  });

  it('as root, installs exactly the missing packages, with services kept from starting, and checks again', () => {
    const result = runOn({ installed: SANDBOX.filter((p) => p !== 'debootstrap' && p !== 'curl') });
    expect(result.status).toBe(0);
    expect(result.calls).toBe('apt-get update -qq policy=yes\napt-get install -y -qq --no-install-recommends debootstrap curl policy=yes\n');
    expect(result.stdout).toContain('installed debootstrap curl');
    expect(result.policyLeft).toBe(false);
  });

  it('not as root, names what is missing and the command, and exits 1 without calling apt-get', () => {
    const result = runOn({ installed: SANDBOX.filter((p) => p !== 'dpkg-dev'), uid: 1000 });
    expect(result.status).toBe(1);
    expect(result.calls).toBe('');
    expect(result.stderr).toContain('npm run sandbox needs these Debian packages, which are not installed: dpkg-dev\n');
    expect(result.stderr).toContain('  apt-get install -y --no-install-recommends dpkg-dev\n');
  });

  it('fails naming a package apt-get did not install', () => {
    const result = runOn({ installed: [], broken: ['curl'] });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('host packages for npm run sandbox: apt-get did not install curl\n');
  });

  it('checks the test set for npm test', () => {
    const result = runOn({ installed: ['pgbouncer'], uid: 1000 }, 'test');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^npm test needs these Debian packages, which are not installed: postgresql-15 postgresql-client-15 patroni .* dnsmasq\n/);
    expect(result.stderr).not.toMatch(/ pgbouncer /);
  });

  it('names the Terraform CLI when it is missing, before any package', () => {
    const result = runOn({ installed: [], terraform: false });
    expect(result.status).toBe(1);
    expect(result.calls).toBe('');
    expect(result.stderr).toMatch(/^npm run sandbox needs the Terraform CLI \(1.4 or later/);
  });
});
