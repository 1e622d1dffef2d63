/**
 * pigsty-plan on real Terraform plans of the local sandbox (the local platform needs no provider,
 * so init, apply and plan run offline). A state is made honestly without creating anything: the
 * synthesized configuration with every provisioner and connection removed is applied, which
 * writes exactly the state a real apply writes (provisioners set no attribute) with the same
 * addresses; the next synth is then planned against that state.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TerraformStack } from 'cdktf';
import { Deployment, DeploymentSecrets, InstanceRole, MetaNode, PackageRepo, PgCluster, Platform } from '../../lib';
import { clusterPropsOf } from '../../lib/constructs/spec-props';
import { SANDBOX_META, SANDBOX_NETWORK, SANDBOX_PG_META, SANDBOX_PG_TEST, SANDBOX_SECRETS } from '../../lib/model';
import { run } from '../../lib/review/cli';
import { MANIFEST_FILE } from '../../lib/review/manifest';
import { plannedChanges, sensitiveStrings } from '../../lib/review/terraform-plan';
import { synthToDir, TEST_SSH } from '../helpers/stacks';
import { terraform } from '../helpers/terraform';

interface Variant {
  readonly workMem?: string;
  /** pg-test's members by seq. */
  readonly seqs?: readonly number[];
  readonly allowDestroy?: boolean;
  /** pg-test's primary by seq. @default 1 */
  readonly primary?: number;
  /** @default the sandbox's */
  readonly superuserPassword?: string;
}

/** The sandbox on the local platform, as sandbox-local has it, with pg-test varied. */
function build(stack: TerraformStack, variant: Variant = {}): void {
  const d = new Deployment(stack, 'sandbox', {
    platform: Platform.local(),
    network: SANDBOX_NETWORK,
    ssh: TEST_SSH,
    secrets: variant.superuserPassword ? DeploymentSecrets.of({ ...SANDBOX_SECRETS, superuserPassword: variant.superuserPassword }) : DeploymentSecrets.demo(),
    // The sandbox's passwords, outside the Sandbox construct: the plans hold secrets to redact.
    policies: { allow: ['no-demo-passwords'] },
  });
  new MetaNode(d, 'meta', { ...SANDBOX_META, repo: PackageRepo.META_ONLY, grafana: { enabled: false } });
  new PgCluster(d, 'pg-meta', clusterPropsOf(SANDBOX_PG_META).props);
  const test = clusterPropsOf(SANDBOX_PG_TEST).props;
  new PgCluster(d, 'pg-test', {
    ...test,
    instances: test.instances
      .filter((i) => (variant.seqs ?? [1, 2, 3]).includes(i.seq))
      .map((i) => ({ ...i, role: i.seq === (variant.primary ?? 1) ? InstanceRole.PRIMARY : InstanceRole.REPLICA })),
    parameters: { work_mem: variant.workMem ?? '4MB' },
    allowDestroy: variant.allowDestroy,
  });
}

const dirs: string[] = [];
function synth(variant: Variant = {}): string {
  const dir = synthToDir((stack) => build(stack, variant));
  dirs.push(dir.replace(/\/stacks\/test$/, ''));
  return dir;
}
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** The state an apply of `dir` writes, made without running any provisioner. */
function appliedState(dir: string): string {
  const config = JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8'));
  for (const resource of Object.values(config.resource.terraform_data as Record<string, any>)) {
    delete resource.provisioner;
    delete resource.connection;
  }
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pigsty-state-'));
  dirs.push(stateDir);
  fs.writeFileSync(path.join(stateDir, 'cdk.tf.json'), JSON.stringify(config));
  localState(stateDir);
  terraform(stateDir, 'init', '-input=false', '-no-color');
  terraform(stateDir, 'apply', '-input=false', '-no-color', '-auto-approve');
  return path.join(stateDir, 'terraform.tfstate');
}

/**
 * Keeps the state in the directory: synth points the local backend at the project's
 * terraform.<stack>.tfstate, which tests must not share. An override file, so the synthesized
 * configuration itself is planned unchanged.
 */
function localState(dir: string): void {
  fs.writeFileSync(path.join(dir, 'backend_override.tf.json'), JSON.stringify({ terraform: { backend: { local: { path: 'terraform.tfstate' } } } }));
}

/** `terraform show -json` of a plan of `dir` (against `state`, when given), written beside its manifest. */
function planJson(dir: string, state?: string, ...args: string[]): string {
  localState(dir);
  if (state) fs.copyFileSync(state, path.join(dir, 'terraform.tfstate'));
  if (!fs.existsSync(path.join(dir, '.terraform.lock.hcl')) && !fs.existsSync(path.join(dir, '.terraform')))
    terraform(dir, 'init', '-input=false', '-no-color');
  terraform(dir, 'plan', '-input=false', '-no-color', '-out=plan.bin', ...args);
  const file = path.join(dir, `plan-${args.length}.json`);
  fs.writeFileSync(file, terraform(dir, 'show', '-json', 'plan.bin').stdout);
  return file;
}

const ALL_PASSWORDS = [
  ...Object.values(SANDBOX_SECRETS),
  ...[SANDBOX_PG_META, SANDBOX_PG_TEST].flatMap((c) => (c.users ?? []).map((u) => u.password as string)),
];

describe('pigsty-plan on real plans of the local sandbox', () => {
  const base = synth();
  const state = appliedState(base);
  const baseManifest = path.join(base, MANIFEST_FILE);

  describe('a first plan (everything created)', () => {
    const file = planJson(synth());
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    const result = run([file]);

    it('holds the secrets in clear text, marked sensitive', () => {
      // What the summary must redact is really in the plan JSON.
      const text = fs.readFileSync(file, 'utf8');
      expect(text).toContain(SANDBOX_SECRETS.superuserPassword);
      expect(text).toContain(SANDBOX_SECRETS.monitorPassword);
      expect(sensitiveStrings(json).length).toBeGreaterThan(10);
    });

    it('writes Markdown without any secret of the plan', () => {
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('## Terraform plan review');
      for (const secret of ALL_PASSWORDS) expect(result.stdout).not.toContain(secret);
      for (const secret of sensitiveStrings(json)) expect(result.stdout).not.toContain(secret);
      // Not even a line of a secret file (an env file's KEY=value): every line that only secret values hold.
      const plain = new Set(
        JSON.stringify(plannedChanges(json, file))
          .split(/\\n|"/)
          .map((l) => l.trim()),
      );
      const lines = sensitiveStrings(json).flatMap((s) =>
        s
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l.length >= 8 && !plain.has(l)),
      );
      expect(lines.length).toBeGreaterThan(5);
      for (const line of lines) expect(result.stdout).not.toContain(line);
    });

    it('lists the nodes created and the steps that run on them', () => {
      expect(result.stdout).toContain('### Nodes created');
      expect(result.stdout).toMatch(/\*\*node node-1 \(10\.10\.10\.11, pg-test-1, primary by spec\)\*\*: a new machine, \d+ config files/);
      expect(result.stdout).toContain('`cluster:pg-test/primary` on node-1 (`pg-primary.sh`): runs on the new node');
      expect(result.stdout).not.toContain('CAUTION');
    });

    it('writes a manifest without any secret', () => {
      const manifest = fs.readFileSync(baseManifest, 'utf8');
      for (const secret of ALL_PASSWORDS) expect(manifest).not.toContain(secret);
      expect(JSON.parse(manifest).deployments[0].clusters.map((c: any) => c.name)).toEqual(['pg-meta', 'pg-test']);
    });
  });

  describe('a Postgres parameter changed, planned against the applied state', () => {
    const file = planJson(synth({ workMem: '8MB' }), state);
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    const result = run([file, '--no-diagram']);

    it("shows patroni.yml's line diff on each member, and the reload it takes", () => {
      expect(result.status).toBe(0);
      for (const node of ['node-1', 'node-2', 'node-3']) expect(result.stdout).toContain(`##### node ${node} (`);
      expect(result.stdout).toContain('- `/etc/patroni/patroni.yml` replaced; on apply: Patroni reload');
      expect(result.stdout.match(/^-\s+work_mem: 4MB$/gm)).toHaveLength(3);
      expect(result.stdout.match(/^\+\s+work_mem: 8MB$/gm)).toHaveLength(3);
      expect(result.stdout).toContain('Services: Patroni reload');
      // Only pg-test's files change: nothing is created or destroyed, no step runs.
      expect(result.stdout).not.toContain('##### node meta');
      expect(result.stdout).toContain('#### cluster pg-test\n\n##### node node-1');
      // Plus the four nodes' running checks: no node runs in this test, so the plan would start each.
      expect(result.stdout).toContain('0 to create, 7 to replace, 0 to update in place, **0 to destroy**');
      // The only steps: the running checks, which would start the nodes this test never started.
      const steps = result.stdout
        .slice(result.stdout.indexOf('### Steps that run'))
        .split('\n')
        .filter((line) => line.startsWith('- '));
      expect(steps.map((line) => line.split(' ')[1])).toEqual(['`meta/running`', '`node-1/running`', '`node-2/running`', '`node-3/running`']);
      for (const secret of sensitiveStrings(json)) expect(result.stdout).not.toContain(secret);
    });
  });

  describe('a password changed, planned against the applied state', () => {
    const file = planJson(synth({ superuserPassword: 'Rotated.Superuser1' }), state);
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    const result = run([file, '--no-diagram']);

    it('names each secret file that changes as (sensitive), and shows neither the old nor the new password', () => {
      expect(fs.readFileSync(file, 'utf8')).toContain('Rotated.Superuser1');
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('- `/etc/patroni/patroni.env` replaced; on apply:');
      expect(result.stdout).toContain('`/etc/patroni/patroni.env` is (sensitive): a secret file, its text is not shown');
      for (const secret of [...ALL_PASSWORDS, 'Rotated.Superuser1', ...sensitiveStrings(json)]) expect(result.stdout).not.toContain(secret);
    });
  });

  describe('the safety rail', () => {
    it("refuses a plan that destroys the primary's node, naming its machine, even when the spec names a new primary", () => {
      const file = planJson(synth({ seqs: [2, 3], primary: 2 }), state);
      const check = run(['--check', file, '--before', baseManifest]);
      expect(check.status).toBe(1);
      expect(check.stderr).toMatch(
        /refused: terraform_data\.sandbox_pg-test_pg-test-1_machine_\w+ destroys node node-1, the primary of cluster pg-test \(pg-test-1, by the spec's role\)/,
      );
      expect(check.stderr).toContain('not known to it');
      // The summary says it too, at the top.
      const summary = run([file, '--before', baseManifest, '--no-diagram']);
      expect(summary.status).toBe(1);
      expect(summary.stdout.indexOf('[!CAUTION]')).toBeLessThan(summary.stdout.indexOf('### Refused by the safety rail'));
      expect(summary.stdout).toContain('**node node-1 (10.10.10.11, pg-test-1, primary by spec)**: machine **destroyed**');
      // An explicit override lets it through.
      expect(run(['--check', file, '--before', baseManifest], { PIGSTY_ALLOW_DESTROY: 'pg-test' }).status).toBe(0);
    });

    it('lets a replica go; without the applied manifest it cannot tell the role and refuses', () => {
      const file = planJson(synth({ seqs: [1, 2] }), state);
      expect(run(['--check', file, '--before', baseManifest])).toMatchObject({ status: 0 });
      const blind = run(['--check', file]);
      expect(blind.status).toBe(1);
      expect(blind.stderr).toContain('destroys node pg-test-3 (pg-test-3 of cluster pg-test), which no manifest knows');
      expect(blind.stderr).toContain('pass --before');
    });

    it('refuses destroying the last members of a cluster unless the applied cluster allows it', () => {
      const file = planJson(synth({ seqs: [1] }), state, '-replace=' + addressOf(base, 'node-1'));
      const check = run(['--check', file, '--before', baseManifest]);
      expect(check.status).toBe(1);
      expect(check.stderr).toMatch(/the plan destroys every member of cluster pg-test \(node-1, node-2, node-3\)/);
      const allowing = synth({ allowDestroy: true });
      expect(run(['--check', file, '--before', path.join(allowing, MANIFEST_FILE)]).status).toBe(0);
    });

    it('refuses replacing the last meta node (a replaced machine loses its disk)', () => {
      const file = planJson(synth(), state, '-replace=' + addressOf(base, 'meta'));
      const check = run(['--check', file]);
      expect(check.status).toBe(1);
      expect(check.stderr).toMatch(
        /refused: terraform_data\.sandbox_meta_machine_container_\w+: the plan destroys every meta node of deployment sandbox \(meta\)/,
      );
      expect(check.stderr).toContain('the primary of cluster pg-meta');
      const summary = run([file, '--no-diagram'], { PIGSTY_ALLOW_DESTROY: '*' });
      expect(summary.status).toBe(0);
      expect(summary.stdout).toContain('machine **replaced** (its disk is lost)');
    });
  });
});

/** The container resource of a node, from the manifest. */
function addressOf(dir: string, node: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST_FILE), 'utf8'));
  const resources = manifest.deployments[0].resources as Record<string, { kind: string; node?: string }>;
  return Object.keys(resources).find((a) => resources[a].kind === 'machine' && resources[a].node === node && a.includes('_container_'))!;
}
