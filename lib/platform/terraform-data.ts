/**
 * The built-in `terraform_data` resource, without the per-resource Terraform version check that
 * cdktf's own class adds: that check runs `terraform version` in a child process for every
 * resource at every synth (about 55 ms each). `TerraformVersionCheck` checks it once instead.
 */
import { TerraformResource, TerraformResourceConfig } from 'cdktf';
import { Construct } from 'constructs';

export interface TerraformDataConfig extends Pick<TerraformResourceConfig, 'lifecycle' | 'provisioners' | 'connection'> {
  /**
   * Resources this one runs after. Written as plain addresses: cdktf's own dependsOn makes a
   * token (with a captured stack trace) per entry, which dominated synth time for large fleets.
   */
  readonly dependsOn?: readonly TerraformResource[];
  /** Stored in state; a change is an in-place update (provisioners do not run again). */
  readonly input?: unknown;
  /** Stored in state; a change replaces the resource, which runs its create-time provisioners again. */
  readonly triggersReplace?: unknown;
  /**
   * One instance per key (Terraform's for_each); `each.key` and `each.value` are in scope in
   * the other attributes and the provisioners.
   */
  readonly forEach?: Readonly<Record<string, unknown>>;
}

export class TerraformDataResource extends TerraformResource {
  private readonly inputValue?: unknown;
  private readonly triggersReplaceValue?: unknown;

  constructor(scope: Construct, id: string, config: TerraformDataConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'terraform_data',
      terraformGeneratorMetadata: { providerName: 'terraform' },
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
    });
    this.inputValue = config.input;
    this.triggersReplaceValue = config.triggersReplace;
    // An override: cdktf's own for_each takes an iterator, and its meta-arguments would drop ours.
    if (config.forEach) this.addOverride('for_each', config.forEach);
    if (config.dependsOn?.length) this.dependsOn = config.dependsOn.map(addressOf);
  }

  /** The `id` attribute, for references. */
  get id(): string {
    return this.getStringAttribute('id');
  }

  protected synthesizeAttributes(): { [name: string]: unknown } {
    return { input: this.inputValue, triggers_replace: this.triggersReplaceValue };
  }
}

/** `type.logical_id`: logical ids are path-based, and our dependencies are our own resources. */
function addressOf(resource: TerraformResource): string {
  return `${resource.terraformResourceType}.${resource.friendlyUniqueId}`;
}
