/**
 * Run-time checks of props, as a JavaScript caller (or a cast) meets them: a prop left out,
 * misspelt, or a plain string where an option class is expected is refused with a message that
 * names the prop and what to pass; constructs outside a Deployment (or a service outside a
 * cluster) are refused instead of being silently left out.
 */
import { App, TerraformStack, Testing } from 'cdktf';
import {
  AlertReceiver,
  Dcs,
  Deployment,
  DeploymentSecrets,
  HbaRule,
  HealthCheck,
  HaproxyService,
  InstanceRole,
  MetaNode,
  PgCluster,
  Platform,
  Rpo,
  RtoPreset,
  Sandbox,
  ServiceDestination,
  UsageError,
} from '../../lib';
import { TEST_SSH } from '../helpers/stacks';

/** Calls with the types switched off, as plain JavaScript does. */
const js = <T>(value: unknown): T => value as T;

function deployment(): Deployment {
  const stack = new TerraformStack(Testing.app(), 'test');
  return new Deployment(stack, 'lab', {
    platform: Platform.libvirt(),
    network: { cidr: '10.10.10.0/24' },
    ssh: TEST_SSH,
    secrets: DeploymentSecrets.demo(),
    policies: { allow: ['no-demo-passwords'] },
  });
}

const primary = { seq: 1, role: InstanceRole.PRIMARY, ip: '10.10.10.21' };

function messageOf(make: () => unknown): string {
  try {
    make();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('accepted');
}

describe('constructs refuse what would be silently missing', () => {
  it('refuses a cluster created outside a Deployment', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    expect(messageOf(() => new PgCluster(stack, 'pg-x', { instances: [primary] }))).toBe(
      'PgCluster "pg-x" is created outside any Deployment (in test), so it would never be deployed: write new PgCluster(deployment, "pg-x", { instances: [...] }) with a Deployment as the scope.',
    );
  });

  it('refuses a meta node created outside a Deployment', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    expect(messageOf(() => new MetaNode(stack, 'meta', { ip: '10.10.10.10' }))).toContain('MetaNode "meta" is created outside any Deployment');
  });

  it('refuses a service created outside a cluster', () => {
    expect(messageOf(() => new HaproxyService(deployment(), 'standby', { port: 5435, check: HealthCheck.REPLICA }))).toContain(
      'HaproxyService "standby" is created in test/lab, which is not a PgCluster',
    );
  });

  it('refuses a Deployment outside a TerraformStack', () => {
    expect(
      messageOf(
        () =>
          new Deployment(new App(), 'lab', {
            platform: Platform.libvirt(),
            network: { cidr: '10.10.10.0/24' },
            ssh: TEST_SSH,
            secrets: DeploymentSecrets.demo(),
            policies: { allow: ['no-demo-passwords'] },
          }),
      ),
    ).toContain('Deployment "lab" is not inside a TerraformStack');
  });
});

describe('props checked at run time', () => {
  it.each([
    ['props left out', () => new PgCluster(deployment(), 'pg-x', js(undefined)), 'PgCluster "pg-x": props is missing: pass an object with instances.'],
    [
      'a plain string for an option class',
      () => new PgCluster(deployment(), 'pg-x', { instances: [{ ...primary, role: js('primary') }] }),
      'PgCluster "pg-x": props.instances[0].role is the string "primary": pass an InstanceRole (InstanceRole.PRIMARY, InstanceRole.REPLICA or InstanceRole.OFFLINE).',
    ],
    [
      'a string where an RTO preset goes, which was a silent default',
      () => new PgCluster(deployment(), 'pg-x', { instances: [primary], rto: js('fast') }),
      'props.rto is the string "fast": pass a RtoPreset (RtoPreset.FAST, RtoPreset.NORM, RtoPreset.SAFE, RtoPreset.WIDE or RtoPreset.custom())',
    ],
    [
      'a misspelt prop',
      () => new PgCluster(deployment(), 'pg-x', js({ instances: [primary], paramaters: { work_mem: '64MB' } })),
      'props.paramaters is not a known prop (did you mean "parameters"?)',
    ],
    [
      'a number as a parameter value',
      () => new PgCluster(deployment(), 'pg-x', { instances: [primary], parameters: js({ work_mem: 64 }) }),
      'props.parameters.work_mem is the number 64: pass a string',
    ],
    ['a meta node without an address', () => new MetaNode(deployment(), 'meta', js({})), 'MetaNode "meta": props.ip is missing: pass a string.'],
    [
      'a service whose check is a string',
      () => new PgCluster(deployment(), 'pg-x', { instances: [primary] }).addService('standby', { port: 5435, check: js('/replica') }),
      'HaproxyService "standby": props.check is the string "/replica": pass a HealthCheck (HealthCheck.PRIMARY',
    ],
    [
      'a user whose password is a number (not shown: it is a secret)',
      () => new PgCluster(deployment(), 'pg-x', { instances: [primary] }).addUser(js({ name: 'dbuser_app', password: 12345678 })),
      'PgCluster "pg-x" addUser(): user.password is a number: pass a string.',
    ],
    [
      'a deployment whose DCS is a string',
      () =>
        new Deployment(new TerraformStack(Testing.app(), 't'), 'lab', {
          platform: Platform.libvirt(),
          network: { cidr: '10.10.10.0/24' },
          ssh: TEST_SSH,
          secrets: DeploymentSecrets.demo(),
          policies: { allow: ['no-demo-passwords'] },
          dcs: js('etcd'),
        }),
      'Deployment "lab": props.dcs is the string "etcd": pass a Dcs (Dcs.etcd() or Dcs.consul())',
    ],
    [
      'a deployment whose platform is a string',
      () => new Deployment(new TerraformStack(Testing.app(), 't'), 'lab', js({ platform: 'libvirt' })),
      'props.platform is the string "libvirt": pass a platform',
    ],
    [
      'a sandbox with four meta nodes',
      () => new Sandbox(new TerraformStack(Testing.app(), 't'), 's', { platform: Platform.local(), ssh: TEST_SSH, metaNodes: js(4) }),
      'pass 1, 3 or 5',
    ],
    ['an HBA rule without an address', () => HbaRule.host(js({ database: 'all', user: 'all' })), 'HbaRule.host(): options.address is missing: pass a string.'],
    [
      'an email receiver whose password is a number',
      () => AlertReceiver.email(js({ to: 'a@b', from: 'c@d', smarthost: 'h:25', authPassword: 99999999 })),
      'options.authPassword is a number',
    ],
    [
      'an etcd API given as a string',
      () => Dcs.etcd({ api: js('v3') }),
      'Dcs.etcd(): options.api is the string "v3": pass an EtcdApiVersion (EtcdApiVersion.V2 or EtcdApiVersion.V3).',
    ],
    ['an RPO given as a string', () => Rpo.bytes(js('1MB')), 'Rpo.bytes(): bytes is the string "1MB": pass a number.'],
    [
      'custom timings without a ttl',
      () => RtoPreset.custom(js({ loopWait: 5, retryTimeout: 5 })),
      'RtoPreset.custom(): timings.ttl is missing: pass a number.',
    ],
    ['a destination port given as a string', () => ServiceDestination.port(js('6432')), 'ServiceDestination.port(): port is the string "6432": pass a number.'],
    [
      'a local platform directory with a space',
      () => Platform.local({ workDir: '/var/lib/my pigsty' }),
      'Platform.local(): workDir "/var/lib/my pigsty" is not an absolute path',
    ],
    ['a libvirt URI with a quote', () => Platform.libvirt({ uri: "qemu:///system'" }), 'Platform.libvirt(): uri "qemu:///system\'" is not a libvirt URI'],
    ['secrets given as a list', () => DeploymentSecrets.of(js(['a'])), 'DeploymentSecrets.of(): values is an array'],
  ])('refuses %s, naming the prop', (_what, make, says) => {
    expect(messageOf(make)).toContain(says);
  });

  it('lists every wrong prop at once', () => {
    const message = messageOf(() => new PgCluster(deployment(), 'pg-x', js({ instances: [{ seq: '1', role: 'primary', ip: 21 }] })));
    expect(message).toContain('props.instances[0].seq is the string "1": pass a number');
    expect(message).toContain('props.instances[0].role is the string "primary"');
    expect(message).toContain('props.instances[0].ip is the number 21: pass a string');
  });

  it('accepts what the types accept (the sandbox, with every option class)', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    expect(() => new Sandbox(stack, 'sandbox', { platform: Platform.libvirt(), ssh: TEST_SSH, rto: RtoPreset.FAST, rpo: Rpo.SYNCHRONOUS })).not.toThrow();
    expect(() => Testing.synth(stack)).not.toThrow();
  });
});
