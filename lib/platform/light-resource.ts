/**
 * A resource written from a plain attribute map. For per-node resources of large fleets: the
 * generated classes build an output-reference object, with a captured stack trace, for every
 * nested attribute, which dominated synth time. Attribute maps come from the generated
 * bindings' typed config structs and their *ToTerraform converters, so they stay checked.
 */
import { TerraformResource, TerraformResourceLifecycle } from 'cdktf';
import { Construct } from 'constructs';

export interface LightResourceOptions {
  readonly lifecycle?: TerraformResourceLifecycle;
  readonly providerName: string;
  readonly providerVersion: string;
}

export class LightResource extends TerraformResource {
  constructor(
    scope: Construct,
    id: string,
    type: string,
    private readonly attributes: Readonly<Record<string, unknown>>,
    options: LightResourceOptions,
  ) {
    super(scope, id, {
      terraformResourceType: type,
      terraformGeneratorMetadata: { providerName: options.providerName, providerVersion: options.providerVersion },
      lifecycle: options.lifecycle,
    });
  }

  protected synthesizeAttributes(): { [name: string]: unknown } {
    return { ...this.attributes };
  }
}

/**
 * `${type.name.attribute}` as a plain expression string: a reference without a token. Logical
 * ids are path-based and final once the construct tree is complete, as it is at synth.
 */
export function reference(resource: TerraformResource, attribute: string): string {
  return `\${${resource.terraformResourceType}.${resource.friendlyUniqueId}.${attribute}}`;
}
