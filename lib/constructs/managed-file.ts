/**
 * One config file on one node, as a resource whose triggers hold the file's text: a change shows
 * in the plan as a line diff of that file (secrets as "(sensitive value)") and, on apply, is
 * uploaded, installed and applied (reload) by assets/steps/apply-file.sh.
 */
import type { SSHProvisionerConnection, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import type { TerraformDataResource } from '../platform/terraform-data';
import type { RenderedFile } from '../render/file';
import { PATHS } from '../render/paths';
import { Step } from './step';

export interface ManagedFileProps {
  readonly connection: SSHProvisionerConnection;
  readonly dependsOn: readonly TerraformResource[];
}

/** A construct id and staging name from a path: /etc/patroni/patroni.yml -> etc-patroni-patroni.yml. */
export function slugOf(path: string): string {
  return path.replace(/^\//, '').replace(/[^A-Za-z0-9._-]+/g, '-');
}

export class ManagedFile extends Construct {
  readonly resource: TerraformDataResource;

  constructor(scope: Construct, file: RenderedFile, props: ManagedFileProps) {
    const slug = slugOf(file.path);
    super(scope, slug);
    const step = new Step(this, 'apply', {
      connection: props.connection,
      script: 'apply-file.sh',
      args: [`${PATHS.stageDir}/${slug}`, file.path, file.owner, file.mode, file.apply],
      triggers: { path: file.path, content: file.content },
      sensitiveTriggers: file.secret ? ['content'] : [],
      upload: { trigger: 'content', name: slug },
      dependsOn: props.dependsOn,
    });
    this.resource = step.resource;
  }
}
