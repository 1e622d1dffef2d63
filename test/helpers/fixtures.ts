import { buildModel, DeploymentSpec, ResolvedDeployment, sandboxSpec } from '../../lib/model';
import { nodeAssets } from '../../lib/platform/assets';
import { NodeConfig, renderNode } from '../../lib/render/node';

/** A fixed key, so rendered output is the same on every machine. */
export const TEST_SSH_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFixtureKeyForGoldenFilesOnly0000000000000 test@pigsty';

export const TEST_RENDER_OPTIONS = { dnsServers: ['10.10.10.1'], clockShared: false, ...nodeAssets() };

export function sandboxModel(overrides: Partial<DeploymentSpec> = {}): ResolvedDeployment {
  return buildModel({ ...sandboxSpec([TEST_SSH_KEY]), ...overrides });
}

/** The sandbox as this host can run it: no Grafana (Debian ships none). */
export function sandboxModelWithoutGrafana(): ResolvedDeployment {
  const spec = sandboxSpec([TEST_SSH_KEY]);
  return buildModel({ ...spec, metaNodes: spec.metaNodes.map((meta) => ({ ...meta, infra: { grafana: { enabled: false } } })) });
}

export function renderAllNodes(d: ResolvedDeployment): NodeConfig[] {
  return d.nodes.map((node) => renderNode(d, node, TEST_RENDER_OPTIONS));
}

export function fileOf(config: NodeConfig, path: string): string {
  const file = config.files.find((f) => f.path === path);
  if (!file) throw new Error(`${config.node.name} has no ${path}`);
  return file.content;
}
