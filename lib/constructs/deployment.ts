/**
 * A deployment: the network, the meta nodes and the clusters, on one platform. At synth it
 * resolves and validates the whole model once, plans it, and emits the plan as resources.
 */
import { Annotations, Aspects, IAspect, TerraformStack } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import type { DeploymentSpec, NetworkSpec, ResolvedDeployment } from '../model';
import { buildModel, UsageError } from '../model';
import { arrayOf, checkProps, implementing, option, optional, shape, string, type Fields } from '../model/validation/props';
import { checkAllowList, PolicyAspect } from '../policies';
import { planDeployment } from '../plan';
import type { IPlatform } from '../platform/platform';
import { TerraformVersionCheck } from '../platform/terraform-version';
import { guard } from './build-once';
import { emitPlan } from './emit-plan';
import { MetaNode } from './meta-node';
import { Dcs, GuestOs, Rpo, RtoPreset } from './options';
import { PgCluster } from './pg-cluster';
import { writeManifestAtSynth } from './review-manifest';
import { deploymentManifest, type DeploymentManifest } from '../review/manifest';
import { DeploymentSecrets } from './secrets';
import { SSH_ACCESS, SshAccessProps } from './ssh';
import { runnerKeys, Tls } from './tls';

export type NetworkProps = NetworkSpec;

export interface DeploymentProps {
  /** @default the construct id */
  readonly deploymentName?: string;
  /** Where the machines come from: `Platform.libvirt(...)`, `Platform.local(...)`. */
  readonly platform: IPlatform;
  /** The deployment network; every node, VIP and gateway lies in it. */
  readonly network: NetworkProps;
  /** The admin user and how steps log in. */
  readonly ssh: SshAccessProps;
  /** `DeploymentSecrets.fromVariables(stack)` in production. */
  readonly secrets: DeploymentSecrets;
  /** @default Dcs.etcd() */
  readonly dcs?: Dcs;
  /** Default of every cluster. @default RtoPreset.NORM */
  readonly rto?: RtoPreset;
  /** Default of every cluster. @default Rpo.DEFAULT (1 MiB) */
  readonly rpo?: Rpo;
  /** @default GuestOs.DEBIAN_12 */
  readonly guestOs?: GuestOs;
  /**
   * TLS with the deployment's own CA (etcd with client certificates and per-cluster users,
   * Postgres), and where the CA and the node keys live on the runner; SSH host keys are made
   * there too and pinned in every connection.
   * @default Tls.generatedCa(): a CA made once in `.pigsty/pki/<deployment name>`
   */
  readonly tls?: Tls;
  /** Which policies (README, "Policies") this deployment may break. @default every policy holds */
  readonly policies?: PolicyOptions;
}

/** The policies a deployment is held to at synth. */
export interface PolicyOptions {
  /**
   * Ids of error policies to accept (each finding then is a warning), e.g. `['no-demo-passwords']`.
   * An id that names no policy is refused. @default none
   */
  readonly allow?: readonly string[];
}

/** The run-time form of IPlatform. */
export const PLATFORM = implementing('a platform: Platform.libvirt({...}) or Platform.local({...})', ['traits', 'prepare', 'machine']);

const DEPLOYMENT_PROPS: Fields = {
  deploymentName: optional(string),
  platform: PLATFORM,
  network: shape({ cidr: string, gateway: optional(string), domain: optional(string), interface: optional(string) }),
  ssh: SSH_ACCESS,
  secrets: option(DeploymentSecrets),
  dcs: optional(option(Dcs)),
  rto: optional(option(RtoPreset)),
  rpo: optional(option(Rpo)),
  guestOs: optional(option(GuestOs)),
  policies: optional(shape({ allow: optional(arrayOf(string)) })),
  tls: optional(option(Tls)),
};

/** The scope, once it is known to lie in a stack and the props are sound (for super()). */
function admitted(scope: Construct, id: string, props: unknown, fields: Fields, kind: string): Construct {
  const where = `${kind} ${JSON.stringify(id)}`;
  checkProps(where, props, fields);
  if (typeof scope !== 'object' || scope === null || !('node' in scope)) throw new UsageError(`${where}: the scope (first argument) is not a construct.`);
  try {
    TerraformStack.of(scope);
  } catch {
    throw new UsageError(
      `${where} is not inside a TerraformStack, so its resources have no stack to go to: write new ${kind}(new TerraformStack(app, 'prod'), ${JSON.stringify(id)}, {...}).`,
    );
  }
  return scope;
}

export class Deployment extends Construct {
  readonly deploymentName: string;
  private model?: ResolvedDeployment;
  private built = false;
  private reviewManifest?: DeploymentManifest;

  constructor(
    scope: Construct,
    id: string,
    readonly props: DeploymentProps,
  ) {
    super(admitted(scope, id, props, DEPLOYMENT_PROPS, new.target === Deployment ? 'Deployment' : new.target.name), id);
    this.deploymentName = props.deploymentName ?? id;
    this.node.addValidation(new TerraformVersionCheck('1.4.0', 'the steps use the built-in terraform_data resource (Terraform 1.4 or later).'));
    // Outside the sandbox the no-demo-passwords policy refuses them (unless allowed).
    if (props.secrets.isDemo) {
      Annotations.of(this).addWarning(
        `Deployment "${this.deploymentName}" uses the sandbox's documented demo passwords: fine on a lab box, never on anything reachable. Use DeploymentSecrets.fromVariables() for real deployments.`,
      );
    }
    guard(this, {
      assertOpen: (what) => {
        if (!this.model) return;
        throw new UsageError(
          `Cannot add ${what} to deployment "${this.deploymentName}": the deployment was already resolved (at synth, or by resolve()), so it would not be deployed. Create every meta node, cluster, user, database and service before synth and before any call to resolve().`,
        );
      },
    });
    const builder: IAspect = {
      visit: (construct: IConstruct) => {
        if (construct === this) this.build();
      },
    };
    Aspects.of(this).add(builder);
    writeManifestAtSynth(this, { manifest: () => this.reviewManifest });
    const allow = props.policies?.allow ?? [];
    checkAllowList(this.deploymentName, allow);
    Aspects.of(this).add(new PolicyAspect(this, () => this.resolve(), { sandbox: this.isSandbox }, allow));
  }

  /** @internal Whether this is the sandbox, which the policies judge as a lab (Sandbox overrides it). */
  protected get isSandbox(): boolean {
    return false;
  }

  private get tls(): Tls {
    return this.props.tls ?? Tls.generatedCa();
  }

  /** The meta nodes of this deployment. */
  get metaNodes(): MetaNode[] {
    return this.node.findAll().filter((c): c is MetaNode => c instanceof MetaNode);
  }

  /** The clusters of this deployment. */
  get clusters(): PgCluster[] {
    return this.node.findAll().filter((c): c is PgCluster => c instanceof PgCluster);
  }

  /** @internal The plain spec the constructs describe. */
  toSpec(): DeploymentSpec {
    const { props } = this;
    const metaNodes = this.metaNodes;
    return {
      name: this.deploymentName,
      network: props.network,
      metaNodes: metaNodes.map((meta) => meta.toSpec()),
      clusters: this.clusters.map((cluster) => cluster.toSpec()),
      dcs: props.dcs?.spec,
      rto: props.rto?.spec,
      rpo: props.rpo?.bytes,
      admin: { user: props.ssh.user, sshKeys: props.ssh.publicKeys },
      ssh: { privateKey: props.ssh.privateKey, timeout: props.ssh.timeout, bastion: props.ssh.bastion },
      guest: { os: props.guestOs?.value, packageSource: metaNodes.find((meta) => meta.repo)?.repo?.value },
      secrets: props.secrets.values,
      tls: { enabled: this.tls.enabled },
    };
  }

  /**
   * @internal The resolved and validated model; throws a ValidationError that lists every
   * problem. From then on the deployment is closed: adding to it throws.
   */
  resolve(): ResolvedDeployment {
    this.model ??= buildModel(this.toSpec());
    return this.model;
  }

  /** Plans and emits the resources; runs once, at synth, when every construct of the deployment exists. */
  private build(): void {
    if (this.built) return;
    this.built = true;
    const d = this.resolve();
    const { platform, ssh } = this.props;
    const metaNodes = new Map(this.metaNodes.map((meta) => [meta.ip, meta]));
    const clusters = new Map(this.clusters.map((cluster) => [cluster.clusterName, cluster]));
    const plan = planDeployment(d, platform.traits(d), runnerKeys(this, d, this.tls));
    const addresses = emitPlan(plan, {
      root: this,
      platform,
      ssh,
      metaNode: (ip) => metaNodes.get(ip)!,
      cluster: (name) => clusters.get(name)!,
    });
    this.reviewManifest = deploymentManifest(plan, addresses, (name) => clusters.get(name)!.allowDestroy);
  }
}
