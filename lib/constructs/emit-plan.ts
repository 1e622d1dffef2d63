/**
 * Emits a deployment plan as Terraform resources: per node a machine (from the platform) and its
 * cloud-init documents, every step of the plan in its construct scope with its dependencies,
 * and the clusters' endpoints as outputs. It decides nothing the plan decided.
 */
import { TerraformOutput, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { buildMetaData, buildNetworkConfig, buildUserData } from '../cloudinit';
import type { DeploymentPlan, NodePlan, NodeScope, StepPlan, StepScope } from '../plan';
import { machineId } from '../plan';
import { stepScript } from '../plan/apply';
import type { IPlatform, Machine } from '../platform/platform';
import type { EmittedAddresses } from '../review/manifest';
import { triggerText } from '../platform/terraform-text';
import { shellQuote } from '../private/shell';
import { FileBundle, FileSets } from './file-bundle';
import { FileInstalls, NodeFiles } from './node-files';
import { SecretRules } from './secret-rules';
import { SshAccessProps, sshConnection } from './ssh';
import { Step } from './step';

/** Where the emitted resources go: the deployment's construct and its meta node and cluster constructs. */
export interface EmitTarget {
  readonly root: Construct;
  readonly platform: IPlatform;
  readonly ssh: SshAccessProps;
  readonly metaNode: (ip: string) => Construct;
  readonly cluster: (name: string) => Construct;
}

interface EmittedNode {
  readonly plan: NodePlan;
  readonly scope: Construct;
  readonly machine: Machine;
}

/** Emits the plan; returns the Terraform address of each machine, step and shared resource (for the review manifest). */
export function emitPlan(plan: DeploymentPlan, target: EmitTarget): EmittedAddresses {
  const d = plan.deployment;
  const connect = (node: NodePlan) => sshConnection(target.ssh, d.admin.user, node.node.ip, node.sshHostKey?.publicKey);
  const platformScope = new Construct(target.root, 'platform');
  target.platform.prepare(platformScope, plan);
  // Apply-time secrets are checked before anything that carries them is created.
  const secretRules = plan.deferredSecrets.length > 0 ? [new SecretRules(target.root, 'secret-rules', plan.deferredSecrets).resource] : [];

  const nodeScope = (scope: NodeScope): Construct =>
    scope.kind === 'meta' ? target.metaNode(scope.ip) : new Construct(target.cluster(scope.cluster), scope.instance);
  const nodes = new Map<string, EmittedNode>();
  const machines: Record<string, string[]> = {};
  const keepsNodeAddresses: Record<string, string[]> = {};
  for (const node of plan.nodes) {
    const scope = nodeScope(node.scope);
    const machineScope = new Construct(scope, 'machine');
    const machine = target.platform.machine(machineScope, plan, {
      node: node.node,
      userData: buildUserData(d, node),
      metaData: buildMetaData(d, node.node),
      networkConfig: buildNetworkConfig(d, node.node, plan.traits.upstreamDns),
    });
    const machineResources = machineScope.node.findAll().filter(TerraformResource.isTerraformResource);
    for (const resource of machineResources) dependOn(resource, secretRules);
    const keepsNode = new Set(machine.keepsNode ?? []);
    machines[node.node.name] = machineResources.filter((resource) => !keepsNode.has(resource)).map(addressOf);
    keepsNodeAddresses[node.node.name] = [...keepsNode].map(addressOf);
    nodes.set(node.node.name, { plan: node, scope, machine });
  }

  const fileSets = new FileSets(target.root, 'static-files');
  const installs = new FileInstalls(target.root, 'file-installs');
  const scopes = new Map<string, Construct>();
  const scopeOf = (scope: StepScope, path: readonly string[]): Construct => {
    let parent = scope.kind === 'node' ? nodes.get(scope.node)!.scope : scope.kind === 'cluster' ? target.cluster(scope.cluster) : target.root;
    // Intermediate scopes (`dcs`, `bootstrap`...) are shared by the steps under them.
    for (const segment of path.slice(0, -1)) {
      const key = `${parent.node.path}/${segment}`;
      let child = scopes.get(key);
      if (!child) scopes.set(key, (child = new Construct(parent, segment)));
      parent = child;
    }
    return parent;
  };

  const emitted = new Map<string, readonly TerraformResource[]>();
  for (const [name, node] of nodes) emitted.set(machineId(name), node.machine.dependables);
  const dependencies = (step: StepPlan): TerraformResource[] => [
    ...secretRules,
    ...step.after.flatMap((id) => {
      const resources = emitted.get(id);
      if (!resources) throw new Error(`plan step ${step.id} runs after ${id}, which is not emitted before it`);
      return resources;
    }),
  ];

  const steps: Record<string, string> = {};
  for (const step of plan.steps) {
    const node = nodes.get(step.node)!;
    const scope = scopeOf(step.scope, step.path);
    const id = step.path[step.path.length - 1];
    const connection = connect(node.plan);
    const dependsOn = dependencies(step);
    const run = step.run;
    let resource: TerraformResource;
    if (run.kind === 'static-files') {
      const contents = fileSets.expressionFor([...node.plan.scripts, ...node.plan.staticFiles, ...node.plan.bundleOnlyFiles], [node.plan.stepsEnv]);
      resource = new FileBundle(scope, id, { connection, contents, dependsOn }).resource;
    } else if (run.kind === 'config-files') {
      resource = new NodeFiles(scope, id, node.plan.files, { connection, dependsOn, installs }).resource;
    } else {
      const commands = run.kind === 'inline' ? run.commands : [`sudo -n ${[stepScript(run.script), ...run.args].map(shellQuote).join(' ')}`];
      const triggers = Object.fromEntries(Object.entries(step.triggers).map(([key, trigger]) => [key, triggerText(trigger)]));
      resource = new Step(scope, id, { connection, commands, triggers: { ...triggers, machine: node.machine.identity }, dependsOn }).resource;
    }
    emitted.set(step.id, [resource]);
    steps[step.id] = addressOf(resource);
  }

  for (const endpoints of plan.endpoints) {
    const cluster = target.cluster(endpoints.cluster);
    new TerraformOutput(cluster, 'endpoints', {
      description: `Services of ${endpoints.cluster} (host:port); every member's node serves them too.`,
      value: endpoints.services,
    });
    new TerraformOutput(cluster, 'members', {
      description: `Patroni members of ${endpoints.cluster} and their node addresses.`,
      value: endpoints.members,
    });
  }
  const shared: Record<string, string> = {};
  for (const resource of platformScope.node.findAll().filter(TerraformResource.isTerraformResource)) {
    shared[`platform/${resource.node.path.slice(platformScope.node.path.length + 1)}`] = addressOf(resource);
  }
  for (const resource of secretRules) shared['secret-rules'] = addressOf(resource);
  return { machines, keepsNode: keepsNodeAddresses, steps, shared };
}

/** Adds dependencies to a resource the platform made, by address (as TerraformDataResource writes them). */
function dependOn(resource: TerraformResource, on: readonly TerraformResource[]): void {
  if (on.length === 0) return;
  resource.dependsOn = [...(resource.dependsOn ?? []), ...on.map(addressOf)];
}

/** `type.logical_id`, as Terraform addresses the resource. */
function addressOf(resource: TerraformResource): string {
  return `${resource.terraformResourceType}.${resource.friendlyUniqueId}`;
}
