/**
 * The four-node Pigsty sandbox as a Deployment: meta (10.10.10.10) with pg-meta, and
 * node-1..3 (10.10.10.11-13) with pg-test, on the documented demo passwords. A variant has
 * three or five meta nodes.
 */
import { Construct } from 'constructs';
import type { ClusterSpec } from '../model';
import { SANDBOX_NETWORK, SANDBOX_PG_TEST, SandboxMetaCount, sandboxMetaNodes, sandboxPgMeta } from '../model';
import type { IPlatform } from '../platform/platform';
import { UsageError } from '../model';
import { boolean, checkProps, number, option, optional } from '../model/validation/props';
import { Deployment, PLATFORM } from './deployment';
import { MetaNode } from './meta-node';
import { PackageRepo } from './infra-options';
import { Rpo, RtoPreset } from './options';
import { PgCluster, PgClusterProps } from './pg-cluster';
import { clusterPropsOf } from './spec-props';
import { DeploymentSecrets } from './secrets';
import { SSH_ACCESS, SshAccessProps } from './ssh';
import { Tls } from './tls';

export type { SandboxMetaCount } from '../model';

export interface SandboxProps {
  readonly platform: IPlatform;
  readonly ssh: SshAccessProps;
  /** @default RtoPreset.NORM */
  readonly rto?: RtoPreset;
  /** pg-test's RPO. @default Rpo.SYNCHRONOUS, so the failover test can prove no acknowledged write is lost */
  readonly rpo?: Rpo;
  /** Where node-1..3 install packages from. @default PackageRepo.UPSTREAM */
  readonly repo?: PackageRepo;
  /** Run Grafana on the meta node (it comes from Grafana's apt repository). @default true */
  readonly grafana?: boolean;
  /**
   * Meta nodes: 1 (`meta`, 10.10.10.10) or 3 or 5 (meta-1 at 10.10.10.10, the others at .14 to .17), each
   * with every infrastructure component and a pg-meta member, and one DCS quorum across them.
   * @default 1
   */
  readonly metaNodes?: SandboxMetaCount;
  /** @default Tls.generatedCa(): TLS on, a CA in `.pigsty/pki/sandbox` */
  readonly tls?: Tls;
}

const SANDBOX_PROPS = {
  platform: PLATFORM,
  ssh: SSH_ACCESS,
  rto: optional(option(RtoPreset)),
  rpo: optional(option(Rpo)),
  repo: optional(option(PackageRepo)),
  grafana: optional(boolean),
  metaNodes: optional(number),
  tls: optional(option(Tls)),
};

/** The props, once checked (for super()). */
function sandboxProps(id: string, props: SandboxProps): SandboxProps {
  checkProps(`Sandbox ${JSON.stringify(id)}`, props, SANDBOX_PROPS);
  if (props.metaNodes !== undefined && ![1, 3, 5].includes(props.metaNodes)) {
    throw new UsageError(`Sandbox ${JSON.stringify(id)}: props.metaNodes is ${JSON.stringify(props.metaNodes)}: pass 1, 3 or 5 (the DCS quorum sizes).`);
  }
  return props;
}

/** A cluster from its plain spec, with every field of it. */
function clusterFromSpec(scope: Construct, spec: ClusterSpec, overrides: Partial<PgClusterProps> = {}): PgCluster {
  const { props, services } = clusterPropsOf(spec);
  const cluster = new PgCluster(scope, spec.name, { ...props, ...overrides });
  for (const [name, service] of services) cluster.addService(name, service);
  return cluster;
}

export class Sandbox extends Deployment {
  readonly pgMeta: PgCluster;
  readonly pgTest: PgCluster;

  /** @internal */
  protected get isSandbox(): boolean {
    return true;
  }

  constructor(scope: Construct, id: string, props: SandboxProps) {
    const { platform, ssh, rto } = sandboxProps(id, props);
    super(scope, id, { deploymentName: 'sandbox', platform, network: SANDBOX_NETWORK, ssh, secrets: DeploymentSecrets.demo(), rto, tls: props.tls });
    const metaNodes = sandboxMetaNodes(props.metaNodes ?? 1);
    for (const meta of metaNodes) new MetaNode(this, meta.hostname, { ...meta, repo: props.repo, grafana: { enabled: props.grafana ?? true } });
    this.pgMeta = clusterFromSpec(this, sandboxPgMeta(metaNodes));
    this.pgTest = clusterFromSpec(this, SANDBOX_PG_TEST, { rpo: props.rpo ?? Rpo.SYNCHRONOUS });
  }
}
