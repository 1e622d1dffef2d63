/** The plan of a whole deployment: every node's plan, every step in order, the clusters' endpoints. */
import type { ResolvedCluster, ResolvedDeployment } from '../model';
import { deferredSecrets, instanceName } from '../model';
import { NodeAssets, nodeAssets } from '../private/assets';
import { targetFiles } from './infra-files';
import { bundleOnlyFiles, configFiles, memberOn, SharedClusterFiles, sharedClusterFiles, staticFiles, stepScripts, stepsEnvFile } from './node-files';
import { nodePackages } from './packages';
import type { ClusterEndpoints, DeploymentPlan, NodePlan, PlatformTraits } from './plan';
import { clusterSteps, dcsSteps, nodeSteps, registrationSteps, repositorySteps } from './steps';
import { NodeKeysOf, tlsFiles } from './tls';
import { nodeUnits } from './units';

/** Where clients connect: the VIP, else the first member's address, with each service's port. */
function endpointsOf(cluster: ResolvedCluster): ClusterEndpoints {
  const host = cluster.vip?.address ?? cluster.instances[0].ip;
  return {
    cluster: cluster.name,
    services: Object.fromEntries(cluster.services.map((service) => [service.shortName, `${host}:${service.port}`])),
    members: Object.fromEntries(cluster.instances.map((instance) => [instance.name, instance.ip])),
  };
}

/**
 * Plans a resolved, valid deployment. Pure: the same model, traits, keys and assets give the same
 * plan. `keysOf` gives each node's files of the deployment's PKI (the CA certificate, the node's
 * TLS key and certificate, its SSH host key); without it (with TLS off) nodes get none and keep
 * the host keys they make at first boot.
 */
export function planDeployment(d: ResolvedDeployment, traits: PlatformTraits, keysOf?: NodeKeysOf, assets: NodeAssets = nodeAssets()): DeploymentPlan {
  if (d.tls.enabled && !keysOf) throw new Error(`deployment ${d.name}: TLS is on, but the plan was given no keys (planDeployment's keysOf)`);
  const shared = new Map<string, SharedClusterFiles>();
  const sharedOf = (cluster: ResolvedCluster): SharedClusterFiles => {
    let files = shared.get(cluster.name);
    if (!files) shared.set(cluster.name, (files = sharedClusterFiles(d, cluster)));
    return files;
  };
  const scripts = stepScripts(assets);
  const nodes = d.nodes.map((node): NodePlan => {
    const member = memberOn(d, node);
    const keys = keysOf?.(node);
    return {
      node,
      scope:
        node.isMeta || !node.instance
          ? { kind: 'meta', ip: node.ip }
          : { kind: 'instance', cluster: node.instance.cluster, instance: instanceName(node.instance.cluster, node.instance.seq) },
      files: [...configFiles(d, node, traits, sharedOf), ...(keys ? tlsFiles(d, node, keys) : [])],
      staticFiles: staticFiles(d, node, traits, assets),
      bundleOnlyFiles: bundleOnlyFiles(d, node, assets),
      scripts,
      stepsEnv: stepsEnvFile(d, node),
      packages: nodePackages(d, node),
      units: nodeUnits(d, node, member),
      sshHostKey: keys?.sshHostKey,
    };
  });
  const byIp = new Map(nodes.map((plan) => [plan.node.ip, plan]));
  const nodeOf = (ip: string): NodePlan => byIp.get(ip)!;
  const clusterStepPlans = d.clusters.flatMap((cluster) => {
    const files = sharedOf(cluster);
    return clusterSteps(d, cluster, { rolesSql: files.rolesSql.content, passwordsSql: files.passwordsSql.content }, nodeOf);
  });
  return {
    deployment: d,
    traits,
    nodes,
    steps: [
      ...nodes.flatMap(nodeSteps),
      ...dcsSteps(d),
      ...repositorySteps(d),
      ...clusterStepPlans,
      ...registrationSteps(
        d,
        targetFiles(d)
          .map((file) => file.content)
          .join('\n'),
      ),
    ],
    endpoints: d.clusters.map(endpointsOf),
    deferredSecrets: deferredSecrets(d),
  };
}
