/**
 * The config files of one node, as one resource with an instance per file (for_each keyed by
 * path). An instance's triggers hold the file's text, owner, mode and the command that applies a
 * change, so a change replaces exactly that instance: the plan shows a line diff of that file on
 * that node (secrets as "(sensitive value)"), and on apply the file is uploaded, installed and
 * applied (reload) by assets/steps/apply-file.sh.
 *
 * One resource per node rather than one per file writes the connection, provisioners and
 * ordering once per node, which keeps fleets quick to synthesize (BENCHMARKS.md).
 *
 * The files themselves (text, owner, mode and apply command together) are held once per
 * deployment, in a local keyed by a hash of each distinct file, and the node's for_each is a local
 * of its own mapping path -> that key, so that
 * `terraform plan` no longer pays for the texts once per instance. Terraform evaluates a resource's
 * for_each expression again for every instance it plans, so a map written inline in for_each
 * costs its whole size per instance: with the texts there, 303 local nodes planned in 616 s; even
 * a literal map of 2000 one-letter values plans in 82 s, and in 5 s behind a local (Terraform
 * 1.11; bench:plan has the fleet's numbers). A meta node has one file per cluster and target
 * kind, so the cost was quadratic in the clusters. Each instance now looks its file up by key,
 * once for all four triggers (four lookups, one per trigger, planned measurably slower); the
 * triggers, and so the plan, hold the same values as with the texts inline (a state applied with
 * that form plans no change). A path still has one owner, mode and apply command per deployment:
 * FileInstalls checks it at synth.
 */
import { createHash } from 'crypto';
import { SSHProvisionerConnection, TerraformLocal, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { TerraformDataResource } from '../platform/terraform-data';
import { sensitiveText, terraformText } from '../platform/terraform-text';
import { stepScript } from '../plan/apply';
import type { RenderedFile } from '../render/file';
import { PATHS } from '../render/paths';
import { stableText } from './tls';

/** Paths go on the remote command line unquoted and name the staged copy: keep them plain. */
const PLAIN_PATH = /^\/[A-Za-z0-9._/-]+$/;

type Install = Pick<RenderedFile, 'owner' | 'mode' | 'apply'>;

/** What an instance's triggers hold: the file's text (a Terraform string), owner, mode and apply command. */
interface FileTriggers extends Install {
  readonly content: string;
}

/**
 * Every distinct config file of the deployment, text and install together, in one local keyed by
 * a hash of the four; and the check that each path is installed one way (owner, mode, apply
 * command) across the deployment.
 */
export class FileInstalls extends Construct {
  /** Path -> how it is installed: the check only, not written to the configuration. */
  private readonly installs = new Map<string, Install>();
  /** Key -> the file's triggers (the content as a Terraform string: escaped, secrets wrapped in sensitive()). */
  private readonly files: Record<string, FileTriggers> = {};
  private readonly keys = new Map<string, string>();
  private readonly local: TerraformLocal;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    // The local renders this object at synth, so files added later are in it.
    this.local = new TerraformLocal(this, 'texts', this.files);
  }

  /** The address of the local (`local.<name>`), which holds each file's triggers under its key. */
  get address(): string {
    return `local.${this.local.friendlyUniqueId}`;
  }

  /**
   * Records a file (its text a Terraform string, as terraformText() or sensitiveText() give it)
   * and returns its key: a hash of text, owner, mode and apply command, so the same file anywhere
   * in the deployment is held once, and a changed file changes only its own key. Refuses a path
   * installed two ways.
   */
  file(path: string, content: string, install: Install, where: string): string {
    const known = this.installs.get(path);
    if (known && JSON.stringify(known) !== JSON.stringify(install)) {
      throw new Error(
        `${path} is installed as ${JSON.stringify(install)} on ${where} but as ${JSON.stringify(known)} elsewhere; a path has one owner, mode and apply command per deployment`,
      );
    }
    this.installs.set(path, install);
    const triggers: FileTriggers = { content, owner: install.owner, mode: install.mode, apply: install.apply };
    const identity = JSON.stringify([stableText(triggers.content), triggers.owner, triggers.mode, triggers.apply]);
    let key = this.keys.get(identity);
    if (key === undefined) {
      key = createHash('sha256').update(identity).digest('hex').slice(0, 16);
      if (key in this.files) throw new Error(`two config files share the key ${key}; this cannot happen short of a sha256 collision`);
      this.files[key] = triggers;
      this.keys.set(identity, key);
    }
    return key;
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
    // Path -> key of its file (text, owner, mode, apply command) in the deployment's texts local.
    const keys: Record<string, string> = {};
    for (const file of files) {
      if (!PLAIN_PATH.test(file.path))
        throw new Error(`config file path ${JSON.stringify(file.path)} has characters a step cannot pass on; use letters, digits and . _ - /`);
      if (file.path in keys) throw new Error(`two config files for ${file.path} on ${this.node.path}; each path is written once per node`);
      const content = file.secret ? sensitiveText(file.content) : terraformText(file.content);
      const install = { owner: file.owner, mode: file.mode, apply: terraformText(file.apply) };
      keys[file.path] = props.installs.file(file.path, content, install, this.node.path);
    }
    const paths = new TerraformLocal(this, 'paths', keys);
    this.resource = new TerraformDataResource(this, 'run', {
      // One lookup: the object holds content, owner, mode and apply (content sensitive for a secret file).
      triggersReplace: `\${${props.installs.address}[each.value]}`,
      connection: props.connection,
      dependsOn: props.dependsOn,
      provisioners: [
        { type: 'file', content: '${self.triggers_replace.content}', destination: STAGED },
        {
          type: 'remote-exec',
          inline: [
            `sudo -n ${stepScript('apply-file.sh')} ${STAGED} \${each.key} \${self.triggers_replace.owner} \${self.triggers_replace.mode} ${APPLY_WORD}`,
          ],
        },
      ],
    });
    // A reference, not the map itself: see the top of this file. (An override, as
    // TerraformDataResource writes a literal for_each.)
    this.resource.addOverride('for_each', `\${local.${paths.friendlyUniqueId}}`);
  }
}
