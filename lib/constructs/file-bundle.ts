/**
 * The files of a node that do not depend on the spec (step scripts, systemd units, our
 * exporter), kept current as one resource. Their text is held once per deployment, in a local
 * (FileSets), and the bundle's triggers refer to it: a library upgrade shows in the plan as a
 * diff of exactly the files that changed. The bundle travels as one JSON upload, and each
 * changed file is installed and applied by apply-file.sh, which the bundle itself brings.
 */
import { SSHProvisionerConnection, TerraformLocal, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { TerraformDataResource } from '../platform/terraform-data';
import { quoted, terraformText } from '../platform/terraform-text';
import type { RenderedFile } from '../render/file';
import { stepScript } from '../plan/apply';
import { PATHS } from '../render/paths';

/** The locals that hold each distinct set of static files of a deployment, once. */
export class FileSets extends Construct {
  private readonly sets = new Map<string, string>();

  /**
   * The expression of a bundle: path -> { content, owner, mode, apply }, the shared files from the
   * local holding that set, merged with the node's own files (its steps.env, which the unpack
   * program installs first), written inline.
   */
  expressionFor(shared: readonly RenderedFile[], own: readonly RenderedFile[]): string {
    const local = this.localFor(shared);
    const entries = own.map(
      (file) =>
        `${quoted(file.path)} = { content = ${quoted(file.content)}, owner = ${quoted(file.owner)}, mode = ${quoted(file.mode)}, apply = ${quoted(file.apply)} }`,
    );
    return `\${merge(${local}, { ${entries.join(', ')} })}`;
  }

  /** The address of the local holding these files (`local.<name>`), made on first use. */
  private localFor(files: readonly RenderedFile[]): string {
    const key = JSON.stringify(files);
    let expression = this.sets.get(key);
    if (!expression) {
      const value = Object.fromEntries(
        files.map((file) => [file.path, { content: terraformText(file.content), owner: file.owner, mode: file.mode, apply: terraformText(file.apply) }]),
      );
      const local = new TerraformLocal(this, `set-${this.sets.size + 1}`, value);
      expression = `local.${local.friendlyUniqueId}`;
      this.sets.set(key, expression);
    }
    return expression;
  }
}

/**
 * Unpacks the uploaded bundle: installs apply-file.sh, its library and the steps' env file first,
 * then hands every file to it. Double quotes only, so the program fits in single quotes on the
 * command line.
 */
const FIRST = [stepScript('lib.sh'), PATHS.stepsEnv, stepScript('apply-file.sh')];
const UNPACK = [
  'import json, os, subprocess, sys',
  'bundle = json.load(open(sys.argv[1])); stage = os.path.dirname(sys.argv[1])',
  'def staged(path):',
  '    name = os.path.join(stage, path.strip("/").replace("/", "-"))',
  '    open(name, "w").write(bundle[path]["content"])',
  '    return name',
  `for first in (${FIRST.map((path) => JSON.stringify(path)).join(', ')}):`,
  '    subprocess.run(["install", "-D", "-m", bundle[first]["mode"], staged(first), first], check=True)',
  'for path, f in sorted(bundle.items()):',
  `    subprocess.run([${JSON.stringify(stepScript('apply-file.sh'))}, staged(path), path, f["owner"], f["mode"], f["apply"]], check=True)`,
].join('\n');

export interface FileBundleProps {
  readonly connection: SSHProvisionerConnection;
  /** Expression of the bundle's files, from FileSets.expressionFor(). */
  readonly contents: string;
  readonly dependsOn: readonly TerraformResource[];
}

export class FileBundle extends Construct {
  readonly resource: TerraformDataResource;

  constructor(scope: Construct, id: string, props: FileBundleProps) {
    super(scope, id);
    const stage = `${PATHS.stageDir}/bundle`;
    this.resource = new TerraformDataResource(this, 'run', {
      triggersReplace: props.contents,
      connection: props.connection,
      dependsOn: props.dependsOn,
      provisioners: [
        { type: 'remote-exec', inline: [`mkdir -p ${stage}`] },
        { type: 'file', content: '${jsonencode(self.triggers_replace)}', destination: `${stage}/bundle.json` },
        { type: 'remote-exec', inline: [`sudo -n python3 -c '${UNPACK}' ${stage}/bundle.json`, `rm -rf ${stage}`] },
      ],
    });
  }
}
