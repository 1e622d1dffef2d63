/**
 * One check of the Terraform CLI version per process, however many `terraform_data` resources
 * a stack holds. Honors TERRAFORM_BINARY_NAME (e.g. `tofu`), as the cdktf CLI does.
 */
import { execFileSync } from 'child_process';
import { IValidation } from 'constructs';

const cache = new Map<string, string[]>();

function compare(version: string, minimum: string): number {
  const [a, b] = [version, minimum].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

export class TerraformVersionCheck implements IValidation {
  constructor(
    private readonly minimum: string,
    private readonly reason: string,
  ) {}

  validate(): string[] {
    const binary = process.env.TERRAFORM_BINARY_NAME ?? 'terraform';
    const key = `${binary}>=${this.minimum}`;
    if (!cache.has(key)) cache.set(key, this.check(binary));
    return cache.get(key)!;
  }

  private check(binary: string): string[] {
    let output: string;
    try {
      output = execFileSync(binary, ['version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      return [
        `Could not run "${binary} version" (${(error as Error).message.split('\n')[0]}): install the Terraform CLI ${this.minimum} or later (or OpenTofu, with TERRAFORM_BINARY_NAME=tofu) and put it on the PATH; synth checks it because ${this.reason}`,
      ];
    }
    const version = /\d+\.\d+\.\d+/.exec(output)?.[0];
    if (!version) return [`Could not read a version from "${binary} version".`];
    if (compare(version, this.minimum) < 0) return [`${binary} ${version} is older than ${this.minimum}: ${this.reason}`];
    return [];
  }
}
