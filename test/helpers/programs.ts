/**
 * Running the real programs that Debian ships. A missing program fails the test with the
 * package to install: it never skips.
 */
import { spawnSync, SpawnSyncOptions } from 'child_process';

export interface RunResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

const PACKAGES: Readonly<Record<string, string>> = {
  haproxy: 'haproxy',
  patroni: 'patroni',
  pgbouncer: 'pgbouncer',
  etcd: 'etcd-server',
  etcdctl: 'etcd-client',
  psql: 'postgresql-client-15',
  initdb: 'postgresql-15',
  'cloud-init': 'cloud-init',
  unshare: 'util-linux',
  'vip-manager': 'vip-manager',
  chronyd: 'chrony',
  promtool: 'prometheus',
  amtool: 'prometheus-alertmanager',
  nginx: 'nginx',
  dnsmasq: 'dnsmasq',
  shellcheck: 'shellcheck',
  git: 'git',
  runuser: 'util-linux',
  postgres: 'postgresql-15',
  sshd: 'openssh-server',
  'ssh-keygen': 'openssh-client',
  terraform: 'the Terraform CLI',
};

/** Absolute path of a program, or a thrown error that names the package to install. */
export function requireProgram(name: string): string {
  const found = spawnSync('sh', ['-c', `command -v ${name} || ls /usr/lib/postgresql/15/bin/${name} 2>/dev/null`], { encoding: 'utf8' });
  const path = found.stdout.trim().split('\n')[0];
  if (found.status !== 0 || !path) {
    throw new Error(`${name} is not installed: install ${PACKAGES[name] ?? name} (.ci/run installs it).`);
  }
  return path;
}

export function run(command: string, args: readonly string[], options: SpawnSyncOptions = {}): RunResult {
  const result = spawnSync(requireProgram(command), args, { encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024, ...options });
  if (result.error) throw result.error;
  return { status: result.status ?? -1, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** Runs and fails with the program's own output when it exits non-zero. */
export function runOk(command: string, args: readonly string[], options: SpawnSyncOptions = {}): RunResult {
  const result = run(command, args, options);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}
