/** The local platform as Terraform sees it: built-ins only, create- and destroy-time provisioners. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PackageRepo, Sandbox } from '../../lib';
import { Platform } from '../../lib/platform';
import { runningTrigger } from '../../lib/platform/local/local-platform';
import { synthToDir, TEST_SSH } from '../helpers/stacks';
import { terraform } from '../helpers/terraform';
import { run } from '../helpers/programs';
import { ASSETS_DIR } from '../../lib/private/assets';

describe('sandbox on the local platform', () => {
  const dir = synthToDir(
    (stack) =>
      new Sandbox(stack, 'sandbox', {
        platform: Platform.local({ workDir: '/tmp/pigsty-local-test' }),
        ssh: TEST_SSH,
        repo: PackageRepo.META_ONLY,
        grafana: false,
      }),
  );
  const config = JSON.parse(fs.readFileSync(`${dir}/cdk.tf.json`, 'utf8'));
  afterAll(() => fs.rmSync(dir.replace(/\/stacks\/test$/, ''), { recursive: true, force: true }));
  const data: Record<string, any> = config.resource.terraform_data;
  const find = (pattern: RegExp) =>
    Object.entries(data)
      .filter(([key]) => pattern.test(key))
      .map(([, value]) => value);

  it('needs no provider: every resource is terraform_data', () => {
    expect(Object.keys(config.resource)).toEqual(['terraform_data']);
    expect(config.terraform.required_providers).toBeUndefined();
  });

  it('validates and plans with a stock Terraform, offline', () => {
    terraform(dir, 'init', '-input=false', '-no-color');
    terraform(dir, 'validate', '-no-color');
    const plan = terraform(dir, 'plan', '-input=false', '-no-color').stdout;
    expect(plan).toMatch(/Plan: \d+ to add, 0 to change, 0 to destroy/);
    // Its state (and the lock a plan takes on it) lies beside the JSON, not in the repository
    // that jest runs in, where parallel plans of other tests would share it.
    expect(config.terraform.backend.local.path).toBe(path.join(dir, '..', '..', 'terraform.tfstate'));
  });

  it('builds one rootfs with every package the nodes need, keyed by the package list', () => {
    const [rootfs] = find(/_platform_rootfs_/);
    const command: string = rootfs.provisioner[0]['local-exec'].command;
    expect(command).toMatch(/assets\/local\/build-rootfs\.sh \/var\/cache\/pigsty-local\/rootfs-debian12-[0-9a-f]{12} /);
    for (const pkg of ['etcd-server', 'patroni', 'postgresql-15', 'pgbouncer', 'haproxy', 'vip-manager']) expect(command).toContain(` ${pkg}`);
  });

  it('starts each node with its MAC and tears it down at destroy', () => {
    const containers = find(/_machine_container_/);
    expect(containers).toHaveLength(4);
    const node2 = containers.find((c) => c.triggers_replace.NODE === 'node-2');
    expect(node2.triggers_replace).toMatchObject({
      MAC: '52:54:00:0a:0a:0c',
      BRIDGE: 'pgl-sandbox',
      NETNS: 'pgl-sandbox-node-2',
      WORKDIR: '/tmp/pigsty-local-test',
      REPO: '',
    });
    // Offline: a database node boots from the base rootfs and installs from the meta node, which serves the repository.
    expect(node2.triggers_replace.ROOTFS).toMatch(/\/rootfs-debian12-[0-9a-f]{12}\/base$/);
    const meta = containers.find((c) => c.triggers_replace.NODE === 'meta');
    expect(meta.triggers_replace.ROOTFS).toMatch(/\/full$/);
    expect(meta.triggers_replace.REPO).toMatch(/\/rootfs-debian12-[0-9a-f]{12}\/repo$/);
    expect(node2.provisioner.map((p: any) => [p['local-exec'].command.split('/').pop(), p['local-exec'].when])).toEqual([
      ['node.sh start', undefined],
      ['node.sh destroy', 'destroy'],
    ]);
  });

  it('records the stack with each node, outside the triggers, and keeps each node running: a deploy starts a node that is not', () => {
    const containers = find(/_machine_container_/);
    expect(containers[0].provisioner[0]['local-exec'].environment.OWNER).toBe('test');
    expect(containers[0].triggers_replace.OWNER).toBeUndefined();
    const running = find(/_machine_running_/);
    expect(running).toHaveLength(4);
    const node2 = running.find((r) => r.provisioner[0]['local-exec'].environment.NODE === 'node-2');
    expect(node2.triggers_replace.state).toBe(runningTrigger('/tmp/pigsty-local-test/nodes/node-2/pid'));
    expect(node2.provisioner[0]['local-exec']).toMatchObject({
      command: expect.stringMatching(/node\.sh start$/),
      environment: { WORKDIR: '/tmp/pigsty-local-test' },
    });
    // Every step of the node waits for it: its ready step depends on both.
    const [ready] = Object.entries(data).filter(([key]) => /_pg-test-2_ready_/.test(key));
    expect(ready[1].depends_on.filter((d: string) => /_machine_(container|running)_/.test(d))).toHaveLength(2);
  });

  it("sweeps the stack's nodes the state lost at a destroy, after every machine and before the network", () => {
    const [sweep] = find(/_platform_sweep_/);
    expect(sweep.triggers_replace).toEqual({ WORKDIR: '/tmp/pigsty-local-test', BRIDGE: 'pgl-sandbox', OWNER: 'test' });
    expect(sweep.provisioner).toEqual([
      {
        'local-exec': {
          when: 'destroy',
          command: `${ASSETS_DIR}/local/node.sh sweep`,
          environment: { WORKDIR: '${self.triggers_replace.WORKDIR}', BRIDGE: '${self.triggers_replace.BRIDGE}', OWNER: '${self.triggers_replace.OWNER}' },
        },
      },
    ]);
    expect(sweep.depends_on).toEqual([expect.stringMatching(/_platform_network_/)]);
    for (const container of find(/_machine_container_/)) expect(container.depends_on).toContainEqual(expect.stringMatching(/_platform_sweep_/));
  });

  it('marks the bridge with the stack, outside the triggers, so another stack on it is refused', () => {
    const [network] = find(/_network_/);
    const up = network.provisioner[0]['local-exec'];
    expect(up.command).toMatch(/network\.sh up$/);
    expect(up.environment).toEqual({ BRIDGE: 'pgl-sandbox', GATEWAY: '10.10.10.1/24', OWNER: 'test' });
    expect(network.triggers_replace).toEqual({ BRIDGE: 'pgl-sandbox', GATEWAY: '10.10.10.1/24' });
  });

  it('seeds cloud-init with the same documents a VM gets, the user-data sensitive, later changes ignored', () => {
    const [seed] = find(/_pg-test-1_machine_seed_/);
    expect(seed.input.user_data).toMatch(/^\$\{sensitive\("#cloud-config\\n/);
    expect(seed.input.network_config).toContain('macaddress: 52:54:00:0a:0a:0b');
    expect(seed.lifecycle.ignore_changes).toEqual(['input']);
    expect(seed.provisioner[0]['local-exec'].environment.USER_DATA).toBe('${self.input.user_data}');
  });

  it('hands the nodes the same user-data a VM gets: the offline rootfs simply has no package source', () => {
    const [seed] = find(/_pg-test-1_machine_seed_/);
    expect(seed.input.user_data).toContain('\\"package_update\\": true');
  });
});

describe('the local platform refuses what it cannot install offline', () => {
  it('names Grafana and the fix', () => {
    expect(() => synthToDir((stack) => new Sandbox(stack, 'sandbox', { platform: Platform.local(), ssh: TEST_SSH }))).toThrow(
      /cannot install Grafana[^]*Set grafana: \{ enabled: false \}/,
    );
  });
});

describe('network.sh, in a network namespace of its own', () => {
  const script = `${ASSETS_DIR}/local/network.sh`;
  it('refuses a bridge that another stack deployed, naming it and the fix', () => {
    const steps = [
      `BRIDGE=pgl-t GATEWAY=10.10.10.1/24 OWNER=sandbox-local ${script} up`,
      `BRIDGE=pgl-t GATEWAY=10.10.10.1/24 OWNER=sandbox-local ${script} up && echo SAME_OWNER_OK`,
      `BRIDGE=pgl-t GATEWAY=10.10.10.1/24 OWNER=sandbox-local-3meta ${script} up || echo OTHER_OWNER_REFUSED`,
      `BRIDGE=pgl-t GATEWAY=10.10.10.1/24 ${script} down`,
      'ip link show pgl-t >/dev/null 2>&1 || echo GONE',
    ];
    const result = run('unshare', ['--net', 'bash', '-c', steps.join('\n')]);
    const out = result.stdout + result.stderr;
    expect(out).toContain('SAME_OWNER_OK');
    expect(out).toContain(
      'FAILED: bridge pgl-t belongs to stack sandbox-local, deployed on this host with the same network: run npx cdktf destroy sandbox-local first',
    );
    expect(out).toContain('OTHER_OWNER_REFUSED');
    expect(out).toContain('GONE');
  });
});

describe('the running trigger, planned and applied by Terraform', () => {
  // A stand-in for a node: a sleep whose command name is systemd-nspawn's, its PID in a file as node.sh keeps it.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pigsty-running-'));
  const nspawn = path.join(dir, 'systemd-nspawn');
  const pidFile = path.join(dir, 'pid');
  const start = path.join(dir, 'start.sh');
  fs.copyFileSync(run('sh', ['-c', 'command -v sleep']).stdout.trim(), nspawn);
  fs.writeFileSync(start, `#!/bin/sh\n${nspawn} 600 >/dev/null 2>&1 &\necho $! > ${pidFile}\necho started >> ${dir}/starts\n`, { mode: 0o755 });
  fs.writeFileSync(
    path.join(dir, 'main.tf.json'),
    JSON.stringify({
      resource: {
        terraform_data: { running: { triggers_replace: { state: runningTrigger(pidFile) }, provisioner: [{ 'local-exec': { command: start } }] } },
      },
    }),
  );
  const starts = () => fs.readFileSync(path.join(dir, 'starts'), 'utf8').split('\n').filter(Boolean).length;
  const plan = () =>
    run('terraform', ['plan', '-detailed-exitcode', '-input=false', '-no-color'], { cwd: dir, env: { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null' } });
  const stop = () => process.kill(Number(fs.readFileSync(pidFile, 'utf8')), 'SIGKILL');
  afterAll(() => {
    try {
      stop();
    } catch {
      // already gone
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('changes nothing while the node runs, and a deploy starts it again once it died', () => {
    terraform(dir, 'init', '-input=false', '-no-color');
    terraform(dir, 'apply', '-auto-approve', '-input=false', '-no-color');
    expect(starts()).toBe(1);
    expect(plan().status).toBe(0); // running: no changes
    stop();
    const died = plan();
    expect(died.status).toBe(2);
    expect(died.stdout).toMatch(/terraform_data\.running must be replaced/);
    terraform(dir, 'apply', '-auto-approve', '-input=false', '-no-color');
    expect(starts()).toBe(2);
    expect(plan().status).toBe(0); // healed, and stable again
  });
});

describe('node.sh sweep, in a network namespace of its own', () => {
  it("destroys the stack's nodes, and those naming no stack only when the bridge is the stack's", () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pigsty-sweep-'));
    const node = (name: string, owner?: string) => {
      fs.mkdirSync(path.join(work, 'nodes', name, 'seed'), { recursive: true });
      if (owner !== undefined) {
        fs.writeFileSync(
          path.join(work, 'nodes', name, 'env'),
          `ROOTFS=/none\nBRIDGE=pgl-t\nMAC=52:54:00:0a:0a:0b\nNETNS=pgl-t-${name}\nVETH=pglt${name}\nREPO=''\nOWNER=${owner}\n`,
        );
      }
    };
    node('ours', 'sandbox-local');
    node('theirs', 'sandbox-local-3meta');
    node('unnamed');
    const sweep = `WORKDIR=${work} BRIDGE=pgl-t OWNER=sandbox-local ${ASSETS_DIR}/local/node.sh sweep`;
    const left = () => fs.readdirSync(path.join(work, 'nodes')).sort().join(' ');
    try {
      // No bridge marked by the stack: a node naming no stack may be anyone's.
      run('unshare', ['--net', 'bash', '-c', `ip link add pglttheirs type veth peer name x; ${sweep}`]);
      expect(left()).toBe('theirs unnamed');
      node('ours', 'sandbox-local');
      const marked = run('unshare', [
        '--net',
        'bash',
        '-c',
        [
          `BRIDGE=pgl-t GATEWAY=10.10.10.1/24 OWNER=sandbox-local ${ASSETS_DIR}/local/network.sh up`,
          'ip link add pgltours type veth peer name y && ip link set pgltours master pgl-t',
          sweep,
          'ip link show pgltours >/dev/null 2>&1 || echo VETH_GONE',
          'ip link add stray type veth peer name z && ip link set stray master pgl-t',
          `BRIDGE=pgl-t GATEWAY=10.10.10.1/24 OWNER=sandbox-local-3meta ${ASSETS_DIR}/local/network.sh down`,
          'ip link show pgl-t >/dev/null 2>&1 && echo KEPT_FOR_ITS_OWNER',
          `BRIDGE=pgl-t GATEWAY=10.10.10.1/24 OWNER=sandbox-local ${ASSETS_DIR}/local/network.sh down`,
          'ip link show stray >/dev/null 2>&1 || echo STRAY_GONE',
          'ip link show pgl-t >/dev/null 2>&1 || echo BRIDGE_GONE',
        ].join('\n'),
      ]);
      expect(left()).toBe('theirs');
      const out = marked.stdout + marked.stderr;
      for (const word of ['VETH_GONE', 'KEPT_FOR_ITS_OWNER', 'STRAY_GONE', 'BRIDGE_GONE']) expect(out).toContain(word);
      expect(out).toContain('sweep: ours has no state entry left; destroying it');
      expect(out).toContain('sweep: unnamed has no state entry left; destroying it');
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });
});
