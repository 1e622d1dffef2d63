/**
 * The review manifest: what a reviewer needs to read a Terraform plan of a deployment, without a
 * single secret. At synth the Deployment writes it beside cdk.tf.json (pigsty-manifest.json in
 * the stack's directory); `pigsty-plan` reads it to name each planned address by node, cluster,
 * step or config file, to check the safety rails, and to draw the diagram and the inventory.
 * Built from the plan data only (lib/plan), so it holds exactly what the emitted resources hold.
 */
import type { ResolvedCluster, ResolvedDatabase, ResolvedDeployment, ResolvedService, ResolvedUser } from '../model';
import type { DeploymentPlan, StepPlan } from '../plan';

export const MANIFEST_FILE = 'pigsty-manifest.json';
export const MANIFEST_FORMAT = 'pigsty-manifest/1';

/** What a Terraform address is, in the deployment's terms. */
export type ResourceRole =
  /** A node's machine (VM, container, disks, seed): destroying it destroys the node. */
  | { readonly kind: 'machine'; readonly node: string }
  /** A step of the plan (lib/plan/steps.ts) on its node. */
  | { readonly kind: 'step'; readonly step: string; readonly node: string; readonly what: string }
  /** A node's config files: one instance per path (the plan's index). */
  | { readonly kind: 'files'; readonly node: string }
  /** A node's static files and step scripts, one bundle. */
  | { readonly kind: 'static-files'; readonly node: string }
  /** Shared by the deployment: the platform's network, pool, image; the secret rules. */
  | { readonly kind: 'shared'; readonly what: string };

export interface ManifestFile {
  readonly secret: boolean;
  readonly owner: string;
  readonly mode: string;
  /** The command that applies a change (reload, restart, a step script), or empty. */
  readonly apply: string;
}

export interface ManifestNode {
  readonly name: string;
  readonly ip: string;
  readonly meta: boolean;
  /** The database instance on the node. */
  readonly instance?: { readonly cluster: string; readonly seq: number; readonly name: string };
  /** Config file path -> how it is installed and applied. */
  readonly files: Readonly<Record<string, ManifestFile>>;
}

export interface ManifestInstance {
  readonly name: string;
  readonly seq: number;
  /** The role in the spec: Patroni may have switched the primary since. */
  readonly role: string;
  readonly ip: string;
  readonly node: string;
  readonly offlineQuery: boolean;
}

export interface ManifestService {
  readonly name: string;
  readonly port: number;
  readonly check: string;
  /** `pgbouncer`, `postgres` or the port number. */
  readonly destination: string;
  readonly members: readonly string[];
}

/** A user as the model resolves it, without its password (the manifest is for reviewers and CI logs). */
export type ManifestUser = Omit<ResolvedUser, 'password' | 'builtin'>;

/** A database as the model resolves it: nothing in it is secret. */
export type ManifestDatabase = ResolvedDatabase;

export interface ManifestHbaRule {
  readonly type: string;
  readonly database: string;
  readonly user: string;
  readonly address?: string;
  readonly method: string;
  readonly role: string;
  readonly comment?: string;
}

export interface ManifestCluster {
  readonly name: string;
  /** Set on the PgCluster: the plan may destroy its primary's node or its last member. */
  readonly allowDestroy: boolean;
  readonly instances: readonly ManifestInstance[];
  readonly vip?: { readonly address: string; readonly prefix: number; readonly interface: string };
  readonly services: readonly ManifestService[];
  readonly users: readonly ManifestUser[];
  readonly databases: readonly ManifestDatabase[];
  readonly hba: readonly ManifestHbaRule[];
  readonly parameters: Readonly<Record<string, string>>;
  readonly rto: string;
  readonly synchronous: boolean;
  readonly ports: { readonly postgres: number; readonly pgbouncer: number; readonly patroni: number; readonly haproxyAdmin: number };
}

/** A component of the meta nodes, and its port. */
export interface ManifestComponent {
  readonly name: string;
  readonly port: number;
}

export interface DeploymentManifest {
  readonly name: string;
  readonly network: { readonly cidr: string; readonly gateway: string; readonly domain: string };
  readonly pgVersion: number;
  readonly dcs: { readonly kind: string; readonly port: number; readonly servers: readonly string[] };
  readonly metaComponents: readonly ManifestComponent[];
  readonly nodes: readonly ManifestNode[];
  readonly clusters: readonly ManifestCluster[];
  /** Terraform address (without an instance index) -> what it is. */
  readonly resources: Readonly<Record<string, ResourceRole>>;
}

export interface ReviewManifest {
  readonly format: typeof MANIFEST_FORMAT;
  readonly deployments: readonly DeploymentManifest[];
}

/** What the emitter made: the Terraform addresses of each node's machine, each step, and the shared resources. */
export interface EmittedAddresses {
  readonly machines: Readonly<Record<string, readonly string[]>>;
  /** Per node, the machine's resources whose replacement leaves the node in place (starting it again). */
  readonly keepsNode: Readonly<Record<string, readonly string[]>>;
  readonly steps: Readonly<Record<string, string>>;
  readonly shared: Readonly<Record<string, string>>;
}

function destinationOf(d: ResolvedDeployment, service: ResolvedService): string {
  if (service.destinationPort === d.ports.pgbouncer) return 'pgbouncer';
  if (service.destinationPort === d.ports.postgres) return 'postgres';
  return String(service.destinationPort);
}

/** A step in a reviewer's words: its script and arguments, or what it installs. */
function stepWhat(step: StepPlan): string {
  const run = step.run;
  if (run.kind === 'script') return [run.script, ...run.args].join(' ');
  if (run.kind === 'inline') return String(step.triggers.step ?? 'inline commands');
  return run.kind;
}

function clusterManifest(d: ResolvedDeployment, cluster: ResolvedCluster, allowDestroy: boolean, nodeOf: (ip: string) => string): ManifestCluster {
  return {
    name: cluster.name,
    allowDestroy,
    instances: cluster.instances.map((i) => ({ name: i.name, seq: i.seq, role: i.role, ip: i.ip, node: nodeOf(i.ip), offlineQuery: i.offlineQuery })),
    vip: cluster.vip && { address: cluster.vip.address, prefix: cluster.vip.prefix, interface: cluster.vip.interface },
    services: cluster.services.map((s) => ({
      name: s.shortName,
      port: s.port,
      check: s.check,
      destination: destinationOf(d, s),
      members: s.members.map((m) => m.instance.name),
    })),
    // Never the password: the manifest is for reviewers and CI logs.
    users: cluster.users
      .filter((u) => !u.builtin)
      .map((u) => ({
        name: u.name,
        login: u.login,
        superuser: u.superuser,
        createdb: u.createdb,
        createrole: u.createrole,
        replication: u.replication,
        bypassrls: u.bypassrls,
        connectionLimit: u.connectionLimit,
        roles: u.roles,
        pgbouncer: u.pgbouncer,
        comment: u.comment,
      })),
    databases: cluster.databases.map((db) => ({
      name: db.name,
      owner: db.owner,
      template: db.template,
      encoding: db.encoding,
      locale: db.locale,
      extensions: db.extensions,
      schemas: db.schemas,
      pgbouncer: db.pgbouncer,
      poolSize: db.poolSize,
      comment: db.comment,
    })),
    hba: cluster.hba.map((r) => ({
      type: r.type,
      database: r.database,
      user: r.user,
      address: r.addressSpec ?? r.address,
      method: r.method,
      role: r.role,
      comment: r.comment,
    })),
    parameters: cluster.parameters,
    rto: cluster.ha.preset,
    synchronous: cluster.ha.synchronousMode,
    ports: { postgres: d.ports.postgres, pgbouncer: d.ports.pgbouncer, patroni: d.ports.patroni, haproxyAdmin: d.ports.haproxyAdmin },
  };
}

function metaComponents(d: ResolvedDeployment): ManifestComponent[] {
  const infra = d.infra;
  return [
    d.dcs.kind === 'etcd' ? { name: 'etcd', port: d.ports.etcdClient } : { name: 'consul', port: d.ports.consulHttp },
    { name: 'prometheus', port: infra.prometheus.port },
    { name: 'alertmanager', port: infra.alertmanager.port },
    ...(infra.grafana.enabled ? [{ name: 'grafana', port: infra.grafana.port }] : []),
    { name: 'nginx', port: infra.nginx.port },
    { name: 'dnsmasq', port: infra.dns.port },
    { name: 'chrony', port: 123 },
  ];
}

/** The manifest of one deployment: pure, deterministic, secret-free. */
export function deploymentManifest(plan: DeploymentPlan, addresses: EmittedAddresses, allowDestroy: (cluster: string) => boolean): DeploymentManifest {
  const d = plan.deployment;
  const byIp = new Map(d.nodes.map((node) => [node.ip, node.name]));
  const nodeOf = (ip: string): string => byIp.get(ip)!;
  const resources: Record<string, ResourceRole> = {};
  for (const [what, address] of Object.entries(addresses.shared)) resources[address] = { kind: 'shared', what };
  for (const [node, list] of Object.entries(addresses.machines)) for (const address of list) resources[address] = { kind: 'machine', node };
  for (const [node, list] of Object.entries(addresses.keepsNode)) {
    for (const address of list) resources[address] = { kind: 'step', step: `${node}/running`, node, what: 'starts the node if it is not running' };
  }
  for (const step of plan.steps) {
    const address = addresses.steps[step.id];
    if (!address) continue;
    const run = step.run.kind;
    resources[address] =
      run === 'config-files'
        ? { kind: 'files', node: step.node }
        : run === 'static-files'
          ? { kind: 'static-files', node: step.node }
          : { kind: 'step', step: step.id, node: step.node, what: stepWhat(step) };
  }
  return {
    name: d.name,
    network: { cidr: d.network.cidr, gateway: d.network.gateway, domain: d.network.domain },
    pgVersion: d.guest.pgVersion,
    dcs: { kind: d.dcs.kind, port: d.dcs.kind === 'etcd' ? d.ports.etcdClient : d.ports.consulHttp, servers: d.dcs.servers.map((s) => s.name) },
    metaComponents: metaComponents(d),
    nodes: plan.nodes.map((node) => ({
      name: node.node.name,
      ip: node.node.ip,
      meta: node.node.isMeta,
      instance: node.node.instance && {
        cluster: node.node.instance.cluster,
        seq: node.node.instance.seq,
        name: `${node.node.instance.cluster}-${node.node.instance.seq}`,
      },
      files: Object.fromEntries(node.files.map((f) => [f.path, { secret: f.secret, owner: f.owner, mode: f.mode, apply: f.apply }])),
    })),
    clusters: d.clusters.map((cluster) => clusterManifest(d, cluster, allowDestroy(cluster.name), nodeOf)),
    resources: Object.fromEntries(Object.entries(resources).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}

/** The manifest file's text: stable key order as built, two-space JSON, one trailing newline. */
export function manifestText(deployments: readonly DeploymentManifest[]): string {
  const manifest: ReviewManifest = { format: MANIFEST_FORMAT, deployments };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Reads a manifest file's text, refusing anything that is not one. */
export function parseManifest(text: string, where: string): ReviewManifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${where} is not JSON (${(error as Error).message}): pass the ${MANIFEST_FILE} that synth wrote into the stack's directory.`, {
      cause: error,
    });
  }
  const manifest = parsed as Partial<ReviewManifest>;
  if (manifest?.format !== MANIFEST_FORMAT || !Array.isArray(manifest.deployments)) {
    throw new Error(`${where} is not a ${MANIFEST_FORMAT} manifest: pass the ${MANIFEST_FILE} that synth wrote into the stack's directory.`);
  }
  return manifest as ReviewManifest;
}
