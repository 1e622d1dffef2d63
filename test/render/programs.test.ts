/**
 * Each rendered config checked by the program that reads it, as Debian ships it. A missing
 * program fails these tests (see helpers/programs.ts); .ci/run installs them all.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildNetworkConfig, buildUserData } from '../../lib/cloudinit';
import { SANDBOX_META } from '../../lib/model';
import { ASSETS_DIR } from '../../lib/private/assets';
import { PATHS } from '../../lib/render/paths';
import { fileOf, realKeys, renderAllNodes, sandboxModel } from '../helpers/fixtures';
import { requireProgram, run, runOk } from '../helpers/programs';
import { runInScratchNode } from '../helpers/scratch-node';

const d = sandboxModel();
const configs = renderAllNodes(d);
const databaseNodes = configs.filter((c) => c.node.instance);
const PG_BIN = '/usr/lib/postgresql/15/bin';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pigsty-programs-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function write(name: string, content: string): string {
  const file = path.join(work, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

const REPO_ROOT = path.join(__dirname, '..', '..');

/**
 * Every shell script git knows here (tracked, or new and not ignored), relative to the root: by
 * name (*.sh, *.bash) or by a shell's shebang (.ci/run). Git is required, like shellcheck.
 */
function shellScripts(): string[] {
  const listed = runOk('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO_ROOT }).stdout.split('\0').filter(Boolean);
  const shebang = /^#!\s*\S*(\/|\/env\s+)(ba|da|k|z)?sh(\s|$)/;
  return [...new Set(listed)]
    .filter((file) => fs.existsSync(path.join(REPO_ROOT, file)) && fs.statSync(path.join(REPO_ROOT, file)).isFile())
    .filter((file) => /\.(sh|bash)$/.test(file) || shebang.test(fs.readFileSync(path.join(REPO_ROOT, file), 'utf8').slice(0, 200).split('\n')[0]))
    .sort();
}

/** KEY="value" lines of an environment file, as systemd reads them. */
function envOf(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(/^([A-Z_]+)="(.*)"$/gm)].map((m) => [m[1], m[2].replace(/\\(.)/g, '$1')]));
}

describe.each(databaseNodes.map((c) => [c.node.name, c] as const))('%s', (name, config) => {
  it('haproxy.cfg passes haproxy -c', () => {
    const cfg = write(`${name}/haproxy.cfg`, fileOf(config, PATHS.haproxyConfig));
    const env = envOf(fileOf(config, PATHS.haproxyEnv));
    const result = run('haproxy', ['-c', '-f', cfg], { env: { ...process.env, ...env } });
    expect(`${result.stdout}${result.stderr}`).toContain('Configuration file is valid');
    expect(result.status).toBe(0);
  });

  // The validator connects to every DCS endpoint and requires the listen ports to be free, so it
  // runs in a scratch node that holds the node's address and a real etcd at the meta addresses.
  it('patroni.yml passes patroni --validate-config', () => {
    requireProgram('etcd');
    const dcs = d.dcs.servers.map((server) => server.ip);
    const clientUrls = dcs.map((ip) => `http://${ip}:${d.ports.etcdClient}`).join(',');
    const script = [
      `etcd --name validate --data-dir /tmp/etcd --listen-peer-urls http://127.0.0.1:2380 --listen-client-urls ${clientUrls} --advertise-client-urls ${clientUrls} >/tmp/etcd.log 2>&1 &`,
      ...dcs.map((ip) => `for i in $(seq 100); do (echo > /dev/tcp/${ip}/${d.ports.etcdClient}) 2>/dev/null && break; sleep 0.1; done`),
      `set -a; . ${PATHS.patroniEnv}; set +a`,
      `patroni --validate-config ${PATHS.patroniConfig} && echo VALID`,
    ].join('\n');
    const result = runInScratchNode({
      files: [PATHS.patroniConfig, PATHS.patroniEnv].map((file) => ({ path: file, content: fileOf(config, file) })),
      addresses: [...new Set([config.node.ip, ...dcs])].map((ip) => `${ip}/24`),
      script,
    });
    expect(result.stdout + result.stderr).toBe('VALID\n');
    expect(result.status).toBe(0);
  });
});

describe('postgres accepts what is rendered', () => {
  const data = path.join(work, 'pgdata');

  beforeAll(() => {
    fs.mkdirSync(data, { mode: 0o700 });
    runOk('chown', ['-R', 'postgres:postgres', work]);
    runOk('runuser', ['-u', 'postgres', '--', `${PG_BIN}/initdb`, '-D', data, '-A', 'peer', '--no-sync', '-E', 'UTF8', '--lc-collate=C', '--lc-ctype=C.UTF-8']);
  });

  it.each(databaseNodes.map((c) => [c.node.name, c] as const))('parameters of %s (postgres -C)', (_name, config) => {
    const patroni = fileOf(config, PATHS.patroniConfig);
    const yaml = require('yaml').parse(patroni);
    const parameters: Record<string, string> = { ...yaml.bootstrap.dcs.postgresql.parameters, ...yaml.postgresql.parameters };
    delete parameters.hba_file; // points at /pg/conf, which this host does not have
    const args = Object.entries(parameters).flatMap(([key, value]) => ['-c', `${key}=${value}`]);
    const result = run('runuser', ['-u', 'postgres', '--', `${PG_BIN}/postgres`, '-D', data, '-C', 'shared_buffers', ...args]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+$/);
  });

  it.each(databaseNodes.map((c) => [c.node.name, c] as const))('pg_hba.conf of %s has no invalid rule', (name, config) => {
    const hba = write(`${name}/pg_hba.conf`, fileOf(config, PATHS.pgHba));
    runOk('chown', ['postgres', hba]);
    // pg_hba_file_rules parses the file named by hba_file at query time: one server checks them all.
    const result = runOk(
      'runuser',
      ['-u', 'postgres', '--', `${PG_BIN}/postgres`, '--single', '-D', data, '-c', `hba_file=${hba}`, '-c', 'unix_socket_directories=', 'postgres'],
      { input: "select 'ERRORS=' || count(*) filter (where error is not null) || ' RULES=' || count(*) from pg_hba_file_rules;\n" },
    );
    const rules = fileOf(config, PATHS.pgHba)
      .split('\n')
      .filter((line) => line && !line.startsWith('#')).length;
    expect(result.stdout).toContain(`"ERRORS=0 RULES=${rules}"`);
  });
});

describe('cloud-init', () => {
  it.each(configs.map((c) => [c.node.name, c] as const))('user-data of %s passes cloud-init schema', (name, config) => {
    const file = write(`${name}/user-data`, buildUserData(d, config));
    const result = run('cloud-init', ['schema', '--config-file', file]);
    expect(result.stdout + result.stderr).toContain('Valid cloud-config');
    expect(result.status).toBe(0);
  });

  it.each(configs.map((c) => [c.node.name, c] as const))('network-config of %s renders with cloud-init net-convert', (name, config) => {
    const file = write(`${name}/network-config`, buildNetworkConfig(d, config.node, ['10.10.10.1']));
    const out = path.join(work, name, 'net');
    runOk('cloud-init', ['devel', 'net-convert', '--network-data', file, '--kind', 'yaml', '--distro', 'debian', '--output-kind', 'eni', '-d', out]);
    const eni = fs.readFileSync(path.join(out, 'etc/network/interfaces.d/50-cloud-init'), 'utf8');
    expect(eni).toContain(`address ${config.node.ip}/24`);
    expect(eni).toContain('gateway 10.10.10.1');
  });
});

describe('node files', () => {
  it.each(configs.map((c) => [c.node.name, c] as const))('chrony.conf of %s passes chronyd -p', (name, config) => {
    const file = write(`${name}/chrony.conf`, fileOf(config, PATHS.chronyConfig));
    const result = run('chronyd', ['-p', '-f', file]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('every shell script of the repository passes shellcheck', () => {
    const scripts = shellScripts();
    // The search itself is checked: it finds the step scripts, the local platform's, scripts/ and CI's.
    for (const known of ['assets/steps/lib.sh', 'assets/steps/pg-member.sh', 'assets/local/node.sh', 'scripts/install-test-deps.sh', '.ci/run']) {
      expect(scripts).toContain(known);
    }
    // Sourced files are followed from the directory of the script that sources them.
    const result = run('shellcheck', ['--external-sources', '--source-path=SCRIPTDIR', ...scripts], { cwd: REPO_ROOT });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('the pgbouncer exporter compiles', () => {
    // The bytecode goes to the scratch directory: py_compile writes it whatever PYTHONDONTWRITEBYTECODE says.
    const program = 'import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)';
    runOk('python3', ['-c', program, path.join(ASSETS_DIR, 'exporters', 'pgbouncer_exporter.py'), path.join(work, 'pgbouncer_exporter.pyc')]);
  });
});

describe('meta node infrastructure', () => {
  const [meta] = configs;
  const metaFile = (p: string) => fileOf(meta, p);

  it('prometheus.yml passes promtool check config, with its target files in place', () => {
    const dir = path.join(work, 'prometheus');
    for (const file of meta.files.filter((f) => f.path.startsWith(PATHS.prometheusTargets))) write(`prometheus${file.path}`, file.content);
    const targetsRoot = path.join(dir, PATHS.prometheusTargets);
    const config = metaFile(PATHS.prometheusConfig).split(PATHS.prometheusTargets).join(targetsRoot);
    const result = run('promtool', ['check', 'config', '--syntax-only', write('prometheus/prometheus.yml', config)]);
    expect(result.stdout + result.stderr).toContain('SUCCESS');
    expect(result.status).toBe(0);
    const jobs = fs.readdirSync(targetsRoot);
    expect(jobs.sort()).toEqual(
      ['alertmanager', 'etcd', 'grafana', 'haproxy', 'node', 'patroni', 'pgbouncer', 'pgsql', 'prometheus'].map((job) => `${job}.yml`),
    );
  });

  it('the alert rules pass promtool check rules and their unit tests', () => {
    const rules = meta.staticFiles.filter((f) => f.path.startsWith(PATHS.prometheusRules));
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      const result = run('promtool', ['check', 'rules', write(`rules/${path.basename(rule.path)}`, rule.content)]);
      expect(result.stdout + result.stderr).toContain('SUCCESS');
    }
    const testsDir = path.join(ASSETS_DIR, 'prometheus', 'tests');
    const tests = fs.readdirSync(testsDir).filter((f) => f.endsWith('.yml'));
    expect(tests.length).toBeGreaterThan(0);
    const result = run('promtool', ['test', 'rules', ...tests], { cwd: testsDir });
    expect(result.stdout + result.stderr).toContain('SUCCESS');
    expect(result.status).toBe(0);
  });

  it.each([
    ['no receiver', undefined],
    ['a webhook', { kind: 'webhook' as const, webhookUrl: 'https://hooks.example.com/pigsty' }],
    [
      'email with a password file',
      {
        kind: 'email' as const,
        email: { to: 'dba@example.com', from: 'pigsty@example.com', smarthost: 'smtp.example.com:587', authUsername: 'pigsty', authPassword: 'Smtp.Secret1' },
      },
    ],
  ])('alertmanager.yml with %s passes amtool check-config', (_what, receiver) => {
    const model = receiver ? sandboxModel({ metaNodes: [{ ...SANDBOX_META, infra: { alertmanager: { receiver } } }] }) : d;
    const config = renderAllNodes(model)[0].files.find((f) => f.path === PATHS.alertmanagerConfig)!.content;
    const passwordFile = write('alertmanager/smtp-password', 'Smtp.Secret1\n');
    const result = run('amtool', ['check-config', write('alertmanager/alertmanager.yml', config.split(PATHS.alertmanagerSmtpPassword).join(passwordFile))]);
    expect(result.stdout + result.stderr).toContain('SUCCESS');
    expect(result.status).toBe(0);
  });

  // nginx -t binds the listen addresses: the meta node's own (Alertmanager's, Grafana's metrics) need a scratch node that holds it.
  it('the nginx portal passes nginx -t, with the meta node certificate on the TLS port', () => {
    // The meta node's real key and certificate.
    const meta = renderAllNodes(d, realKeys(d))[0];
    expect(fileOf(meta, PATHS.nginxConfig)).toMatch(/listen 443 ssl;/);
    const result = runInScratchNode({
      files: [PATHS.nginxConfig, PATHS.portalHtpasswd, PATHS.tlsCert, PATHS.tlsKey].map((file) => ({ path: file, content: fileOf(meta, file) })),
      addresses: [`${meta.node.ip}/24`],
      script: `printf 'events {}\\nhttp { include ${PATHS.nginxConfig}; }\\n' > /tmp/nginx.conf\nnginx -t -c /tmp/nginx.conf -g 'pid /tmp/nginx.pid; error_log /tmp/error.log;'`,
    });
    expect(result.stderr).toContain('test is successful');
    expect(result.status).toBe(0);
  });

  it.each(['etcd', 'consul'] as const)('dnsmasq config with the %s DCS passes dnsmasq --test', (kind) => {
    const model = kind === 'etcd' ? d : sandboxModel({ dcs: { kind } });
    const config = renderAllNodes(model)[0].files.find((f) => f.path === PATHS.dnsmasqConfig)!.content;
    const result = run('dnsmasq', ['--test', `--conf-file=${write(`dnsmasq-${kind}.conf`, config)}`]);
    expect(result.stderr).toContain('syntax check OK');
    expect(result.status).toBe(0);
    if (kind === 'consul') expect(config).toContain('server=/consul/127.0.0.1#8600');
  });
});
