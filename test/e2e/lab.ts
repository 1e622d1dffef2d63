/**
 * The local sandbox as the end-to-end suite drives it: Terraform through the cdktf CLI, the
 * nodes through assets/local/node.sh, and real clients (psql, pgbench, curl, ssh) from the host.
 */
import { execFile, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.join(__dirname, '..', '..');
export const STACK = 'sandbox-local';
export const WORKDIR = '/var/lib/pigsty-local/sandbox';
export const BRIDGE = 'pgl-sandbox';
export const KEY = path.join(ROOT, '.sandbox', 'ssh', 'id_ed25519');
export const PG_BIN = '/usr/lib/postgresql/15/bin';
/** Every node of both local sandboxes: `meta` alone, or meta-1..3 (sandbox-local-3meta). */
export const NODES: Readonly<Record<string, string>> = {
  meta: '10.10.10.10',
  'meta-1': '10.10.10.10',
  'meta-2': '10.10.10.14',
  'meta-3': '10.10.10.15',
  'node-1': '10.10.10.11',
  'node-2': '10.10.10.12',
  'node-3': '10.10.10.13',
};
export const TEST_NODES = ['node-1', 'node-2', 'node-3'];
export const INSTANCE_NODE: Readonly<Record<string, string>> = { 'pg-test-1': 'node-1', 'pg-test-2': 'node-2', 'pg-test-3': 'node-3' };
export const PG_TEST_VIP = '10.10.10.3';

const QUIET = { CI: '1', CHECKPOINT_DISABLE: '1', FORCE_COLOR: '0', TF_CLI_CONFIG_FILE: '/dev/null', TF_IN_AUTOMATION: '1' };

export interface Result {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function run(
  command: string,
  args: readonly string[],
  options: { cwd?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv; input?: string } = {},
): Result {
  const result = spawnSync(command, args, {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, ...QUIET, ...options.env },
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 600_000,
    input: options.input,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function runAsync(command: string, args: readonly string[], options: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): Promise<Result> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { env: { ...process.env, ...QUIET, ...options.env }, timeout: options.timeoutMs ?? 10_000, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ status, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

export function cdktf(...args: string[]): Result {
  return run(path.join(ROOT, 'node_modules', '.bin', 'cdktf'), args, { timeoutMs: 40 * 60_000 });
}

/** Terraform itself in a synthesized stack's directory. */
export function terraform(stack: string, ...args: string[]): Result {
  return run('terraform', args, { cwd: path.join(ROOT, 'cdktf.out', 'stacks', stack), timeoutMs: 20 * 60_000 });
}

export function ssh(node: string, command: string, timeoutMs = 60_000): Result {
  return run(
    'ssh',
    [
      '-i',
      KEY,
      '-o',
      'StrictHostKeyChecking=no',
      '-o',
      'UserKnownHostsFile=/dev/null',
      '-o',
      'LogLevel=ERROR',
      '-o',
      'ConnectTimeout=5',
      `dba@${NODES[node]}`,
      command,
    ],
    { timeoutMs },
  );
}

/** assets/local/node.sh: stop, kill (a crash), start. */
export function nodeCtl(action: 'stop' | 'kill' | 'start' | 'destroy', node: string): Result {
  return run(path.join(ROOT, 'assets', 'local', 'node.sh'), [action], { env: { WORKDIR, NODE: node } });
}

export function hostVeth(node: string): string {
  const env = fs.readFileSync(path.join(WORKDIR, 'nodes', node, 'env'), 'utf8');
  return /^VETH=(.*)$/m.exec(env)![1];
}

/** A node failing hard: its network cut first (no goodbye reaches anyone), then its container killed. */
export function cutOff(node: string): void {
  run('ip', ['link', 'set', hostVeth(node), 'down']);
  nodeCtl('kill', node);
}

export interface Login {
  readonly user: string;
  readonly password: string;
  readonly db: string;
}

export const TEST_USER: Login = { user: 'dbuser_test', password: 'DBUser.Test', db: 'test' };
export const DBA: Login = { user: 'dbuser_dba', password: 'DBUser.DBA', db: 'postgres' };

/** One psql call with a short connect timeout; the result's stdout is unaligned, tuples only. */
export function psql(host: string, port: number, sql: string, login: Login = TEST_USER, timeoutMs = 10_000): Promise<Result> {
  return runAsync('psql', ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-h', host, '-p', String(port), '-U', login.user, '-d', login.db, '-c', sql], {
    timeoutMs,
    env: { PGPASSWORD: login.password, PGCONNECT_TIMEOUT: '2', PGSSLMODE: 'disable' },
  });
}

export async function psqlOk(host: string, port: number, sql: string, login: Login = TEST_USER): Promise<string> {
  const result = await psql(host, port, sql, login);
  if (result.status !== 0) throw new Error(`psql ${host}:${port} "${sql}" failed: ${result.stderr.trim()}`);
  return result.stdout.trim();
}

/** A stack's PKI on this runner (stacks/main.ts gives each stack its own): the CA and etcd's root client. */
export function pkiOf(stack: string): { dir: string; ca: string; etcdRootCert: string; etcdRootKey: string } {
  const dir = path.resolve('.pigsty', 'pki', stack);
  return {
    dir,
    ca: path.join(dir, 'ca.crt'),
    etcdRootCert: path.join(dir, 'clients', 'etcd-root.crt'),
    etcdRootKey: path.join(dir, 'clients', 'etcd-root.key'),
  };
}
export const PKI = pkiOf(STACK);
export const PKI_DIR = PKI.dir;

export async function curl(url: string, ...args: string[]): Promise<{ code: number; body: string }> {
  const result = await runAsync('curl', ['-s', '-m', '5', '-w', '\n%{http_code}', ...args, url]);
  const lines = result.stdout.split('\n');
  return { code: Number(lines.pop()), body: lines.join('\n') };
}

export async function waitFor<T>(what: string, seconds: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${seconds}s waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await sleep(500);
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function patroniCluster(ip: string): Promise<{ members: { name: string; role: string; state: string; lag?: number; timeline?: number }[] }> {
  const { code, body } = await curl(`http://${ip}:8008/cluster`);
  if (code !== 200) throw new Error(`patroni ${ip} answered ${code}`);
  return JSON.parse(body);
}

/** A cluster's members once `replicas` of them run as replicas (Patroni's view from `ip`). */
export async function formedCluster(
  ip: string,
  replicas: number,
  seconds = 60,
): Promise<{ name: string; role: string; state: string; lag?: number; timeline?: number }[]> {
  const { members } = await waitFor(`${replicas} running replicas`, seconds, async () => {
    const cluster = await patroniCluster(ip);
    return cluster.members.filter((m) => m.role !== 'leader' && m.state === 'running').length === replicas ? cluster : undefined;
  });
  return members;
}

/** What the local sandbox may leave behind on the host; empty after destroy. */
export function leftovers(): string[] {
  const found: string[] = [];
  const netns = run('ip', ['netns', 'list'])
    .stdout.split('\n')
    .filter((line) => line.startsWith('pgl-sandbox-'));
  found.push(...netns.map((line) => `netns ${line.split(' ')[0]}`));
  const links = run('ip', ['-o', 'link', 'show'])
    .stdout.split('\n')
    .map((line) => line.split(': ')[1]?.split('@')[0])
    .filter((name) => name?.startsWith('pgl'));
  found.push(...links.map((name) => `link ${name}`));
  const mounts = fs
    .readFileSync('/proc/mounts', 'utf8')
    .split('\n')
    .filter((line) => line.includes(WORKDIR));
  found.push(...mounts.map((line) => `mount ${line.split(' ')[1]}`));
  const nodesDir = path.join(WORKDIR, 'nodes');
  if (fs.existsSync(nodesDir)) found.push(...fs.readdirSync(nodesDir).map((node) => `node directory ${node}`));
  const nspawn = run('pgrep', ['-a', '-f', `systemd-nspawn -D ${WORKDIR}`]).stdout.trim();
  if (nspawn) found.push(...nspawn.split('\n').map((line) => `process ${line}`));
  found.push(...sandboxContainers().map((pid) => `container init ${pid}`));
  return found;
}

/**
 * PIDs of container inits of this sandbox, also orphaned ones: PID 1 of a PID namespace whose
 * cloud-init seed names a sandbox instance. Identified by what they run, never by name alone.
 */
export function sandboxContainers(): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (!/^NSpid:\s+\d+\s+1$/m.test(fs.readFileSync(`/proc/${entry}/status`, 'utf8'))) continue;
      const root = `/proc/${entry}/root`;
      // A NoCloud seed naming a sandbox instance, or the guestinfo seed of sandbox-local-vmware.
      const guestinfo = `${root}/etc/pigsty-guestinfo/guestinfo.env`;
      if (
        fs.existsSync(guestinfo)
          ? /^VMX_GUESTINFO=1$/m.test(fs.readFileSync(guestinfo, 'utf8'))
          : /^instance-id: sandbox-/m.test(fs.readFileSync(`${root}/var/lib/cloud/seed/nocloud/meta-data`, 'utf8'))
      ) {
        pids.push(Number(entry));
      }
    } catch {
      // gone, or not ours to read
    }
  }
  return pids;
}

/** The safety net when Terraform could not destroy: every node by its recorded PID, then the bridge. */
export function emergencyCleanup(): void {
  const nodesDir = path.join(WORKDIR, 'nodes');
  if (fs.existsSync(nodesDir)) for (const node of fs.readdirSync(nodesDir)) nodeCtl('destroy', node);
  for (const pid of sandboxContainers()) process.kill(pid, 'SIGKILL');
  run(path.join(ROOT, 'assets', 'local', 'network.sh'), ['down'], { env: { BRIDGE, GATEWAY: '10.10.10.1/24' } });
}

/**
 * Makes the host ready for a local stack. A running sandbox is somebody's: refuse to touch it.
 * Remains with nothing running (a run or a machine that stopped midway) are only in the way:
 * clear them.
 */
export function clearStoppedSandbox(stack: string): void {
  const stale = leftovers();
  if (stale.length === 0) return;
  const running = stale.filter((item) => item.startsWith('process ') || item.startsWith('container '));
  if (running.length > 0) throw new Error(`a local sandbox is running here (${running.join(', ')}): run npx cdktf destroy on its stack first`);
  process.stderr.write(`clearing what a stopped sandbox left: ${stale.join(', ')}\n`);
  emergencyCleanup();
  const remaining = leftovers();
  if (remaining.length > 0) throw new Error(`could not clear a previous local sandbox (${remaining.join(', ')}): run npx cdktf destroy ${stack}`);
}

/**
 * The current leader of pg-test: the member whose own Patroni answers /primary with 200 (it holds
 * the leader lock). A member's view of the whole cluster can lag a loop behind; this cannot.
 */
export async function pgTestLeader(): Promise<{ instance: string; node: string; timeline?: number }> {
  const answers = await Promise.all(TEST_NODES.map(async (node) => ({ node, code: (await curl(`http://${NODES[node]}:8008/primary`)).code })));
  const leaders = answers.filter((a) => a.code === 200);
  if (leaders.length !== 1) {
    throw new Error(`pg-test has ${leaders.length} members answering /primary (${answers.map((a) => `${a.node}: ${a.code || 'no answer'}`).join(', ')})`);
  }
  const node = leaders[0].node;
  const { members } = await patroniCluster(NODES[node]);
  const self = members.find((m) => INSTANCE_NODE[m.name] === node)!;
  return { instance: self.name, node, timeline: self.timeline };
}

export interface FailoverResult {
  /** Seconds from cutting the primary to the first write accepted through 5433 again. */
  readonly rto: number;
  readonly newLeader: string;
  readonly vipNode: string;
  readonly reads: number;
  readonly failedReads: number;
  /** When, through which node and why each failed read failed. */
  readonly readErrors: readonly string[];
  /** Ids of inserts the clients saw committed (before, during and after the failover). */
  readonly acknowledged: readonly number[];
}

/**
 * Cuts the primary's network and kills its container while a writer inserts through 5433 and a
 * reader reads through 5434, both on the surviving nodes' HAProxy, one statement per connection.
 */
export async function failover(table = 'e2e_writes'): Promise<FailoverResult> {
  const primary = await waitFor('one pg-test leader', 60, () => pgTestLeader());
  const survivors = TEST_NODES.filter((node) => node !== primary.node).map((node) => NODES[node]);
  await psqlOk(survivors[0], 5433, `create table if not exists ${table} (id bigint primary key, at timestamptz default now())`);
  const base = Number(await psqlOk(survivors[0], 5433, `select coalesce(max(id), 0) from ${table}`));
  let running = true;
  let next = base + 1;
  // Writes resume with the first one sent after the cut: the cut below blocks the event loop, so
  // an answer received before it may only be seen after it.
  const writes: { sent: number; at: number; ok: boolean }[] = [];
  const acknowledged: number[] = [];
  const reads: { at: number; ok: boolean; via: string; error: string }[] = [];
  const writer = (async () => {
    while (running) {
      const id = next++;
      const sent = Date.now();
      const result = await psql(survivors[id % survivors.length], 5433, `insert into ${table} (id) values (${id})`, undefined, 3000);
      writes.push({ sent, at: Date.now(), ok: result.status === 0 });
      if (result.status === 0) acknowledged.push(id);
      else await sleep(100);
    }
  })();
  const reader = (async () => {
    while (running) {
      for (const via of survivors) {
        const result = await psql(via, 5434, 'select 1', undefined, 3000);
        reads.push({ at: Date.now(), ok: result.status === 0 && result.stdout.trim() === '1', via, error: result.stderr.trim() });
      }
      await sleep(100);
    }
  })();
  try {
    await sleep(3000);
    const cutAt = Date.now();
    cutOff(primary.node);
    const cutDone = Date.now();
    const resumed = await waitFor('writes through 5433 again', 180, async () => writes.find((w) => w.ok && w.sent >= cutDone));
    await sleep(5000);
    running = false;
    await Promise.all([writer, reader]);
    // Ask again each time: a member's view of the leader follows the DCS one loop later.
    const leader = await waitFor('the VIP on the new primary', 30, async () => {
      const current = await pgTestLeader();
      const bound = run('ip', ['-n', `pgl-sandbox-${current.node}`, '-4', '-o', 'addr', 'show', 'eth0']).stdout.includes(`${PG_TEST_VIP}/24`);
      return bound && current.node !== primary.node ? current : undefined;
    });
    const vipNode = leader.node;
    // Reads in flight at the cut count too: a client sees those fail.
    const afterCut = reads.filter((r) => r.at > cutAt);
    return {
      rto: (resumed.at - cutAt) / 1000,
      newLeader: leader.instance,
      vipNode,
      reads: afterCut.length,
      failedReads: afterCut.filter((r) => !r.ok).length,
      readErrors: afterCut.filter((r) => !r.ok).map((r) => `${new Date(r.at).toISOString()} via ${r.via}: ${r.error}`),
      acknowledged,
    };
  } finally {
    running = false;
    await Promise.all([writer, reader]);
  }
}

/** Acknowledged ids that the current primary does not have. */
export async function lostWrites(acknowledged: readonly number[], table = 'e2e_writes'): Promise<number[]> {
  const stored = new Set((await psqlOk(PG_TEST_VIP, 5433, `select id from ${table}`)).split('\n').filter(Boolean).map(Number));
  return acknowledged.filter((id) => !stored.has(id));
}

/** Restarts a node's container and waits until its member streams from the leader again. */
export async function rejoin(node: string): Promise<{ role: string; timeline?: number; rewind: string }> {
  nodeCtl('start', node);
  const instance = Object.entries(INSTANCE_NODE).find(([, n]) => n === node)![0];
  const member = await waitFor(`${instance} streaming again`, 300, async () => {
    const leader = await pgTestLeader();
    if (leader.node === node) return undefined;
    const { members } = await patroniCluster(NODES[leader.node]);
    const self = members.find((m) => m.name === instance);
    return self && self.role !== 'leader' && self.state === 'running' && self.timeline === leader.timeline ? self : undefined;
  });
  const log = ssh(node, "sudo journalctl -u patroni --no-pager | grep -iE 'rewind' | tail -1").stdout.trim();
  return { role: member.role, timeline: member.timeline, rewind: log.replace(/^.*?(INFO|WARNING): /, '') };
}
