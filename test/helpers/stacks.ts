/** Stacks for construct tests: the sandbox on libvirt, or on a stub platform that makes no VMs. */
import { App, Fn, LocalBackend, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { IPlatform, Platform, Sandbox, SandboxProps } from '../../lib';
import type { ResolvedDeployment } from '../../lib/model';
import type { DeploymentPlan, PlatformTraits } from '../../lib/plan';
import type { Machine, MachineSpec } from '../../lib/platform/platform';
import { TEST_SSH_KEY } from './fixtures';

/** Terraform reads the key file at plan time; its content only matters once SSH connects. */
const TEST_KEY_FILE = require('path').join(require('os').tmpdir(), 'pigsty-test-key');
require('fs').writeFileSync(TEST_KEY_FILE, 'not a real key: these stacks are only planned\n');
export const TEST_SSH = { publicKeys: [TEST_SSH_KEY], privateKey: Fn.file(TEST_KEY_FILE) };

/** Machines that are only data: lets Terraform itself validate and plan the steps offline. */
export class StubPlatform implements IPlatform {
  readonly name = 'stub';
  readonly machines: MachineSpec[] = [];
  traits(d: ResolvedDeployment): PlatformTraits {
    return { upstreamDns: [d.network.gateway], sharesHostClock: false };
  }
  prepare(): void {}
  machine(_scope: Construct, _plan: DeploymentPlan, spec: MachineSpec): Machine {
    this.machines.push(spec);
    return { node: spec.node, dependables: [], identity: `stub-${spec.node.name}` };
  }
}

export interface SynthResult {
  readonly json: string;
  readonly config: { resource: Record<string, Record<string, any>>; output?: Record<string, any>; [key: string]: any };
}

export function synthSandbox(props: Partial<SandboxProps> = {}, extend?: (sandbox: Sandbox) => void): SynthResult {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'test');
  const sandbox = new Sandbox(stack, 'sandbox', { platform: Platform.libvirt(), ssh: TEST_SSH, ...props });
  extend?.(sandbox);
  const json = Testing.synth(stack, true);
  return { json, config: JSON.parse(json) };
}

/** Full synth to a directory, as `cdktf synth` does, for running Terraform on it. */
export function synthToDir(build: (stack: TerraformStack) => void): string {
  const app = new App({ outdir: require('fs').mkdtempSync(require('path').join(require('os').tmpdir(), 'pigsty-synth-')) });
  const stack = new TerraformStack(app, 'test');
  // cdktf's default local backend keeps the state in the working directory (the repository):
  // each synthesized stack keeps it beside its own JSON, so parallel plans share no state lock.
  new LocalBackend(stack, { path: require('path').join(app.outdir, 'terraform.tfstate') });
  build(stack);
  app.synth();
  return require('path').join(app.outdir, 'stacks', 'test');
}

/** One config file on one node in synthesized JSON: an instance of the node's `files` resource (for_each by path). */
export interface ConfigFileInstance {
  /** Terraform's address of the instance: terraform_data.<name>["<path>"]. */
  readonly address: string;
  readonly path: string;
  readonly content: string;
  readonly owner: string;
  readonly mode: string;
  readonly apply: string;
}

/** `${local.<name>…}` -> the local's value; throws when the expression is not that reference. */
function localBehind(config: SynthResult['config'], expression: string, pattern: RegExp, what: string): any {
  const name = pattern.exec(expression)?.[1];
  if (!name || !config.locals || !(name in config.locals)) throw new Error(`no ${what} local behind ${expression}`);
  return config.locals[name];
}

/**
 * Every config file instance, with what Terraform computes into its triggers: the paths from the
 * node's paths local (for_each: path -> file key), content, owner, mode and apply command from the
 * deployment's texts local (by that key).
 */
export function configFiles(config: SynthResult['config']): ConfigFileInstance[] {
  return Object.entries(config.resource.terraform_data ?? {}).flatMap(([name, resource]) => {
    if (!resource.for_each) return [];
    const where = (what: string) => `${name}: ${what}`;
    const keys: Record<string, string> = localBehind(config, resource.for_each, /^\$\{local\.([^[.}]+)\}$/, where('paths'));
    const files: Record<string, Omit<ConfigFileInstance, 'address' | 'path'>> = localBehind(
      config,
      resource.triggers_replace,
      /^\$\{local\.([^[]+)\[each\.value\]\}$/,
      where('texts'),
    );
    return Object.entries(keys).map(([path, key]) => {
      if (!(key in files)) throw new Error(`${name}["${path}"]: no file under key ${key}`);
      const { content, owner, mode, apply } = files[key];
      return { address: `terraform_data.${name}["${path}"]`, path, content, owner, mode, apply };
    });
  });
}
