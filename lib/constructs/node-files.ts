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
 *
 * The texts themselves are held once per deployment too, in a local keyed by a hash of each
 * distinct text, and the node's for_each is a local of its own mapping path -> that key, so that
 * `terraform plan` no longer pays for the texts once per instance. Terraform evaluates a resource's
 * for_each expression again for every instance it plans, so a map written inline in for_each
 * costs its whole size per instance: with the texts there, 303 local nodes planned in 616 s; even
 * a literal map of 2000 one-letter values plans in 82 s, and in 5 s behind a local (Terraform
 * 1.11; bench:plan has the fleet's numbers). A meta node has one file per cluster and target
 * kind, so the cost was quadratic in the clusters. Each instance now looks its text up by key;
 * the triggers, and so the plan, hold the same values as with the texts inline (a state applied
 * with that form plans no change).
 */
import { createHash } from 'crypto';
import { SSHProvisionerConnection, TerraformLocal, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { TerraformDataResource } from '../platform/terraform-data';
import { sensitiveText, terraformText } from '../platform/terraform-text';
import type { RenderedFile } from '../render/file';
import { PATHS } from '../render/paths';

/** Paths go on the remote command line unquoted and name the staged copy: keep them plain. */
const PLAIN_PATH = /^\/[A-Za-z0-9._/-]+$/;

type Install = Pick<RenderedFile, 'owner' | 'mode' | 'apply'>;

/**
 * How each config path is installed (owner, mode, apply command), and every distinct config file
 * text: one local each per deployment.
 */
export class FileInstalls extends Construct {
  private readonly installs: Record<string, Install> = {};
  private readonly local: TerraformLocal;
  /** Key -> text (as a Terraform string: escaped, secrets wrapped in sensitive()). */
  private readonly texts: Record<string, string> = {};
  private readonly keys = new Map<string, string>();
  private readonly textsLocal: TerraformLocal;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    // The locals render these objects at synth, so paths and texts added later are in them.
    this.local = new TerraformLocal(this, 'paths', this.installs);
    this.textsLocal = new TerraformLocal(this, 'texts', this.texts);
  }

  /** The address of the texts local (`local.<name>`), which holds each text under its key. */
  get textsAddress(): string {
    return `local.${this.textsLocal.friendlyUniqueId}`;
  }

  /**
   * Records a text (a Terraform string, as terraformText() or sensitiveText() give it) and
   * returns its key: a hash of the text, so the same text anywhere in the deployment is held
   * once, and a changed file changes only its own key.
   */
  text(text: string): string {
    let key = this.keys.get(text);
    if (key === undefined) {
      key = createHash('sha256').update(text).digest('hex').slice(0, 16);
      if (key in this.texts) throw new Error(`two config file texts share the key ${key}; this cannot happen short of a sha256 collision`);
      this.texts[key] = text;
      this.keys.set(text, key);
    }
    return key;
  }

  /** Records the files' installs and returns the local's address (`local.<name>`). */
  register(files: readonly RenderedFile[], where: string): string {
    for (const file of files) {
      const install = { owner: file.owner, mode: file.mode, apply: terraformText(file.apply) };
      const known = this.installs[file.path];
      if (known && JSON.stringify(known) !== JSON.stringify(install)) {
        throw new Error(
          `${file.path} is installed as ${JSON.stringify(install)} on ${where} but as ${JSON.stringify(known)} elsewhere; a path has one owner, mode and apply command per deployment`,
        );
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
    // Path -> key of its text in the deployment's texts local.
    const keys: Record<string, string> = {};
    for (const file of files) {
      if (!PLAIN_PATH.test(file.path))
        throw new Error(`config file path ${JSON.stringify(file.path)} has characters a step cannot pass on; use letters, digits and . _ - /`);
      if (file.path in keys) throw new Error(`two config files for ${file.path} on ${this.node.path}; each path is written once per node`);
      keys[file.path] = props.installs.text(file.secret ? sensitiveText(file.content) : terraformText(file.content));
    }
    const installs = props.installs.register(files, this.node.path);
    const paths = new TerraformLocal(this, 'paths', keys);
    this.resource = new TerraformDataResource(this, 'run', {
      triggersReplace: {
        content: `\${${props.installs.textsAddress}[each.value]}`,
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
    // A reference, not the map itself: see the top of this file. (An override, as
    // TerraformDataResource writes a literal for_each.)
    this.resource.addOverride('for_each', `\${local.${paths.friendlyUniqueId}}`);
  }
}
