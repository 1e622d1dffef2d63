/**
 * What a deployment becomes at synth: per node a machine, a "ready" step, its static files and
 * its config files (one resource instance per file); per cluster the bootstrap steps in DESIGN's order:
 * DCS -> primary -> replicas -> users and databases -> services.
 */
import { TerraformOutput, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { buildMetaData, buildNetworkConfig, buildUserData } from '../cloudinit';
import type { ResolvedCluster, ResolvedDeployment, ResolvedNode } from '../model';
import type { Machine } from '../platform/platform';
import { fingerprint } from '../platform/terraform-text';
import { etcdEndpoints } from '../render/dcs-endpoints';
import { NodeConfig, renderNode } from '../render/node';
import { repositoryPackages } from '../render/packages';
import { PATHS } from '../render/paths';
import { nodeAssets } from '../platform/assets';
import type { Deployment } from './deployment';
import { FileInstalls, NodeFiles } from './node-files';
import { FileBundle, FileSets } from './file-bundle';
import { PgCluster } from './pg-cluster';
import { sshConnection } from './ssh';
import { Step } from './step';

interface NodeHandle {
  readonly node: ResolvedNode;
  readonly config: NodeConfig;
  readonly machine: Machine;
  readonly scope: Construct;
  readonly ready: Step;
  /** The static-file bundle and the config files: what a step on this node waits for. */
  readonly files: readonly { readonly resource: TerraformResource }[];
}

export function buildDeploymentResources(deployment: Deployment, d: ResolvedDeployment): void {
  const metaConstructs = new Map(deployment.metaNodes.map((meta) => [meta.ip, meta]));
  const clusterConstructs = new Map(deployment.clusters.map((cluster) => [cluster.clusterName, cluster]));
  // The construct that holds a node's resources: its MetaNode, or a scope named after its instance.
  const nodeScope = (node: ResolvedNode): Construct =>
    node.isMeta ? metaConstructs.get(node.ip)! : new Construct(clusterConstructs.get(node.instance!.cluster)!, `${node.instance!.cluster}-${node.instance!.seq}`);

  const { platform, ssh } = deployment.props;
  const connect = (node: ResolvedNode) => sshConnection(ssh, d.admin.user, node.ip);
  const dnsServers = platform.upstreamDns(d);
  platform.prepare(new Construct(deployment, 'platform'), d);

  const fileSets = new FileSets(deployment, 'static-files');
  const installs = new FileInstalls(deployment, 'file-installs');
  const handles = new Map<string, NodeHandle>();
  for (const node of d.nodes) {
    const scope = nodeScope(node);
    const config = renderNode(d, node, { ...nodeAssets(), dnsServers, clockShared: platform.sharesHostClock });
    const machine = platform.machine(new Construct(scope, 'machine'), d, {
      node,
      userData: buildUserData(d, config),
      metaData: buildMetaData(d, node),
      networkConfig: buildNetworkConfig(d, node, dnsServers),
    });
    const ready = new Step(scope, 'ready', {
      connection: connect(node),
      // Inline: the step scripts arrive after this step, with the static files.
      inline: [
        'if ! sudo -n cloud-init status --wait >/dev/null; then sudo -n cloud-init status --long; sudo -n tail -n 40 /var/log/cloud-init-output.log; exit 1; fi',
        'echo "cloud-init done on $(hostname)"',
      ],
      triggers: { step: `cloud-init finished on ${node.name}` },
      expressionTriggers: { machine: machine.identity },
      dependsOn: machine.dependables,
    });
    const staticFiles = [...config.scripts, ...config.staticFiles];
    const bundle = new FileBundle(scope, 'static-files', {
      connection: connect(node),
      contents: fileSets.expressionFor(staticFiles),
      dependsOn: [ready.resource],
    });
    const files = new NodeFiles(scope, 'files', config.files, {
      connection: connect(node),
      dependsOn: [ready.resource, bundle.resource],
      installs,
    });
    handles.set(node.ip, { node, config, machine, scope, ready, files: [bundle, files] });
  }

  const dcsScope = new Construct(deployment, 'dcs');
  const dcsSteps = d.metaNodes.map((meta) => {
    const handle = handles.get(meta.ip)!;
    return new Step(dcsScope, meta.name, {
      connection: connect(meta),
      script: 'dcs-healthy.sh',
      args: [d.dcs.kind, ...etcdEndpoints(d)],
      triggers: { step: `${d.dcs.kind} quorum`, servers: etcdEndpoints(d).join(',') },
      expressionTriggers: { machine: handle.machine.identity },
      dependsOn: [...d.metaNodes.map((m) => handles.get(m.ip)!.ready.resource), ...handle.files.map((f) => f.resource)],
    });
  });

  // Offline mode: each meta node serves the repository the other nodes install from. Their
  // first boot waits for it; nothing in Terraform waits on them here.
  if (d.guest.packageSource === 'meta') {
    const repoScope = new Construct(deployment, 'repo');
    for (const meta of d.metaNodes) {
      const handle = handles.get(meta.ip)!;
      new Step(repoScope, meta.name, {
        connection: connect(meta),
        script: 'repo-build.sh',
        args: repositoryPackages(d),
        triggers: { step: 'package repository', packages: repositoryPackages(d).join(' ') },
        expressionTriggers: { machine: handle.machine.identity },
        dependsOn: [handle.ready.resource, ...handle.files.map((f) => f.resource)],
      });
    }
  }

  const members = d.clusters.flatMap((cluster) =>
    bootstrapCluster(clusterConstructs.get(cluster.name)!, cluster, handles, dcsSteps.map((s) => s.resource), connect),
  );

  // Registration: every meta node's Prometheus scrapes every cluster (DESIGN's last step).
  const registration = new Construct(deployment, 'registration');
  const targetFiles = (handle: NodeHandle) => handle.config.files.filter((f) => f.path.startsWith(`${PATHS.prometheusTargets}/`));
  for (const meta of d.metaNodes) {
    const handle = handles.get(meta.ip)!;
    new Step(registration, meta.name, {
      connection: connect(meta),
      script: 'register.sh',
      args: [String(d.infra.prometheus.port), ...d.clusters.map((c) => c.name)],
      triggers: { step: 'clusters scraped by prometheus', targets: fingerprint(targetFiles(handle).map((f) => f.content).join('\n')) },
      expressionTriggers: { machine: handle.machine.identity },
      dependsOn: [...members, ...handle.files.map((f) => f.resource)],
    });
  }
}

function bootstrapCluster(
  construct: PgCluster,
  cluster: ResolvedCluster,
  handles: ReadonlyMap<string, NodeHandle>,
  dcs: readonly TerraformResource[],
  connect: (node: ResolvedNode) => ReturnType<typeof sshConnection>,
): TerraformResource[] {
  const scope = new Construct(construct, 'bootstrap');
  const members = cluster.instances.map((instance) => ({ instance, handle: handles.get(instance.ip)! }));
  const files = (handle: NodeHandle) => handle.files.map((f) => f.resource);
  const identity = (handle: NodeHandle) => handle.machine.identity;

  const primary = members.find((m) => m.instance.role === 'primary')!;
  const primaryStep = new Step(scope, 'primary', {
    connection: connect(primary.handle.node),
    script: 'pg-primary.sh',
    triggers: { step: `patroni primary ${primary.instance.name}` },
    expressionTriggers: { machine: identity(primary.handle) },
    dependsOn: [...dcs, ...files(primary.handle)],
  });
  const replicaSteps = members
    .filter((m) => m !== primary)
    .map(
      (m) =>
        new Step(scope, `replica-${m.instance.seq}`, {
          connection: connect(m.handle.node),
          script: 'pg-replica.sh',
          triggers: { step: `patroni replica ${m.instance.name}` },
          expressionTriggers: { machine: identity(m.handle) },
          dependsOn: [primaryStep.resource, ...files(m.handle)],
        }),
    );
  const joined = [primaryStep, ...replicaSteps].map((s) => s.resource);

  const sql = (m: (typeof members)[number], path: string) => m.handle.config.files.find((f) => f.path === path)!.content;
  const memberSteps = members.map((m) => {
    const units = m.handle.config.services.start.filter((unit) => !['chrony', 'prometheus-node-exporter', 'patroni'].includes(unit));
    return new Step(scope, `member-${m.instance.seq}`, {
      connection: connect(m.handle.node),
      script: 'pg-member.sh',
      args: units,
      triggers: {
        step: `roles, users and databases of ${cluster.name} (applied by the leader), then the services of ${m.instance.name}`,
        roles: fingerprint(sql(m, PATHS.pgRolesSql)),
        units: units.join(','),
      },
      expressionTriggers: { passwords: fingerprint(sql(m, PATHS.pgPasswordsSql)), machine: identity(m.handle) },
      dependsOn: joined,
    }).resource;
  });

  clusterOutputs(construct, cluster);
  return memberSteps;
}

/** Where clients connect: the VIP, else the first member's address, with each service's port. */
function clusterOutputs(construct: PgCluster, cluster: ResolvedCluster): void {
  const host = cluster.vip?.address ?? cluster.instances[0].ip;
  new TerraformOutput(construct, 'endpoints', {
    description: `Services of ${cluster.name} (host:port); every member's node serves them too.`,
    value: Object.fromEntries(cluster.services.map((service) => [service.shortName, `${host}:${service.port}`])),
  });
  new TerraformOutput(construct, 'members', {
    description: `Patroni members of ${cluster.name} and their node addresses.`,
    value: Object.fromEntries(cluster.instances.map((instance) => [instance.name, instance.ip])),
  });
}
