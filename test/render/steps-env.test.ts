/**
 * steps.env, the contract between the renderers and the step scripts: what it holds, that lib.sh
 * reads it as data, that every variable a script uses is in it (and every key is used), and that no
 * script repeats a path or port the model knows.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import { buildModel, ResolvedDeployment, ResolvedNode, sandboxSpec } from '../../lib/model';
import { ASSETS_DIR } from '../../lib/private/assets';
import { PATHS, PG_SOCKET_DIR, pgBinDir } from '../../lib/render/paths';
import { renderStepsEnv, stepsEnv, STEPS_ENV_PREFIX } from '../../lib/render/steps-env';
import { expectGolden } from '../helpers/golden';
import { fileOf, renderAllNodes, sandboxModel, TEST_SSH_KEY } from '../helpers/fixtures';
import { run, runOk } from '../helpers/programs';

const STEPS = path.join(ASSETS_DIR, 'steps');
const scripts = fs
  .readdirSync(STEPS)
  .filter((f) => f.endsWith('.sh'))
  .sort();
const text = (script: string): string => fs.readFileSync(path.join(STEPS, script), 'utf8');

/**
 * Where each script runs: on every node, on meta nodes (the DCS, repository and registration
 * steps) or on database members (their bootstrap steps and the apply commands of their files).
 * lib.sh counts as a member's: only members call its Patroni helpers.
 */
const RUNS_ON: Readonly<Record<string, 'every node' | 'meta' | 'member'>> = {
  'apply-file.sh': 'every node',
  'lib.sh': 'member',
  'dcs-healthy.sh': 'meta',
  'repo-build.sh': 'meta',
  'register.sh': 'meta',
  'haproxy-reload.sh': 'member',
  'patroni-dcs.sh': 'member',
  'patronictl.sh': 'member',
  'patroni-reload.sh': 'member',
  'pg-member.sh': 'member',
  'pg-primary.sh': 'member',
  'pg-reload.sh': 'member',
  'pg-replica.sh': 'member',
  'pg-services.sh': 'member',
  'pg-users.sh': 'member',
};

/** Upper-case variables a script may use that do not come from steps.env: bash's own. */
const SHELL_VARIABLES = new Set(['SECONDS', 'BASH_SOURCE']);

/** `$VAR` and `${VAR...}` uses of upper-case variables, comments left out. */
function usedVariables(script: string): Set<string> {
  const code = text(script)
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n');
  return new Set([...code.matchAll(/\$\{?([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]));
}

/** The sandbox, and the same with a meta node that runs no Postgres (pg-meta left out). */
const d = sandboxModel();
const bareMeta = buildModel({ ...sandboxSpec([TEST_SSH_KEY]), clusters: sandboxSpec([TEST_SSH_KEY]).clusters.filter((c) => c.name !== 'pg-meta') });
const metaOnly = bareMeta.nodes.find((n) => n.isMeta)!;
const member = d.nodes.find((n) => n.name === 'node-1')!;
const keysOf = (model: ResolvedDeployment, node: ResolvedNode) => new Set(Object.keys(stepsEnv(model, node)));

describe('steps.env', () => {
  it('is in every node’s files, beside the scripts, and golden', () => {
    expect(path.dirname(PATHS.stepsEnv)).toBe(PATHS.stepsDir);
    for (const config of renderAllNodes(d)) expect(config.stepsEnv).toMatchObject({ path: PATHS.stepsEnv, content: renderStepsEnv(d, config.node) });
    expectGolden('consul/node-1/usr/local/lib/pigsty/steps.env', renderStepsEnv(sandboxModel({ dcs: { kind: 'consul' } }), member));
    expectGolden('bare-meta/meta/usr/local/lib/pigsty/steps.env', renderStepsEnv(bareMeta, metaOnly));
  });

  it('holds the model’s ports and paths', () => {
    expect(stepsEnv(d, member)).toMatchObject({
      PIGSTY_DCS_KIND: 'etcd',
      PIGSTY_DCS_ENDPOINTS: `https://10.10.10.10:${d.ports.etcdClient}`,
      PIGSTY_PATRONI_API: `127.0.0.1:${d.ports.patroni}`,
      PIGSTY_HAPROXY_ADMIN_API: `127.0.0.1:${d.ports.haproxyAdmin}`,
      PIGSTY_PATRONI_DCS_CONFIG: PATHS.patroniDcsConfig,
    });
    expect(stepsEnv(bareMeta, metaOnly)).toEqual({
      PIGSTY_DCS_KIND: 'etcd',
      PIGSTY_DCS_ENDPOINTS: `https://10.10.10.10:${d.ports.etcdClient}`,
      PIGSTY_TLS_CA: PATHS.tlsCa,
      PIGSTY_ETCD_ROOT_CERT: PATHS.etcdRootCert,
      PIGSTY_ETCD_ROOT_KEY: PATHS.etcdRootKey,
      PIGSTY_PROMETHEUS_API: `127.0.0.1:${d.infra.prometheus.port}`,
      PIGSTY_REPO_DIR: PATHS.repoDir,
    });
    const consul = sandboxModel({ dcs: { kind: 'consul' } });
    expect(stepsEnv(consul, member)).toMatchObject({ PIGSTY_DCS_KIND: 'consul', PIGSTY_DCS_ENDPOINTS: `http://127.0.0.1:${consul.ports.consulHttp}` });
  });

  it('refuses a value that would need quoting', () => {
    const node = { ...member, instance: { cluster: 'pg-test$(id)', seq: 1 } };
    expect(() => renderStepsEnv(d, node)).toThrow(/PIGSTY_CLUSTER=pg-test\$\(id\) has a character outside/);
  });

  it('is read by lib.sh as the renderer wrote it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pigsty-steps-env-'));
    try {
      fs.copyFileSync(path.join(STEPS, 'lib.sh'), path.join(dir, 'lib.sh'));
      fs.writeFileSync(path.join(dir, 'steps.env'), renderStepsEnv(d, member));
      const keys = Object.keys(stepsEnv(d, member));
      const out = runOk('bash', ['-c', `. ${dir}/lib.sh; for k in ${keys.join(' ')}; do printf '%s=%s\\n' "$k" "\${!k}"; done`]).stdout;
      expect(out).toBe(`${keys.map((k) => `${k}=${stepsEnv(d, member)[k]}`).join('\n')}\n`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('read_env_file (lib.sh)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pigsty-read-env-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const readEnv = (content: string, prefix: string) => {
    fs.writeFileSync(path.join(dir, 'file.env'), content);
    return run('bash', ['-c', `. ${STEPS}/lib.sh; (read_env_file ${dir}/file.env ${prefix} export; env | grep "^${prefix}" | sort)`]);
  };

  it('takes values literally: a password holding $(...) and backquotes runs nothing', () => {
    const marker = path.join(dir, 'ran');
    const result = readEnv(`# secret\nHAPROXY_ADMIN_USER="admin"\nHAPROXY_ADMIN_PASSWORD="$(touch ${marker})\`touch ${marker}\`\\"x\\\\y;z"\n`, 'HAPROXY_');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`HAPROXY_ADMIN_PASSWORD=$(touch ${marker})\`touch ${marker}\`"x\\y;z\nHAPROXY_ADMIN_USER=admin\n`);
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('refuses a key outside its prefix, naming the line, not the value', () => {
    const result = readEnv('HAPROXY_A=1\nPATH=/tmp/Secret.Value\n', 'HAPROXY_');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('file.env line 2: not a HAPROXY_* assignment');
    expect(result.stdout + result.stderr).not.toContain('Secret.Value');
  });

  it('refuses a line that is no assignment', () => {
    expect(readEnv('HAPROXY_A\n', 'HAPROXY_').status).not.toBe(0);
  });
});

describe('the step scripts use steps.env', () => {
  it('classifies every script by where it runs', () => {
    expect(Object.keys(RUNS_ON).sort()).toEqual(scripts);
  });

  it.each(scripts)('%s uses only variables its nodes’ steps.env defines', (script) => {
    const where = RUNS_ON[script];
    const defined =
      where === 'meta'
        ? keysOf(bareMeta, metaOnly)
        : where === 'member'
          ? keysOf(d, member)
          : new Set(Object.keys(stepsEnv(bareMeta, metaOnly)).filter((k) => keysOf(d, member).has(k)));
    const used = [...usedVariables(script)];
    expect(used.filter((v) => !v.startsWith(STEPS_ENV_PREFIX) && !SHELL_VARIABLES.has(v))).toEqual([]);
    expect(used.filter((v) => v.startsWith(STEPS_ENV_PREFIX) && !defined.has(v))).toEqual([]);
  });

  it('uses every key steps.env holds', () => {
    const used = new Set(scripts.flatMap((s) => [...usedVariables(s)]));
    const keys = new Set(d.nodes.flatMap((n) => Object.keys(stepsEnv(d, n))));
    expect([...keys].filter((k) => !used.has(k))).toEqual([]);
  });

  it('find steps.env beside lib.sh, by no path of their own', () => {
    expect(text('lib.sh')).toContain(`"$(dirname "\${BASH_SOURCE[0]}")/${path.basename(PATHS.stepsEnv)}"`);
  });

  const ports = [
    ...Object.values(d.ports),
    d.infra.prometheus.port,
    d.infra.alertmanager.port,
    d.infra.alertmanager.clusterPort,
    d.infra.grafana.port,
    d.infra.nginx.port,
    d.infra.dns.port,
  ];
  const paths = [...Object.values(PATHS), PG_SOCKET_DIR, pgBinDir(d.guest.pgVersion)];
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

  it.each(scripts)('%s holds no path or port the model knows', (script) => {
    const code = text(script);
    expect(paths.filter((p) => new RegExp(`(?<![\\w.-])${escape(p)}(?![\\w.-])`).test(code))).toEqual([]);
    expect(ports.filter((port) => new RegExp(`(?<![\\w.-])${port}(?![\\w])`).test(code))).toEqual([]);
  });
});

describe('Patroni’s dynamic configuration', () => {
  it('is dcs.yml of each member, exactly bootstrap.dcs of its patroni.yml, applied by patroni-dcs.sh', () => {
    for (const config of renderAllNodes(d).filter((c) => c.node.instance)) {
      const dcs = parse(fileOf(config, PATHS.patroniDcsConfig));
      expect(dcs).toEqual(parse(fileOf(config, PATHS.patroniConfig)).bootstrap.dcs);
      expect(dcs.postgresql.parameters.max_connections).toBeDefined();
      const file = config.files.find((f) => f.path === PATHS.patroniDcsConfig)!;
      expect(file.apply).toBe(`${PATHS.stepsDir}/patroni-dcs.sh`);
      expect(scripts).toContain('patroni-dcs.sh');
    }
  });
});
