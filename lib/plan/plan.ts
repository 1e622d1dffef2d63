/**
 * The plan of a deployment: plain data saying what each node gets and in which order the steps
 * run. The constructs emit it as Terraform resources; nothing here knows cdktf.
 */
import type { DeferredSecret, ResolvedDeployment, ResolvedNode } from '../model';
import type { RenderedFile } from '../render/file';
import type { NodeKeys } from './tls';

/** What the platform tells the plan about its machines. */
export interface PlatformTraits {
  /** Resolvers the nodes use after the meta nodes (and dnsmasq's upstream unless configured). */
  readonly upstreamDns: readonly string[];
  /** Nodes share the host's clock (containers): chrony keeps time without setting the clock. */
  readonly sharesHostClock: boolean;
}

/** The systemd units of a node at first boot. */
export interface NodeUnits {
  /** Units (re)started at first boot, in this order, after the files are in place. */
  readonly start: readonly string[];
  /** Units started without waiting for them (etcd blocks until its quorum forms). */
  readonly startNoBlock: readonly string[];
  /** Units enabled for later boots, but first started by a bootstrap step. */
  readonly enableOnly: readonly string[];
  /** Units of Debian packages that the platform replaces or does not use. */
  readonly disable: readonly string[];
  /** Shell commands run (as root, once) before the units start: third-party packages, package defaults to remove. */
  readonly prepare: readonly string[];
}

/** Which construct holds a node's resources: its meta node, or its instance inside the cluster. */
export type NodeScope = { readonly kind: 'meta'; readonly ip: string } | { readonly kind: 'instance'; readonly cluster: string; readonly instance: string };

export interface NodePlan {
  readonly node: ResolvedNode;
  readonly scope: NodeScope;
  /** Config files computed from the spec: each is managed on its own, so a plan shows each file's diff. */
  readonly files: readonly RenderedFile[];
  /** Files that are the same for every spec (systemd units, our exporter): written at first boot, kept current as one bundle. */
  readonly staticFiles: readonly RenderedFile[];
  /**
   * Static files nothing needs before the steps run (Grafana's dashboards, half of a meta node's
   * user-data): part of the bundle, not of cloud-init, so user-data stays small enough for
   * platforms that cap it. Their directories exist from first boot (`units.prepare`).
   */
  readonly bundleOnlyFiles: readonly RenderedFile[];
  /** Step scripts: part of the bundle, not of cloud-init (only steps use them). */
  readonly scripts: readonly RenderedFile[];
  /**
   * The env file the step scripts read (paths, ports, addresses): the node's own file in the
   * bundle, installed with the scripts, so that no script ever runs without it or with an old one.
   */
  readonly stepsEnv: RenderedFile;
  readonly packages: readonly string[];
  readonly units: NodeUnits;
  /** The node's SSH host key, made by the runner: cloud-init installs it, every connection pins its public half. */
  readonly sshHostKey?: NodeKeys['sshHostKey'];
}

/**
 * A step's trigger: literal text, or the fingerprint of a text that holds apply-time values
 * (a password from a variable), which Terraform hashes so the value never shows in the plan.
 */
export type Trigger = string | { readonly sha256Of: string };

/** What a step does on its node. */
export type StepRun =
  /** A script of the steps directory, with its arguments, run as root. */
  | { readonly kind: 'script'; readonly script: string; readonly args: readonly string[] }
  /** Shell commands, for the step that runs before the scripts exist. */
  | { readonly kind: 'inline'; readonly commands: readonly string[] }
  /** Installs the node's static files and scripts (one bundle). */
  | { readonly kind: 'static-files' }
  /** Installs the node's config files (one instance each). */
  | { readonly kind: 'config-files' };

/** Which construct holds a step: a node's, the deployment's, or a cluster's. */
export type StepScope =
  { readonly kind: 'node'; readonly node: string } | { readonly kind: 'deployment' } | { readonly kind: 'cluster'; readonly cluster: string };

export interface StepPlan {
  /** Unique within the plan; `after` refers to it. */
  readonly id: string;
  /** The construct scope and the path under it: construct IDs are a public contract. */
  readonly scope: StepScope;
  readonly path: readonly string[];
  /** The node (by name) the step runs on. */
  readonly node: string;
  readonly run: StepRun;
  /** What the step applies: a change runs it again. A replaced machine always runs it again. */
  readonly triggers: Readonly<Record<string, Trigger>>;
  /**
   * Ids of the steps it runs after, in this order (a node's machine too: `machineId(node)`): only
   * those it does not already wait for through another of them.
   */
  readonly after: readonly string[];
}

/** What a cluster's clients connect to. */
export interface ClusterEndpoints {
  readonly cluster: string;
  /** Service name -> host:port. */
  readonly services: Readonly<Record<string, string>>;
  /** Patroni member -> node address. */
  readonly members: Readonly<Record<string, string>>;
}

export interface DeploymentPlan {
  readonly deployment: ResolvedDeployment;
  readonly traits: PlatformTraits;
  /** Every node, in the model's order (meta nodes first). */
  readonly nodes: readonly NodePlan[];
  /** Every step, each after the steps it names. */
  readonly steps: readonly StepPlan[];
  readonly endpoints: readonly ClusterEndpoints[];
  /** Secrets known only at apply time: Terraform checks each before any machine or step uses it. */
  readonly deferredSecrets: readonly DeferredSecret[];
}
