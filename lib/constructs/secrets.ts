/** Where the platform's passwords come from (docs/architecture.md, decision 4). */
import { TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { SANDBOX_SECRETS, SECRET_ALPHABET, SECRET_ALPHABET_TEXT, SecretsSpec } from '../model';
import { UsageError } from '../model';
import { checkArgument, secret, shape, string } from '../model/validation/props';
import { quoted } from '../platform/terraform-text';

const DESCRIPTIONS: Readonly<Record<keyof SecretsSpec, string>> = {
  superuserPassword: 'Password of the Postgres superuser (postgres).',
  replicationPassword: 'Password of the replication user (replicator).',
  monitorPassword: 'Password of the monitoring user (dbuser_monitor).',
  dbaPassword: 'Password of the platform admin user (dbuser_dba).',
  haproxyAdminPassword: 'Password of the HAProxy admin pages (user admin).',
  patroniApiPassword: 'Password of the Patroni REST API for unsafe operations (user patroni).',
  grafanaAdminPassword: 'Password of the Grafana admin user.',
};

const snake = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export class DeploymentSecrets {
  /** The sandbox's documented demo passwords. Synth prints a warning wherever they are used. */
  static demo(): DeploymentSecrets {
    return new DeploymentSecrets(SANDBOX_SECRETS, true);
  }

  /**
   * One sensitive Terraform variable per secret, named `<prefix>_superuser_password` and so on;
   * set them with TF_VAR_... or a tfvars file. A variable rule checks each value at plan time.
   */
  static fromVariables(scope: Construct, prefix = 'pigsty'): DeploymentSecrets {
    if (typeof scope !== 'object' || scope === null || !('node' in scope)) {
      throw new UsageError('DeploymentSecrets.fromVariables(): scope is not a construct: pass the stack, e.g. DeploymentSecrets.fromVariables(this).');
    }
    if (typeof prefix !== 'string' || !/^[a-z][a-z0-9_]{0,31}$/.test(prefix)) {
      throw new UsageError(
        `DeploymentSecrets.fromVariables(): prefix ${JSON.stringify(prefix)} is not a Terraform variable name prefix: use lowercase letters, digits and '_' (default "pigsty").`,
      );
    }
    const values = Object.fromEntries(
      (Object.keys(DESCRIPTIONS) as (keyof SecretsSpec)[]).map((key) => {
        const variable = new TerraformVariable(scope, `${prefix}_${snake(key)}`, {
          type: 'string',
          sensitive: true,
          nullable: false,
          description: DESCRIPTIONS[key],
          validation: [
            {
              // The same rule as literal secrets get at synth (RE2 reads this JavaScript pattern alike).
              condition: `\${can(regex(${quoted(SECRET_ALPHABET.source)}, var.${prefix}_${snake(key)}))}`,
              errorMessage: `Use ${SECRET_ALPHABET_TEXT} (the value lands in env files, SQL and connection URLs).`,
            },
          ],
        });
        return [key, variable.stringValue];
      }),
    ) as unknown as SecretsSpec;
    return new DeploymentSecrets(values, false);
  }

  /** Explicit values: literals, or tokens of a random_password or a secrets-manager data source. */
  static of(values: SecretsSpec): DeploymentSecrets {
    const fields = Object.fromEntries(Object.keys(DESCRIPTIONS).map((key) => [key, secret(string)]));
    checkArgument('DeploymentSecrets.of()', 'values', values, shape(fields));
    return new DeploymentSecrets(values, false);
  }

  private constructor(
    /** @internal */ readonly values: SecretsSpec,
    /** @internal */ readonly isDemo: boolean,
  ) {}
}
