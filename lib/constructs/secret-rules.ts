/**
 * Terraform's check of secrets known only at apply time (docs/architecture.md, decision 4):
 * one resource whose preconditions hold each deferred secret to SECRET_ALPHABET, the rule
 * validation gives literals at synth. Terraform evaluates them at plan time when the value is
 * known there (a variable), else before the resource is created; every machine and step
 * depends on it, so no bad value reaches a node.
 */
import { TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import type { DeferredSecret } from '../model';
import { SECRET_ALPHABET } from '../model';
import { TerraformDataResource } from '../platform/terraform-data';
import { quoted } from '../platform/terraform-text';

export class SecretRules extends Construct {
  readonly resource: TerraformResource;

  constructor(scope: Construct, id: string, secrets: readonly DeferredSecret[]) {
    super(scope, id);
    this.resource = new TerraformDataResource(this, 'check', {
      lifecycle: {
        precondition: secrets.map((secret) => ({
          // As DeploymentSecrets.fromVariables() writes it (RE2 reads this JavaScript pattern alike).
          condition: `\${can(regex(${quoted(SECRET_ALPHABET.source)}, ${quoted(secret.value)}))}`,
          errorMessage: secret.message,
        })),
      },
    });
  }
}
