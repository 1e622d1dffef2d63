/**
 * A resource written from a plain attribute map. For per-node resources of large fleets: the
 * generated classes build an output-reference object, with a captured stack trace, for every
 * nested attribute, which dominated synth time. Attribute maps come from the generated
 * bindings' typed config structs and their *ToTerraform converters, so they stay checked.
 */
import { TerraformDataSource, TerraformResource, TerraformResourceLifecycle } from 'cdktf';
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
    return withoutUndefined(this.attributes) as { [name: string]: unknown };
  }
}

/**
 * A copy without undefined values, which cdktf would drop anyway. The generated converters
 * write every attribute of the schema (a libvirt domain's devices: 180 keys, 143 of them
 * undefined), and cdktf's resolver visits each key at a few microseconds apiece.
 */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== undefined).map(withoutUndefined);
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = withoutUndefined(item);
  return out;
}

/**
 * `${type.name.attribute}` as a plain expression string: a reference without a token. Logical
 * ids are path-based and final once the construct tree is complete, as it is at synth.
 */
export function reference(resource: TerraformResource, attribute: string): string {
  return `\${${resource.terraformResourceType}.${resource.friendlyUniqueId}.${attribute}}`;
}

/** `${data.type.name.attribute}`: a data source's attribute as a plain expression string. */
export function dataReference(source: TerraformDataSource, attribute: string): string {
  return `\${data.${source.terraformResourceType}.${source.friendlyUniqueId}.${attribute}}`;
}
