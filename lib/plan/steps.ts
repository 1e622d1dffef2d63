/**
 * The bootstrap steps and their order, the one place that decides it. Per node: the machine,
 * then `ready` (cloud-init finished), the static files, the config files. Then the DCS is
 * healthy on each meta node; per cluster the primary's Patroni starts, then the replicas join,
 * then every member (the leader applies roles, users and databases; each member checks its
 * services); last, each meta node's Prometheus scrapes every cluster. In offline mode each meta
 * node also builds the package repository, which the other nodes' first boot waits for.
 *
 * Each step's `after` names only what it does not already wait for through another step (the
 * transitive reduction): a node's config files wait for its static files, which wait for `ready`,
 * so a step after the config files lists only them. Every edge is a `depends_on` entry Terraform
 * reads and plans (BENCHMARKS.md); the order is the same.
 */
import type { ResolvedCluster, ResolvedDeployment, ResolvedNode } from '../model';
import { etcdEndpoints, etcdUrls } from '../render/dcs-endpoints';
import { etcdUserOf } from './tls';
import { fingerprint } from './fingerprint';
import { configFilesId, dcsId, machineId, memberId, primaryId, readyId, registrationId, replicaId, repoId, staticFilesId } from './ids';
import { repositoryPackages } from './packages';
import type { NodePlan, StepPlan, Trigger } from './plan';
import { memberServiceUnits } from './units';

/** What every cluster's steps need of its cluster-wide files. */
export interface ClusterTexts {
  readonly rolesSql: string;
  readonly passwordsSql: string;
}

/**
 * Fails the step with cloud-init's own report when first boot failed: its status, every unit
 * that failed on the node with the last lines of its journal (the cause is often a unit, not
 * cloud-init: a runcmd that starts haproxy fails because a tmpfiles unit never ran), and the end
 * of its output log.
 */
const READY_COMMANDS = [
  'if ! sudo -n cloud-init status --wait >/dev/null; then sudo -n cloud-init status --long; ' +
    'for unit in $(systemctl list-units --state=failed --no-legend --plain | cut -d" " -f1); do echo "failed unit $unit:"; sudo -n journalctl -u "$unit" -n 12 --no-pager -o short-precise; done; ' +
    'sudo -n tail -n 40 /var/log/cloud-init-output.log; exit 1; fi',
  'echo "cloud-init done on $(hostname)"',
];

const script = (name: string, args: readonly string[] = []): StepPlan['run'] => ({ kind: 'script', script: name, args });

/** What a step on this node waits for first: the node is up and has its files (the config files come after `ready` and the static files). */
const nodeFiles = (node: string): string[] => [configFilesId(node)];

/** `ready`, the static files and the config files of one node. */
export function nodeSteps(plan: NodePlan): StepPlan[] {
  const name = plan.node.name;
  const scope = { kind: 'node', node: name } as const;
  return [
    {
      id: readyId(name),
      scope,
      path: ['ready'],
      node: name,
      // Inline: the step scripts arrive after this step, with the static files.
      run: { kind: 'inline', commands: READY_COMMANDS },
      triggers: { step: `cloud-init finished on ${name}` },
      after: [machineId(name)],
    },
    { id: staticFilesId(name), scope, path: ['static-files'], node: name, run: { kind: 'static-files' }, triggers: {}, after: [readyId(name)] },
    // After the static files (and so after `ready`): apply-file.sh, which installs each file, is one of the step scripts.
    { id: configFilesId(name), scope, path: ['files'], node: name, run: { kind: 'config-files' }, triggers: {}, after: [staticFilesId(name)] },
  ];
}

/** Each meta node waits until every DCS server answers and a quorum exists. */
/**
 * etcd's authentication with TLS: per cluster a role with read and write on the cluster's Patroni
 * prefix only, granted to the etcd user of each member's node (its certificate's CN), as
 * `<role>:<prefix>:<user>,<user>` (assets/steps/dcs-healthy.sh). Only the v2 API, which
 * Patroni's etcd client and vip-manager 1.0 use: with v3, Patroni speaks to the gRPC gateway,
 * which does not pass the client certificate's CN on (TLS only, no users).
 */
export function etcdGrants(d: ResolvedDeployment): string[] {
  if (!d.tls.enabled || d.dcs.kind !== 'etcd' || d.dcs.etcdApi !== 'v2') return [];
  const nodeOf = new Map(d.nodes.map((node) => [node.ip, node]));
  return d.clusters.map(
    (cluster) => `${cluster.name}:${d.dcs.namespace}${cluster.name}/:${cluster.instances.map((i) => etcdUserOf(nodeOf.get(i.ip)!)).join(',')}`,
  );
}

export function dcsSteps(d: ResolvedDeployment): StepPlan[] {
  const endpoints = etcdEndpoints(d);
  const grants = etcdGrants(d);
  // Users live in etcd's replicated store: one meta node sets them up, the others check the quorum.
  const grantsOn = (meta: ResolvedNode): string[] => (meta === d.metaNodes[0] && grants.length > 0 ? ['--', ...grants] : []);
  return d.metaNodes.map((meta) => ({
    id: dcsId(meta.name),
    scope: { kind: 'deployment' },
    path: ['dcs', meta.name],
    node: meta.name,
    run: script('dcs-healthy.sh', [d.dcs.kind, ...(d.dcs.kind === 'etcd' ? etcdUrls(d) : endpoints), ...grantsOn(meta)]),
    triggers: { step: `${d.dcs.kind} quorum`, servers: endpoints.join(','), ...(grantsOn(meta).length > 0 ? { grants: grants.join(' ') } : {}) },
    // Its own node's `ready` comes with its files.
    after: [...d.metaNodes.filter((m) => m !== meta).map((m) => readyId(m.name)), ...nodeFiles(meta.name)],
  }));
}

/** Offline mode: each meta node serves the repository the other nodes install from; their first boot waits for it. */
export function repositorySteps(d: ResolvedDeployment): StepPlan[] {
  if (d.guest.packageSource !== 'meta') return [];
  const packages = repositoryPackages(d);
  return d.metaNodes.map((meta) => ({
    id: repoId(meta.name),
    scope: { kind: 'deployment' },
    path: ['repo', meta.name],
    node: meta.name,
    run: script('repo-build.sh', packages),
    triggers: { step: 'package repository', packages: packages.join(' ') },
    after: nodeFiles(meta.name),
  }));
}

/** The primary, then the replicas, then every member; `nodes` maps an instance's address to its node plan. */
export function clusterSteps(d: ResolvedDeployment, cluster: ResolvedCluster, texts: ClusterTexts, nodeOf: (ip: string) => NodePlan): StepPlan[] {
  const scope = { kind: 'cluster', cluster: cluster.name } as const;
  const primary = cluster.instances.find((i) => i.role === 'primary')!;
  const replicas = cluster.instances.filter((i) => i !== primary);
  const nodeName = (ip: string): string => nodeOf(ip).node.name;
  // A meta node's files come before its DCS step, which the primary (and so every replica) waits for.
  const ownFiles = (ip: string): string[] => (nodeOf(ip).node.isMeta ? [] : nodeFiles(nodeName(ip)));
  const primaryStep: StepPlan = {
    id: primaryId(cluster.name),
    scope,
    path: ['bootstrap', 'primary'],
    node: nodeName(primary.ip),
    run: script('pg-primary.sh'),
    triggers: { step: `patroni primary ${primary.name}` },
    after: [...d.metaNodes.map((meta) => dcsId(meta.name)), ...ownFiles(primary.ip)],
  };
  const replicaSteps = replicas.map((replica): StepPlan => ({
    id: replicaId(cluster.name, replica.seq),
    scope,
    path: ['bootstrap', `replica-${replica.seq}`],
    node: nodeName(replica.ip),
    run: script('pg-replica.sh'),
    triggers: { step: `patroni replica ${replica.name}` },
    after: [primaryStep.id, ...ownFiles(replica.ip)],
  }));
  // Every member joined: each replica joins after the primary, so the replicas imply it.
  const joined = (replicaSteps.length > 0 ? replicaSteps : [primaryStep]).map((step) => step.id);
  const roles = fingerprint(texts.rolesSql);
  const passwords = fingerprint(texts.passwordsSql);
  const memberSteps = cluster.instances.map((instance): StepPlan => {
    const units = memberServiceUnits(nodeOf(instance.ip).units);
    const triggers: Record<string, Trigger> = {
      step: `roles, users and databases of ${cluster.name} (applied by the leader), then the services of ${instance.name}`,
      roles,
      units: units.join(','),
      passwords,
    };
    return {
      id: memberId(cluster.name, instance.seq),
      scope,
      path: ['bootstrap', `member-${instance.seq}`],
      node: nodeName(instance.ip),
      run: script('pg-member.sh', units),
      triggers,
      after: joined,
    };
  });
  return [primaryStep, ...replicaSteps, ...memberSteps];
}

/** Every meta node's Prometheus scrapes every cluster, once all members are done. */
export function registrationSteps(d: ResolvedDeployment, targetsText: string): StepPlan[] {
  const members = d.clusters.flatMap((cluster) => cluster.instances.map((instance) => memberId(cluster.name, instance.seq)));
  const targets = fingerprint(targetsText);
  return d.metaNodes.map((meta: ResolvedNode) => ({
    id: registrationId(meta.name),
    scope: { kind: 'deployment' },
    path: ['registration', meta.name],
    node: meta.name,
    run: script('register.sh', [String(d.infra.prometheus.port), ...d.clusters.map((c) => c.name)]),
    triggers: { step: 'clusters scraped by prometheus', targets },
    // Every member waits for each meta node's DCS step, and so for its files: only with no cluster are they named.
    after: members.length > 0 ? members : nodeFiles(meta.name),
  }));
}
