/** The local platform as Terraform sees it: built-ins only, create- and destroy-time provisioners. */
import * as fs from 'fs';
import * as path from 'path';
import { PackageRepo, Sandbox } from '../../lib';
import { Platform } from '../../lib/platform';
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
