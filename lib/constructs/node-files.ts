/**
 * The config files of one node, as one resource with an instance per file (for_each keyed by
 * path). An instance's triggers hold the file's text, owner, mode and the command that applies a
 * change, so a change replaces exactly that instance: the plan shows a line diff of that file on
 * that node (secrets as "(sensitive value)"), and on apply the file is uploaded, installed and
 * applied (reload) by assets/steps/apply-file.sh. One resource per node rather than one per
 * file writes the connection, provisioners and ordering once, which keeps fleets quick to
 * synthesize (BENCHMARKS.md).
 */
import type { SSHProvisionerConnection, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { TerraformDataResource } from '../platform/terraform-data';
import { sensitiveText, terraformText } from '../platform/terraform-text';
import type { RenderedFile } from '../render/file';
import { PATHS } from '../render/paths';

export interface NodeFilesProps {
  readonly connection: SSHProvisionerConnection;
  readonly dependsOn: readonly TerraformResource[];
}

/** Paths go on the remote command line unquoted and name the staged copy: keep them plain. */
const PLAIN_PATH = /^\/[A-Za-z0-9._/-]+$/;

/** The staged copy of the instance's file: /etc/patroni/patroni.yml -> <stage>/etc-patroni-patroni.yml. */
const STAGED = `${PATHS.stageDir}/\${replace(trimprefix(each.key, "/"), "/", "-")}`;

/** The apply command as one single-quoted shell word. */
const APPLY_WORD = `'\${replace(self.triggers_replace.apply, "'", "'\\\\''")}'`;

export class NodeFiles extends Construct {
  readonly resource: TerraformDataResource;

  constructor(scope: Construct, id: string, files: readonly RenderedFile[], props: NodeFilesProps) {
    super(scope, id);
    const instances: Record<string, unknown> = {};
    for (const file of files) {
      if (!PLAIN_PATH.test(file.path)) throw new Error(`config file path ${JSON.stringify(file.path)} has characters a step cannot pass on; use letters, digits and . _ - /`);
      if (file.path in instances) throw new Error(`two config files for ${file.path} on ${scope.node.path}; each path is written once per node`);
      instances[file.path] = {
        content: file.secret ? sensitiveText(file.content) : terraformText(file.content),
        owner: file.owner,
        mode: file.mode,
        apply: terraformText(file.apply),
      };
    }
    this.resource = new TerraformDataResource(this, 'run', {
      forEach: instances,
      triggersReplace: '${each.value}',
      connection: props.connection,
      dependsOn: props.dependsOn,
      provisioners: [
        { type: 'file', content: '${self.triggers_replace.content}', destination: STAGED },
        {
          type: 'remote-exec',
          inline: [
            `sudo -n ${PATHS.stepsDir}/apply-file.sh ${STAGED} \${each.key} \${self.triggers_replace.owner} \${self.triggers_replace.mode} ${APPLY_WORD}`,
          ],
        },
      ],
    });
  }
}
