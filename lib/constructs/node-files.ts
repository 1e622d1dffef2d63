/**
 * The config files of one node, as one resource with an instance per file (for_each keyed by
 * path). An instance's triggers hold the file's text, owner, mode and the command that applies a
 * change, so a change replaces exactly that instance: the plan shows a line diff of that file on
 * that node (secrets as "(sensitive value)"), and on apply the file is uploaded, installed and
 * applied (reload) by assets/steps/apply-file.sh.
 *
 * One resource per node rather than one per file writes the connection, provisioners and
 * ordering once per node; owner, mode and apply command belong to the path, so they are written
 * once per deployment (FileInstalls). Both keep fleets quick to synthesize (BENCHMARKS.md).
 */
import { SSHProvisionerConnection, TerraformLocal, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { TerraformDataResource } from '../platform/terraform-data';
import { sensitiveText, terraformText } from '../platform/terraform-text';
import type { RenderedFile } from '../render/file';
import { PATHS } from '../render/paths';

/** Paths go on the remote command line unquoted and name the staged copy: keep them plain. */
const PLAIN_PATH = /^\/[A-Za-z0-9._/-]+$/;

type Install = Pick<RenderedFile, 'owner' | 'mode' | 'apply'>;

/** How each config path is installed (owner, mode, apply command): one local per deployment. */
export class FileInstalls extends Construct {
  private readonly installs: Record<string, Install> = {};
  private readonly local: TerraformLocal;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    // The local renders this object at synth, so paths added later are in it.
    this.local = new TerraformLocal(this, 'paths', this.installs);
  }

  /** Records the files' installs and returns the local's address (`local.<name>`). */
  register(files: readonly RenderedFile[], where: string): string {
    for (const file of files) {
      const install = { owner: file.owner, mode: file.mode, apply: terraformText(file.apply) };
      const known = this.installs[file.path];
      if (known && JSON.stringify(known) !== JSON.stringify(install)) {
        throw new Error(`${file.path} is installed as ${JSON.stringify(install)} on ${where} but as ${JSON.stringify(known)} elsewhere; a path has one owner, mode and apply command per deployment`);
      }
      this.installs[file.path] = install;
    }
    return `local.${this.local.friendlyUniqueId}`;
  }
}

export interface NodeFilesProps {
  readonly connection: SSHProvisionerConnection;
  readonly dependsOn: readonly TerraformResource[];
  readonly installs: FileInstalls;
}

/** The staged copy of the instance's file: /etc/patroni/patroni.yml -> <stage>/etc-patroni-patroni.yml. */
const STAGED = `${PATHS.stageDir}/\${replace(trimprefix(each.key, "/"), "/", "-")}`;

/** The apply command as one single-quoted shell word. */
const APPLY_WORD = `'\${replace(self.triggers_replace.apply, "'", "'\\\\''")}'`;

export class NodeFiles extends Construct {
  readonly resource: TerraformDataResource;

  constructor(scope: Construct, id: string, files: readonly RenderedFile[], props: NodeFilesProps) {
    super(scope, id);
    const contents: Record<string, string> = {};
    for (const file of files) {
      if (!PLAIN_PATH.test(file.path)) throw new Error(`config file path ${JSON.stringify(file.path)} has characters a step cannot pass on; use letters, digits and . _ - /`);
      if (file.path in contents) throw new Error(`two config files for ${file.path} on ${this.node.path}; each path is written once per node`);
      contents[file.path] = file.secret ? sensitiveText(file.content) : terraformText(file.content);
    }
    const installs = props.installs.register(files, this.node.path);
    this.resource = new TerraformDataResource(this, 'run', {
      forEach: contents,
      triggersReplace: {
        content: '${each.value}',
        owner: `\${${installs}[each.key].owner}`,
        mode: `\${${installs}[each.key].mode}`,
        apply: `\${${installs}[each.key].apply}`,
      },
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
