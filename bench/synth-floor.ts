/**
 * The synth floor: a synthesized document (the fleet's cdk.tf.json) written again through bare
 * cdktf constructs, the same blocks with the same values under the same names, so that cdktf's
 * own cost for exactly this document can be set beside the fleet's synth.
 *
 * Resources and the provider are trivial subclasses whose synthesizeAttributes returns the
 * block's attributes as they stand; a resource's meta-arguments go where the project's own
 * resources put them (lifecycle, connection, provisioners and depends_on as cdktf's properties,
 * for_each as an override). Locals and outputs are TerraformLocal and TerraformOutput. cdktf
 * adds the local backend and required_providers itself, as for the fleet.
 */
import { App, TerraformLocal, TerraformOutput, TerraformProvider, TerraformResource, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';

type Block = Record<string, unknown>;

export interface SynthDocument {
  readonly '//'?: unknown;
  readonly terraform?: { readonly required_providers?: Record<string, { source: string; version?: string }>; readonly backend?: unknown };
  readonly provider?: Record<string, Block[]>;
  readonly resource?: Record<string, Record<string, Block>>;
  readonly locals?: Record<string, unknown>;
  readonly output?: Record<string, { value: unknown; description?: string; sensitive?: boolean }>;
  readonly [other: string]: unknown;
}

const without = (block: Block): Block => {
  const { '//': _metadata, ...rest } = block;
  return rest;
};

const META = ['lifecycle', 'connection', 'provisioner', 'depends_on', 'for_each'];

class BareResource extends TerraformResource {
  private readonly block: Block;

  constructor(scope: Construct, name: string, type: string, whole: Block) {
    super(scope, name, { terraformResourceType: type });
    this.overrideLogicalId(name);
    this.block = Object.fromEntries(Object.entries(whole).filter(([key]) => !META.includes(key)));
    const { lifecycle, connection, provisioner, depends_on: dependsOn, for_each: forEach } = whole as Record<string, any>;
    const unknown = ['count', 'provider', 'dynamic'].filter((key) => key in whole);
    if (unknown.length) throw new Error(`the synth floor does not write ${unknown.join(', ')} of ${type}.${name}`);
    if (lifecycle) this.lifecycle = lifecycle;
    if (connection) this.connection = connection;
    // cdktf writes each provisioner as { <type>: { ...its keys in snake case } }.
    if (provisioner)
      this.provisioners = (provisioner as Record<string, Block>[]).map((p) => {
        const [[kind, body]] = Object.entries(p);
        return { type: kind, ...body } as any;
      });
    if (dependsOn) this.dependsOn = dependsOn;
    if (forEach !== undefined) this.addOverride('for_each', forEach);
  }

  protected synthesizeAttributes(): { [name: string]: unknown } {
    return this.block;
  }
}

class BareProvider extends TerraformProvider {
  constructor(
    scope: Construct,
    name: string,
    source: string,
    version: string | undefined,
    private readonly block: Block,
  ) {
    super(scope, name, {
      terraformResourceType: name,
      terraformProviderSource: source,
      terraformGeneratorMetadata: { providerName: name, providerVersionConstraint: version },
    });
  }

  protected synthesizeAttributes(): { [name: string]: unknown } {
    return this.block;
  }
}

/** The document's stack through bare constructs; refuses blocks it does not write again. */
export function floorApp(outdir: string, stackName: string, doc: SynthDocument): App {
  const unknown = Object.keys(doc).filter((key) => !['//', 'terraform', 'provider', 'resource', 'locals', 'output'].includes(key));
  if (unknown.length) throw new Error(`the synth floor does not write ${unknown.join(', ')} blocks`);
  const app = new App({ outdir });
  const stack = new TerraformStack(app, stackName);
  for (const [name, blocks] of Object.entries(doc.provider ?? {})) {
    if (blocks.length !== 1) throw new Error(`the synth floor writes one ${name} provider block, not ${blocks.length}`);
    const required = doc.terraform?.required_providers?.[name];
    if (!required) throw new Error(`provider ${name} is not in required_providers`);
    new BareProvider(stack, name, required.source, required.version, without(blocks[0]));
  }
  for (const [type, byName] of Object.entries(doc.resource ?? {})) {
    for (const [name, block] of Object.entries(byName)) new BareResource(stack, name, type, without(block));
  }
  for (const [name, value] of Object.entries(doc.locals ?? {})) new TerraformLocal(stack, name, value).overrideLogicalId(name);
  for (const [name, output] of Object.entries(doc.output ?? {})) {
    new TerraformOutput(stack, name, { value: output.value, description: output.description, sensitive: output.sensitive }).overrideLogicalId(name);
  }
  return app;
}

/** The document without cdktf's "//" metadata, which names construct paths: what Terraform reads. */
export function withoutMetadata(doc: SynthDocument): unknown {
  const strip = (value: unknown, depth: number): unknown => {
    if (depth === 0 || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== '//')
        .map(([key, item]) => [key, strip(item, depth - 1)]),
    );
  };
  // "//" sits at the top and in each resource, local and output block: three levels down.
  return strip(doc, 4);
}
