/**
 * A node's config files as Terraform runs them: the provisioners' expressions are evaluated by
 * the real Terraform, with the remote command swapped for a local one that prints its words.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TerraformStack, Testing } from 'cdktf';
import { FileInstalls, NodeFiles } from '../../lib/constructs/node-files';
import { renderedFile } from '../../lib/render/file';
import { terraform } from '../helpers/terraform';

const CONNECTION = { type: 'ssh', host: '10.10.10.11', user: 'dba', privateKey: 'unused' } as const;
const FILES = [
  renderedFile('/etc/patroni/patroni.yml', 'scope: pg-test\nliteral: ${not_a_reference}\n', {
    owner: 'postgres:postgres',
    mode: '0640',
    apply: '/usr/local/lib/pigsty/patroni-reload.sh',
  }),
  renderedFile('/etc/default/haproxy', 'PASSWORD="x"\n', { secret: true, apply: `echo 'it'"'"'s applied' && systemctl restart haproxy` }),
  renderedFile('/var/lib/postgresql/.pgpass_patroni', 'x\n', { owner: 'postgres:postgres' }),
];

/** The synthesized config: the files resource, the node's paths local and the deployment's texts local. */
function synthFiles(nodes: readonly (readonly ReturnType<typeof renderedFile>[])[] = [FILES]): any {
  const stack = new TerraformStack(Testing.app(), 'test');
  const installs = new FileInstalls(stack, 'installs');
  nodes.forEach((files, i) => new NodeFiles(stack, `node-${i + 1}`, files, { connection: CONNECTION, dependsOn: [], installs }));
  return JSON.parse(Testing.synth(stack));
}

/** The local of the synthesized config whose name starts with this prefix. */
function local(config: any, prefix: string): any {
  const names = Object.keys(config.locals).filter((name) => name.startsWith(prefix));
  if (names.length !== 1) throw new Error(`${names.length} locals named ${prefix}*`);
  return config.locals[names[0]];
}

describe('NodeFiles', () => {
  const config = synthFiles();
  const resource: any = Object.values(config.resource.terraform_data)[0];
  const texts = local(config, 'installs_texts_');
  const keys = local(config, 'node-1_paths_');

  it('holds one instance per path; its text, owner, mode and apply command are held once per deployment, looked up at once', () => {
    expect(resource.for_each).toMatch(/^\$\{local\.node-1_paths_[0-9A-F]+\}$/);
    expect(Object.keys(keys).sort()).toEqual(FILES.map((f) => f.path).sort());
    expect(texts[keys['/etc/patroni/patroni.yml']]).toEqual({
      content: 'scope: pg-test\nliteral: $${not_a_reference}\n',
      owner: 'postgres:postgres',
      mode: '0640',
      apply: '/usr/local/lib/pigsty/patroni-reload.sh',
    });
    expect(texts[keys['/etc/default/haproxy']].content).toBe('${sensitive("PASSWORD=\\"x\\"\\n")}');
    expect(resource.triggers_replace).toMatch(/^\$\{local\.installs_texts_[0-9A-F]+\[each\.value\]\}$/);
    expect(Object.keys(config.locals).filter((name) => name.startsWith('installs_'))).toHaveLength(1);
  });

  it('keys each file by a hash of its text, owner, mode and apply command: the same file on two nodes is held once, a changed text changes only its own key', () => {
    const changed = renderedFile('/etc/patroni/patroni.yml', 'scope: pg-other\n', {
      owner: 'postgres:postgres',
      mode: '0640',
      apply: '/usr/local/lib/pigsty/patroni-reload.sh',
    });
    const two = synthFiles([FILES, [changed, FILES[1], FILES[2]], FILES]);
    const [first, second, third] = ['node-1_paths_', 'node-2_paths_', 'node-3_paths_'].map((prefix) => local(two, prefix));
    expect(third).toEqual(first);
    expect(Object.keys(local(two, 'installs_texts_'))).toHaveLength(FILES.length + 1);
    expect(second['/etc/patroni/patroni.yml']).not.toBe(first['/etc/patroni/patroni.yml']);
    expect({ ...second, '/etc/patroni/patroni.yml': first['/etc/patroni/patroni.yml'] }).toEqual(first);
    expect(first).toEqual(keys);
  });

  it('stages each file under its own name and hands apply-file.sh its path, owner, mode and one-word apply command', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pigsty-node-files-'));
    try {
      const [upload, exec] = resource.provisioner;
      const remote: string = exec['remote-exec'].inline[0];
      expect(remote.startsWith('sudo -n /usr/local/lib/pigsty/apply-file.sh ')).toBe(true);
      // The same words, printed one per line by the local shell instead of run on the node.
      const command = remote.replace('sudo -n /usr/local/lib/pigsty/apply-file.sh ', `printf '%s\\n' ${upload.file.destination} `);
      const probe = {
        for_each: resource.for_each,
        triggers_replace: resource.triggers_replace,
        provisioner: [{ 'local-exec': { command: `${command} > "${dir}/$(basename ${'${each.key}'}).words"` } }],
      };
      fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify({ locals: config.locals, resource: { terraform_data: { probe } } }));
      terraform(dir, 'init', '-input=false', '-no-color');
      terraform(dir, 'apply', '-auto-approve', '-input=false', '-no-color');
      const words = (name: string) =>
        fs
          .readFileSync(path.join(dir, `${name}.words`), 'utf8')
          .split('\n')
          .slice(0, -1);
      expect(words('patroni.yml')).toEqual([
        '/var/lib/pigsty/stage/etc-patroni-patroni.yml',
        '/var/lib/pigsty/stage/etc-patroni-patroni.yml',
        '/etc/patroni/patroni.yml',
        'postgres:postgres',
        '0640',
        '/usr/local/lib/pigsty/patroni-reload.sh',
      ]);
      expect(words('haproxy')).toEqual([
        '/var/lib/pigsty/stage/etc-default-haproxy',
        '/var/lib/pigsty/stage/etc-default-haproxy',
        '/etc/default/haproxy',
        'root:root',
        '0600',
        `echo 'it'"'"'s applied' && systemctl restart haproxy`,
      ]);
      expect(words('.pgpass_patroni')).toEqual([
        '/var/lib/pigsty/stage/var-lib-postgresql-.pgpass_patroni',
        '/var/lib/pigsty/stage/var-lib-postgresql-.pgpass_patroni',
        '/var/lib/postgresql/.pgpass_patroni',
        'postgres:postgres',
        '0644',
        '',
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a path a step could not pass on, a path given twice, and a path installed two ways', () => {
    expect(() => synthFiles([[renderedFile('/etc/my file.conf', 'x\n')]])).toThrow(/config file path "\/etc\/my file.conf" has characters/);
    expect(() => synthFiles([[FILES[0], FILES[0]]])).toThrow(/two config files for \/etc\/patroni\/patroni.yml/);
    expect(() => synthFiles([[FILES[0]], [{ ...FILES[0], mode: '0600' }]])).toThrow(
      /\/etc\/patroni\/patroni.yml is installed as .*"mode":"0600".* on test\/node-2 but as .*"mode":"0640".* elsewhere/,
    );
  });
});
