import { buildModel, DeploymentSpec, ResolvedDeployment, sandboxSpec } from '../../lib/model';
import { NodePlan, planDeployment, PlatformTraits } from '../../lib/plan';

/** A fixed key, so rendered output is the same on every machine. */
export const TEST_SSH_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFixtureKeyForGoldenFilesOnly0000000000000 test@pigsty';

/** A platform like libvirt's: the gateway resolves, the nodes keep their own clocks. */
export const TEST_TRAITS: PlatformTraits = { upstreamDns: ['10.10.10.1'], sharesHostClock: false };

export function sandboxModel(overrides: Partial<DeploymentSpec> = {}): ResolvedDeployment {
  return buildModel({ ...sandboxSpec([TEST_SSH_KEY]), ...overrides });
}

/** The sandbox as this host can run it: no Grafana (Debian ships none). */
export function sandboxModelWithoutGrafana(): ResolvedDeployment {
  const spec = sandboxSpec([TEST_SSH_KEY]);
  return buildModel({ ...spec, metaNodes: spec.metaNodes.map((meta) => ({ ...meta, infra: { grafana: { enabled: false } } })) });
}

/** The plan of every node, meta nodes first. */
export function renderAllNodes(d: ResolvedDeployment): readonly NodePlan[] {
  return planDeployment(d, TEST_TRAITS).nodes;
}

export function fileOf(config: NodePlan, path: string): string {
  const file = config.files.find((f) => f.path === path);
  if (!file) throw new Error(`${config.node.name} has no ${path}`);
  return file.content;
}
