/**
 * The sandbox on vSphere: what each VM's guestinfo carries, read back by cloud-init's own VMware
 * datasource (Debian's cloud-init 22.4, run here), against what the libvirt platform writes for
 * the same spec; the 64 KiB guard; the vCenter password's handling; the site's data sources.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Testing, TerraformStack } from 'cdktf';
import { InstanceRole, PgCluster, Platform, Sandbox, Tls, ValidationError } from '../../lib';
import { GUESTINFO_VALUE_LIMIT } from '../../lib/platform/vsphere/guestinfo';
import { requireProgram, run, runOk } from '../helpers/programs';
import { configFiles, synthSandbox, SynthResult, TEST_SSH } from '../helpers/stacks';
import { terraform } from '../helpers/terraform';

const NODES = ['meta', 'node-1', 'node-2', 'node-3'];
// Literal user-data, as cloud-init's datasource reads it here: no runner keys (their texts are
// apply-time values, which Terraform's base64gzip() encodes; test/platform covers that form).
const libvirt = synthSandbox({ tls: Tls.none() });
const vsphere = synthSandbox({ platform: Platform.vsphere(), tls: Tls.none() });
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pigsty-vsphere-'));

const vmNamed = (config: SynthResult['config'], name: string): any =>
  Object.values(config.resource.vsphere_virtual_machine).find((vm: any) => vm.name === name);
const seedNamed = (name: string): any => Object.values(libvirt.config.resource.libvirt_cloudinit_disk).find((seed: any) => seed.name === name);

/** The literal text of an HCL quoted string as terraform-text.ts writes it (no tokens in the sandbox). */
function unquote(expression: string, wrapper: RegExp): string {
  const body = wrapper.exec(expression)?.[1];
  if (body === undefined) throw new Error(`not ${wrapper}: ${expression.slice(0, 80)}`);
  const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
  return body.replace(/\\(.)|\$\$\{|%%\{/g, (match, escaped: string | undefined) => (escaped ? escapes[escaped] : match.slice(1)));
}

/** extra_config with the user-data's literal value (written as sensitive("...")). */
function guestinfoOf(node: string): Record<string, string> {
  const extra = { ...vmNamed(vsphere.config, `sandbox-${node}`).extra_config };
  extra['guestinfo.userdata'] = unquote(extra['guestinfo.userdata'], /^\$\{sensitive\("(.*)"\)\}$/s);
  return extra;
}

/** The interpreter cloud-init runs on (its program's #! line), which has its modules. */
const CLOUD_INIT_PYTHON = /^#!(\S+)/.exec(fs.readFileSync(requireProgram('cloud-init'), 'utf8').split('\n')[0])![1];

interface DatasourceView {
  readonly found: boolean;
  readonly subplatform: string;
  readonly instance_id: string;
  readonly metadata: Record<string, unknown>;
  readonly network_config: unknown;
  readonly userdata: string;
}

/** What cloud-init's VMware datasource reads from these guestinfo values. */
function datasource(node: string, mode: 'envvar' | 'guestinfo', env: NodeJS.ProcessEnv = {}): DatasourceView {
  const values = path.join(work, `${node}-extra-config.json`);
  fs.writeFileSync(values, JSON.stringify(guestinfoOf(node)));
  const args = [path.join(__dirname, '..', 'helpers', 'vmware-datasource.py'), values, mode, path.join(__dirname, '..', 'helpers', 'vmware-rpctool.sh')];
  // Only what the datasource needs: no VMX_GUESTINFO from the outside.
  const result = runOk(CLOUD_INIT_PYTHON, args, { env: { PATH: process.env.PATH, ...env } });
  return JSON.parse(result.stdout.trim().split('\n').pop()!);
}

describe('sandbox on vSphere: guestinfo as cloud-init reads it', () => {
  it.each(NODES)('%s: the user-data is exactly what the libvirt platform writes', (node) => {
    const view = datasource(node, 'envvar');
    expect(view.found).toBe(true);
    expect(view.subplatform).toBe('envvar (VMX_GUESTINFO_METADATA)');
    expect(view.userdata).toBe(unquote(seedNamed(`sandbox-${node}-seed`).user_data, /^\$\{sensitive\("(.*)"\)\}$/s));
  });

  it.each(NODES)('%s: metadata carries the instance-id, hostname and the network-config libvirt gets', (node) => {
    const view = datasource(node, 'envvar');
    const seed = seedNamed(`sandbox-${node}-seed`);
    expect(view.instance_id).toBe(`sandbox-${node}`);
    expect(view.metadata['local-hostname']).toBe(node);
    expect(view.network_config).toEqual(require('yaml').parse(seed.network_config));
  });

  it.each(NODES)('%s: the decoded user-data passes cloud-init schema', (node) => {
    const file = path.join(work, `${node}-user-data`);
    fs.writeFileSync(file, datasource(node, 'envvar').userdata);
    const result = run('cloud-init', ['schema', '--config-file', file]);
    expect(result.stdout + result.stderr).toContain('Valid cloud-config');
    expect(result.status).toBe(0);
  });

  it('through the VMware Tools transport, the datasource clears the user-data once read', () => {
    const dir = fs.mkdtempSync(path.join(work, 'guestinfo-'));
    for (const [key, value] of Object.entries(guestinfoOf('node-1'))) fs.writeFileSync(path.join(dir, key), value);
    const view = datasource('node-1', 'guestinfo', { GUESTINFO_DIR: dir });
    expect(view.subplatform).toBe('guestinfo (guestinfo.metadata)');
    expect(view.userdata).toBe(unquote(seedNamed('sandbox-node-1-seed').user_data, /^\$\{sensitive\("(.*)"\)\}$/s));
    // redact: the value becomes "---" (empty YAML) and its encoding a blank.
    expect(fs.readFileSync(path.join(dir, 'set.log'), 'utf8')).toBe('guestinfo.userdata ---\nguestinfo.userdata.encoding  \n');
    expect(fs.readFileSync(path.join(dir, 'guestinfo.userdata'), 'utf8')).toBe('---');
  });

  it('encodes gzip+base64 with a fixed header (no mtime, OS unknown) and passes the user-data as sensitive', () => {
    for (const node of NODES) {
      const vm = vmNamed(vsphere.config, `sandbox-${node}`);
      expect(vm.extra_config['guestinfo.userdata.encoding']).toBe('gzip+base64');
      expect(vm.extra_config['guestinfo.metadata.encoding']).toBe('gzip+base64');
      expect(vm.extra_config['guestinfo.userdata']).toMatch(/^\$\{sensitive\("[A-Za-z0-9+/=]+"\)\}$/);
      const header = Buffer.from(guestinfoOf(node)['guestinfo.userdata'], 'base64').subarray(0, 10);
      expect([...header.subarray(4, 8), header[9]]).toEqual([0, 0, 0, 0, 0xff]);
    }
    expect(synthSandbox({ platform: Platform.vsphere(), tls: Tls.none() }).json).toBe(vsphere.json);
  });
});

describe('sandbox on vSphere: the VMs', () => {
  it('clones one VM per node from the template, sized from the spec, on the port group with the MAC the network-config matches', () => {
    const sizes = Object.fromEntries(
      NODES.map((node) => [node, vmNamed(vsphere.config, `sandbox-${node}`)]).map(([n, vm]) => [n, [vm.num_cpus, vm.memory, vm.disk[0].size]]),
    );
    expect(sizes).toEqual({ meta: [2, 4096, 40], 'node-1': [1, 2048, 20], 'node-2': [1, 2048, 20], 'node-3': [1, 2048, 20] });
    const vm = vmNamed(vsphere.config, 'sandbox-node-2');
    const template = Object.keys(vsphere.config.data.vsphere_virtual_machine)[0];
    expect(vm.clone.template_uuid).toBe(`\${data.vsphere_virtual_machine.${template}.id}`);
    expect(vm.guest_id).toBe(`\${data.vsphere_virtual_machine.${template}.guest_id}`);
    expect(vm.network_interface).toEqual([
      {
        network_id: expect.stringMatching(/^\$\{data\.vsphere_network\.\w+\.id\}$/),
        adapter_type: `\${data.vsphere_virtual_machine.${template}.network_interface_types[0]}`,
        use_static_mac: true,
        mac_address: '52:54:00:0a:0a:0c',
      },
    ]);
    expect(seedNamed('sandbox-node-2-seed').network_config).toContain('macaddress: 52:54:00:0a:0a:0c');
    expect(vm.wait_for_guest_net_timeout).toBe(0);
    expect(vm.lifecycle.ignore_changes).toEqual(['extra_config', 'clone']);
    expect(vm.lifecycle.precondition[0].condition).toBe(`\${data.vsphere_virtual_machine.${template}.disks[0].size <= 20}`);
  });

  it('reads the site from data sources and variables; the password is sensitive without default, unverified TLS off', () => {
    expect(Object.keys(vsphere.config.data).sort()).toEqual([
      'vsphere_compute_cluster',
      'vsphere_datacenter',
      'vsphere_datastore',
      'vsphere_folder',
      'vsphere_network',
      'vsphere_virtual_machine',
    ]);
    const variables = vsphere.config.variable;
    expect(variables.vsphere_password).toEqual(expect.objectContaining({ sensitive: true, type: 'string' }));
    expect(variables.vsphere_password).not.toHaveProperty('default');
    expect(variables.vsphere_allow_unverified_ssl.default).toBe(false);
    expect(vsphere.config.provider.vsphere[0]).toEqual({
      allow_unverified_ssl: '${var.vsphere_allow_unverified_ssl}',
      password: '${var.vsphere_password}',
      user: '${var.vsphere_user}',
      vsphere_server: '${var.vsphere_server}',
    });
    expect(vsphere.config.terraform.required_providers.vsphere).toEqual({ source: 'vmware/vsphere', version: '2.15.0' });
  });

  it('keeps the vCenter password out of the plan: Terraform shows it as a sensitive value', () => {
    // The provider is not downloadable here: plan the synthesized variable declaration itself,
    // with a resource that carries the value, as the provider block does.
    const dir = fs.mkdtempSync(path.join(work, 'plan-'));
    const secret = 'Vcenter.Secret-4711';
    fs.writeFileSync(
      path.join(dir, 'main.tf.json'),
      JSON.stringify({
        variable: { vsphere_password: vsphere.config.variable.vsphere_password },
        resource: { terraform_data: { probe: { input: vsphere.config.provider.vsphere[0].password } } },
      }),
    );
    terraform(dir, 'init', '-input=false', '-no-color');
    const plan = terraform(dir, 'plan', '-input=false', '-no-color', `-var=vsphere_password=${secret}`);
    expect(plan.stdout).toContain('input  = (sensitive value)');
    expect(plan.stdout + plan.stderr).not.toContain(secret);
    expect(vsphere.json).not.toContain(secret);
  });
});

describe('the same spec on libvirt and on vSphere', () => {
  /** Steps and files, with each platform's machine address in the same placeholder. */
  const normalized = (result: SynthResult): unknown =>
    JSON.parse(
      JSON.stringify({ steps: result.config.resource.terraform_data, locals: result.config.locals, output: result.config.output }).replace(
        /(?:libvirt_domain\.([\w-]+?)_domain_[0-9A-F]{8}(?:\.uuid)?|vsphere_virtual_machine\.([\w-]+?)_vm_[0-9A-F]{8}(?:\.id)?)/g,
        (_match, a: string | undefined, b: string | undefined) => `MACHINE(${a ?? b})`,
      ),
    );

  it('renders identical config files', () => {
    const files = (result: SynthResult) => configFiles(result.config).map(({ address, ...file }) => ({ node: address.split('_files_')[0], ...file }));
    expect(files(vsphere)).toEqual(files(libvirt));
    expect(configFiles(vsphere.config).length).toBeGreaterThan(90);
  });

  it('has identical steps, outputs and locals; only the platform resources differ', () => {
    expect(normalized(vsphere)).toEqual(normalized(libvirt));
    const types = (result: SynthResult) => Object.keys(result.config.resource).sort();
    expect(types(libvirt)).toEqual(['libvirt_cloudinit_disk', 'libvirt_domain', 'libvirt_network', 'libvirt_pool', 'libvirt_volume', 'terraform_data']);
    expect(types(vsphere)).toEqual(['terraform_data', 'vsphere_virtual_machine']);
  });
});

describe('the 64 KiB guestinfo limit', () => {
  /** A cluster whose user-data cannot fit: many users with long, hardly compressible passwords. */
  function oversized(users: number): () => string {
    return () => {
      const app = Testing.app();
      const stack = new TerraformStack(app, 'test');
      const sandbox = new Sandbox(stack, 'sandbox', { platform: Platform.vsphere(), ssh: TEST_SSH });
      let seed = 7;
      const password = () =>
        Array.from({ length: 100 }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[(seed = (seed * 48271) % 2147483647) % 62]).join('');
      new PgCluster(sandbox, 'pg-big', {
        instances: [{ seq: 1, role: InstanceRole.PRIMARY, ip: '10.10.10.31' }],
        users: Array.from({ length: users }, (_, i) => ({ name: `dbuser_app_${i}`, password: password(), pgbouncer: true })),
      });
      return Testing.synth(stack);
    };
  }

  it('fails synth naming the node, the size and the fix', () => {
    let error: unknown;
    try {
      oversized(400)();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const message = (error as ValidationError).message;
    expect(message).toMatch(/node pg-big-1: guestinfo\.userdata is \d+ bytes once encoded \(gzip\+base64\), over the 64512 bytes/);
    expect(Number(/is (\d+) bytes/.exec(message)![1])).toBeGreaterThan(GUESTINFO_VALUE_LIMIT);
    expect(message).toContain('fewer users, databases or services');
    expect(message).toContain('/etc/pgbouncer/userlist.txt');
    // Only the node over the limit: the sandbox's nodes fit.
    expect((error as ValidationError).problems.map((p) => p.message.split(':')[0])).toEqual(['node pg-big-1']);
  });

  it('lets a database node with 20 users through', () => {
    expect(oversized(20)).not.toThrow();
  });
});
