/** The production-style vSphere example synthesizes: three meta nodes, pg-oltp at RPO 0, pg-report with an offline instance. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { gunzipSync } from 'zlib';
import { Testing } from 'cdktf';
import { VsphereProdStack } from '../../examples/vsphere/stack';
import { GUESTINFO_VALUE_LIMIT } from '../../lib/platform/vsphere/guestinfo';
import { configFiles } from '../helpers/stacks';
import { terraform } from '../helpers/terraform';

describe('examples/vsphere', () => {
  const stack = new VsphereProdStack(Testing.app(), 'vsphere-prod');
  const json = Testing.synth(stack, true);
  const config = JSON.parse(json);
  const vms: any[] = Object.values(config.resource.vsphere_virtual_machine);
  const files = configFiles(config);

  it('has a VM per node: three meta nodes, pg-oltp-1..3, pg-report-1..3', () => {
    expect(vms.map((vm) => vm.name).sort()).toEqual([
      'prod-meta-1',
      'prod-meta-2',
      'prod-meta-3',
      'prod-pg-oltp-1',
      'prod-pg-oltp-2',
      'prod-pg-oltp-3',
      'prod-pg-report-1',
      'prod-pg-report-2',
      'prod-pg-report-3',
    ]);
    const oltp = vms.find((vm) => vm.name === 'prod-pg-oltp-1');
    expect([oltp.num_cpus, oltp.memory, oltp.disk[0].size]).toEqual([16, 65536, 1000]);
    expect(Object.keys(config.data.vsphere_resource_pool)).toHaveLength(1);
  });

  it('runs pg-oltp in synchronous mode (RPO 0) and serves the offline service from pg-report-3', () => {
    const fileOn = (instance: string, file: string) => files.find((f) => f.address.includes(`_${instance}_`) && f.path === file)!.content;
    expect(fileOn('pg-oltp-1', '/etc/patroni/dcs.yml')).toContain('synchronous_mode: true');
    expect(fileOn('pg-report-1', '/etc/patroni/dcs.yml')).toContain('synchronous_mode: false');
    // The offline instance takes the offline service; the others are its backups.
    expect(fileOn('pg-report-1', '/etc/haproxy/haproxy.cfg')).toMatch(
      /listen pg-report-offline\n {4}bind \*:5438\n[^]*?server pg-report-3 10\.40\.0\.43:5432 check port 8008 weight 100\n/,
    );
  });

  it('takes every secret and the site from variables; the passwords are sensitive', () => {
    for (const name of ['pigsty_superuser_password', 'oltp_password', 'report_password', 'vsphere_password']) {
      expect(config.variable[name]).toMatchObject({ sensitive: true, type: 'string' });
      expect(config.variable[name]).not.toHaveProperty('default');
    }
    expect(config.variable.vsphere_resource_pool).toBeDefined();
  });

  it('has Terraform encode the user-data, which holds the passwords', () => {
    for (const vm of vms) expect(vm.extra_config['guestinfo.userdata']).toMatch(/^\$\{sensitive\(base64gzip\("#cloud-config\\n.*\$\{var\.[a-z_]+\}.*"\)\)\}$/s);
  });

  it("Terraform's base64gzip() of it decodes to the user-data with the variables' values", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pigsty-vsphere-example-'));
    const encoded: string = vms.find((v) => v.name === 'prod-pg-oltp-1').extra_config['guestinfo.userdata'];
    // The same text as the libvirt platform passes it: sensitive("..."), without the encoding.
    const plain = encoded.replace(/^\$\{sensitive\(base64gzip\((.*)\)\)\}$/s, '$${sensitive($1)}');
    const output = (expression: string) => ({ value: `\${nonsensitive(${expression.slice(2, -1)})}` });
    fs.writeFileSync(
      path.join(dir, 'main.tf.json'),
      JSON.stringify({ variable: config.variable, locals: config.locals, output: { encoded: output(encoded), plain: output(plain) } }),
    );
    const values = Object.entries(config.variable)
      .filter(([, variable]) => (variable as { type: string }).type === 'string')
      .map(([name]) => `-var=${name}=Example.${name.length}-Value`);
    terraform(dir, 'apply', '-input=false', '-no-color', '-auto-approve', ...values);
    const outputs = JSON.parse(terraform(dir, 'output', '-json').stdout);
    const userData: string = outputs.plain.value;
    expect(userData).toMatch(/^#cloud-config\n/);
    expect(userData).toContain('Example.13-Value'); // oltp_password
    expect(userData).not.toContain('${var.');
    // The runner's PEM files, read by Terraform into user-data's JSON strings: still JSON, keys whole.
    const document = JSON.parse(userData.slice('#cloud-config\n'.length));
    const key = document.write_files.find((file: { path: string }) => file.path === '/etc/pki/pigsty/node.key');
    expect(key.content).toMatch(/^-----BEGIN PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+-----END PRIVATE KEY-----\n$/);
    expect(document.ssh_keys.ed25519_private).toMatch(/^-----BEGIN OPENSSH PRIVATE KEY-----\n/);
    expect(gunzipSync(Buffer.from(outputs.encoded.value, 'base64')).toString('utf8')).toBe(userData);
    expect(outputs.encoded.value.length).toBeLessThan(GUESTINFO_VALUE_LIMIT);
  });
});
