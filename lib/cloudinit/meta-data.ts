/** cloud-init meta-data. The instance-id is stable: a new one would make cloud-init run again. */
import type { ResolvedDeployment, ResolvedNode } from '../model';
import { toYaml } from '../render/text';

export function instanceIdOf(d: ResolvedDeployment, node: ResolvedNode): string {
  return `${d.name}-${node.name}`;
}

export function buildMetaData(d: ResolvedDeployment, node: ResolvedNode): string {
  return toYaml({ 'instance-id': instanceIdOf(d, node), 'local-hostname': node.name });
}
