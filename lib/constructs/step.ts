/**
 * A step: a `terraform_data` resource that runs commands over SSH on one node
 * (docs/architecture.md, decision 3). It runs when created, and again whenever its triggers
 * (the content of what it applies) change; `dependsOn` orders it after the steps it needs.
 */
import type { SSHProvisionerConnection, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { TerraformDataResource } from '../platform/terraform-data';

export interface StepProps {
  readonly connection: SSHProvisionerConnection;
  /** Shell commands run on the node as the admin user. */
  readonly commands: readonly string[];
  /** Terraform text of what the step applies: a change replaces the resource and runs the step again. */
  readonly triggers: Readonly<Record<string, string>>;
  readonly dependsOn?: readonly TerraformResource[];
}

export class Step extends Construct {
  readonly resource: TerraformDataResource;

  constructor(scope: Construct, id: string, props: StepProps) {
    super(scope, id);
    this.resource = new TerraformDataResource(this, 'run', {
      triggersReplace: props.triggers,
      connection: props.connection,
      dependsOn: props.dependsOn,
      provisioners: [{ type: 'remote-exec', inline: [...props.commands] }],
    });
  }
}
