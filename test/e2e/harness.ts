/**
 * The frame of an end-to-end suite on one local stack: checks recorded for a summary table,
 * the stack deployed by the first check and destroyed by the last, and destroyed anyway (or
 * cleared) when a check fails midway. What a stopped sandbox left is cleared first.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cdktf, clearStoppedSandbox, emergencyCleanup, leftovers, terraform } from './lab';

interface Row {
  check: string;
  ok: boolean;
  detail: string;
  seconds: number;
}

export class StackRun {
  private readonly rows: Row[] = [];
  private deployed = false;
  private destroyed = false;
  /** Set when the deployment itself failed: the checks after it are reported as skipped. */
  private broken = '';

  constructor(readonly stack: string) {
    beforeAll(() => clearStoppedSandbox(stack));
    afterAll(() => this.finish());
  }

  /** Where the summary table lands, besides stdout (.ci/run prints these files). */
  get summaryFile(): string {
    return path.join(os.tmpdir(), `pigsty-e2e-summary-${this.stack}.txt`);
  }

  /** Runs a check, records its outcome and duration for the summary, and rethrows failures. */
  async check(name: string, body: () => Promise<string>): Promise<void> {
    const started = Date.now();
    if (this.broken) {
      this.rows.push({ check: name, ok: false, detail: `skipped: ${this.broken}`, seconds: 0 });
      throw new Error(`skipped: ${this.broken}`);
    }
    try {
      const detail = await body();
      this.rows.push({ check: name, ok: true, detail, seconds: (Date.now() - started) / 1000 });
    } catch (error) {
      const message = String((error as Error).message ?? error)
        .split('\n')[0]
        .slice(0, 160);
      this.rows.push({ check: name, ok: false, detail: message, seconds: (Date.now() - started) / 1000 });
      throw error;
    }
  }

  deploy(): Promise<void> {
    return this.check('deploy', async () => {
      this.deployed = true;
      const result = cdktf('deploy', this.stack, '--auto-approve');
      fs.writeFileSync(path.join(os.tmpdir(), `pigsty-e2e-deploy-${this.stack}.log`), `${result.stdout}\n${result.stderr}`);
      if (result.status !== 0) {
        this.broken = 'the deployment failed';
        throw new Error(`cdktf deploy failed:\n${result.stdout.slice(-6000)}\n${result.stderr.slice(-2000)}`);
      }
      const applied = /Apply complete! Resources: (\d+) added/.exec(result.stdout);
      return `${applied?.[1] ?? '?'} resources`;
    });
  }

  /** A second plan finds nothing to do, and a second apply does nothing. */
  idempotence(): Promise<void> {
    return this.check('idempotence', async () => {
      const plan = terraform(this.stack, 'plan', '-detailed-exitcode', '-input=false', '-no-color');
      if (plan.status !== 0) throw new Error(`plan found changes (exit ${plan.status}):\n${plan.stdout.slice(-3000)}`);
      const apply = terraform(this.stack, 'apply', '-auto-approve', '-input=false', '-no-color');
      expect(apply.stdout).toContain('Apply complete! Resources: 0 added, 0 changed, 0 destroyed.');
      return 'plan: no changes; apply: 0 added, 0 changed, 0 destroyed';
    });
  }

  destroy(): Promise<void> {
    return this.check('destroy', async () => {
      const result = cdktf('destroy', this.stack, '--auto-approve');
      this.destroyed = true;
      if (result.status !== 0) throw new Error(`cdktf destroy failed:\n${result.stdout.slice(-4000)}`);
      expect(leftovers()).toEqual([]);
      return 'no container, namespace, veth, bridge, mount or node directory left';
    });
  }

  private finish(): void {
    try {
      if (this.deployed && !this.destroyed) {
        const result = cdktf('destroy', this.stack, '--auto-approve');
        if (result.status !== 0) process.stderr.write(`cdktf destroy failed:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-2000)}\n`);
      }
    } finally {
      if (leftovers().length > 0) emergencyCleanup();
      this.printSummary();
    }
  }

  private printSummary(): void {
    const width = Math.max(...this.rows.map((r) => r.check.length), 5);
    const lines = [
      '',
      `${this.stack} end-to-end summary`,
      `${'check'.padEnd(width)}  result  seconds  detail`,
      `${'-'.repeat(width)}  ------  -------  ------`,
      ...this.rows.map((r) => `${r.check.padEnd(width)}  ${(r.ok ? 'ok' : 'FAILED').padEnd(6)}  ${r.seconds.toFixed(1).padStart(7)}  ${r.detail}`),
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    fs.writeFileSync(this.summaryFile, lines.join('\n'));
  }
}
