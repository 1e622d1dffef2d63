/** One HAProxy service of a cluster, served on every member's node. */
import { Construct } from 'constructs';
import type { InstanceRole as RoleName, ServiceSpec } from '../model';
import { openScope } from './build-once';
import { arrayOf, boolean, number, option, optional, shape } from '../model/validation/props';
import { HealthCheck, InstanceRole, LoadBalancing, ServiceDestination } from './options';

export interface MemberSelector {
  /** Members with these roles. */
  readonly roles?: InstanceRole[];
  /** Members flagged to serve offline queries. */
  readonly offlineQuery?: boolean;
  /** Members with these seq numbers. */
  readonly seqs?: number[];
}

export interface HaproxyServiceProps {
  /** Port on every member's node, e.g. 5435. Must not collide with another service or a platform port. */
  readonly port: number;
  /** Which members are live: the Patroni endpoint HAProxy checks. */
  readonly check: HealthCheck;
  /**
   * Where traffic goes on each member.
   * @default ServiceDestination.PGBOUNCER
   */
  readonly destination?: ServiceDestination;
  /**
   * Normal members; every other member is a backup, used only when no normal member is live.
   * @default every member is a normal member
   */
  readonly selector?: MemberSelector;
  /**
   * @default LoadBalancing.ROUND_ROBIN
   */
  readonly balance?: LoadBalancing;
  /**
   * Connections per member.
   * @default 3000
   */
  readonly maxconn?: number;
}

const SERVICE_PROPS = {
  port: number,
  check: option(HealthCheck),
  destination: optional(option(ServiceDestination)),
  selector: optional(shape({ roles: optional(arrayOf(option(InstanceRole))), offlineQuery: optional(boolean), seqs: optional(arrayOf(number)) })),
  balance: optional(option(LoadBalancing)),
  maxconn: optional(number),
};

export class HaproxyService extends Construct {
  /** The service name inside its cluster (the construct id). */
  readonly serviceName: string;
  readonly port: number;

  constructor(
    scope: Construct,
    id: string,
    private readonly props: HaproxyServiceProps,
  ) {
    super(
      openScope(scope, {
        what: `HaproxyService ${JSON.stringify(id)}`,
        example: `cluster.addService(${JSON.stringify(id)}, { port: 5435, check: HealthCheck.REPLICA }) on a PgCluster`,
        inCluster: true,
        props: [props, SERVICE_PROPS],
      }),
      id,
    );
    this.serviceName = id;
    this.port = props.port;
  }

  /** @internal */
  toSpec(): ServiceSpec {
    const { props } = this;
    return {
      name: this.serviceName,
      port: props.port,
      check: props.check.path,
      ...(props.destination ?? ServiceDestination.PGBOUNCER).spec,
      selector: props.selector && {
        roles: props.selector.roles?.map((role): RoleName => role.value),
        offlineQuery: props.selector.offlineQuery,
        seqs: props.selector.seqs,
      },
      balance: props.balance?.value,
      maxconn: props.maxconn,
    };
  }
}
