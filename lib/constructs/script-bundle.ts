/**
 * The step scripts of a node, kept current as one resource: its triggers map each script's name
 * to its text, so a library upgrade shows as a diff of exactly the scripts that changed.
 */
import type { ITerraformDependable, SSHProvisionerConnection } from 'cdktf';
import { Construct } from 'constructs';
import { TerraformDataResource } from '../platform/terraform-data';
import { terraformText } from '../platform/terraform-text';
import type { RenderedFile } from '../render/file';
import { PATHS } from '../render/paths';

export interface ScriptBundleProps {
  readonly connection: SSHProvisionerConnection;
  readonly scripts: readonly RenderedFile[];
  readonly dependsOn: readonly ITerraformDependable[];
}

const nameOf = (file: RenderedFile): string => file.path.slice(file.path.lastIndexOf('/') + 1);

export class ScriptBundle extends Construct {
  readonly resource: TerraformDataResource;

  constructor(scope: Construct, id: string, props: ScriptBundleProps) {
    super(scope, id);
    const names = props.scripts.map(nameOf);
    const stage = `${PATHS.stageDir}/scripts`;
    this.resource = new TerraformDataResource(this, 'run', {
      triggersReplace: Object.fromEntries(props.scripts.map((file) => [nameOf(file), terraformText(file.content)])),
      connection: props.connection,
      dependsOn: [...props.dependsOn],
      provisioners: [
        { type: 'remote-exec', inline: [`mkdir -p ${stage}`] },
        ...names.map((name) => ({ type: 'file' as const, content: `\${self.triggers_replace["${name}"]}`, destination: `${stage}/${name}` })),
        { type: 'remote-exec', inline: [`sudo -n install -m 0755 -t ${PATHS.stepsDir} ${names.map((n) => `${stage}/${n}`).join(' ')} && rm -rf ${stage}`] },
      ],
    });
  }
}
