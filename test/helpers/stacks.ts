/** Stacks for construct tests: the sandbox on libvirt, or on a stub platform that makes no VMs. */
import { App, Fn, TerraformStack, Testing } from 'cdktf';
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

/**
 * Every config file instance, with what Terraform computes into its triggers: the content from
 * the for_each value, owner, mode and apply command from the deployment's installs local.
 */
export function configFiles(config: SynthResult['config']): ConfigFileInstance[] {
  return Object.entries(config.resource.terraform_data ?? {}).flatMap(([name, resource]) => {
    if (!resource.for_each) return [];
    const local = /^\$\{local\.([^\[]+)\[each\.key\]\.owner\}$/.exec(resource.triggers_replace.owner)?.[1];
    if (!local || !config.locals?.[local]) throw new Error(`${name}: no installs local behind ${resource.triggers_replace.owner}`);
    return Object.entries(resource.for_each as Record<string, string>).map(([path, content]) => ({
      address: `terraform_data.${name}["${path}"]`,
      path,
      content,
      ...(config.locals[local][path] as Pick<ConfigFileInstance, 'owner' | 'mode' | 'apply'>),
    }));
  });
}
