/**
 * A step: a `terraform_data` resource that runs a script over SSH on one node (DESIGN decision 3).
 * It runs when created, and again whenever its triggers (the content of what it applies)
 * change; `dependsOn` orders it after the steps it needs.
 */
import type { SSHProvisionerConnection, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { TerraformDataResource } from '../platform/terraform-data';
import { terraformText } from '../platform/terraform-text';
import { PATHS } from '../render/paths';

export interface StepProps {
  readonly connection: SSHProvisionerConnection;
  /** A script of /usr/local/lib/pigsty and its arguments, run as root. */
  readonly script?: string;
  readonly args?: readonly string[];
  /** Shell commands to run instead of a script (for steps that run before the scripts exist). */
  readonly inline?: readonly string[];
  /** What the step applies: a change replaces the resource and runs the step again. */
  readonly triggers: Readonly<Record<string, string>>;
  /** Triggers that are Terraform expressions (a machine's identity): passed on unescaped. */
  readonly expressionTriggers?: Readonly<Record<string, string>>;
  readonly dependsOn?: readonly TerraformResource[];
}

/** Quotes a word for the remote shell. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_./:=,@+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

export class Step extends Construct {
  readonly resource: TerraformDataResource;

  constructor(scope: Construct, id: string, props: StepProps) {
    super(scope, id);
    const triggers = {
      ...Object.fromEntries(Object.entries(props.triggers).map(([key, value]) => [key, terraformText(value)])),
      ...props.expressionTriggers,
    };
    const commands = props.inline
      ? [...props.inline]
      : [`sudo -n ${[`${PATHS.stepsDir}/${props.script}`, ...(props.args ?? [])].map(shellQuote).join(' ')}`];
    this.resource = new TerraformDataResource(this, 'run', {
      triggersReplace: triggers,
      connection: props.connection,
      dependsOn: props.dependsOn ? [...props.dependsOn] : undefined,
      provisioners: [{ type: 'remote-exec', inline: commands }],
    });
  }
}
