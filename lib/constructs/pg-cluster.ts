/** A PostgreSQL HA cluster: Patroni members on their nodes, pgbouncer, HAProxy services, a VIP. */
import { Construct } from 'constructs';
import type { ClusterSpec, DatabaseSpec, NodeSizeSpec, ServiceSpec, UserSpec } from '../model';
import { arrayOf, boolean, checkArgument, number, option, optional, recordOf, secret, shape, string } from '../model/validation/props';
import { assertCanAdd, markCluster, openScope } from './build-once';
import { HaproxyService, HaproxyServiceProps } from './haproxy-service';
import { HbaRule } from './hba-rule';
import { InstanceRole, PoolMode, Rpo, RtoPreset } from './options';

export type NodeSizeProps = NodeSizeSpec;
export type UserProps = UserSpec;
export type DatabaseProps = DatabaseSpec;

export interface InstanceProps {
  /** Instance number; the Patroni member is `<cluster>-<seq>`. */
  readonly seq: number;
  readonly role: InstanceRole;
  /** Static address of the node; a meta node's address places the instance on that meta node. */
  readonly ip: string;
  /** @default the instance name, or the meta node's host name */
  readonly hostname?: string;
  /** Serve the offline service (ETL, analytics) from this member. @default false */
  readonly offlineQuery?: boolean;
  /** HAProxy weight in every service. @default 100 */
  readonly weight?: number;
  /** VM size (ignored on a meta node, which has its own). @default 1 vCPU, 2048 MiB, 20 GiB */
  readonly size?: NodeSizeProps;
}

export interface VipProps {
  /** A free address in the deployment network, bound on the primary's node by vip-manager. */
  readonly address: string;
  /** @default the network's prefix */
  readonly prefix?: number;
  /** @default the deployment network's interface (eth0) */
  readonly interface?: string;
}

export interface PgbouncerProps {
  /** @default PoolMode.TRANSACTION */
  readonly poolMode?: PoolMode;
  /** @default 20000 */
  readonly maxClientConn?: number;
  /** @default 64 */
  readonly defaultPoolSize?: number;
}

export interface PgClusterProps {
  /** @default the construct id */
  readonly clusterName?: string;
  readonly instances: InstanceProps[];
  /** Business users; the platform's roles and system users always exist. @default none */
  readonly users?: UserProps[];
  /** @default none */
  readonly databases?: DatabaseProps[];
  /** Rules after the platform's defaults. @default none */
  readonly hba?: HbaRule[];
  /** L2 VIP following the primary. @default none */
  readonly vip?: VipProps;
  /** Postgres parameters; they win over the sizes computed from each node. @default none */
  readonly parameters?: Record<string, string>;
  /** @default the deployment's, else RtoPreset.NORM */
  readonly rto?: RtoPreset;
  /** @default the deployment's, else Rpo.DEFAULT (1 MiB) */
  readonly rpo?: Rpo;
  /** With Rpo.SYNCHRONOUS: stop writes when no synchronous replica is available. @default false */
  readonly synchronousStrict?: boolean;
  /** @default transaction pooling, 20000 clients, pools of 64 */
  readonly pgbouncer?: PgbouncerProps;
  /**
   * Lets a reviewed plan destroy this cluster's primary node (by its spec role) or its last
   * member: `pigsty-plan --check` refuses such a plan otherwise. Like a deletion protection, set
   * it in one change and remove the nodes in the next. Changes no resource.
   * @default false
   */
  readonly allowDestroy?: boolean;
}

const SIZE = shape({ cpus: optional(number), memoryMiB: optional(number), diskGiB: optional(number) });

/** The run-time form of NodeSizeProps (MetaNode's size too). */
export const NODE_SIZE = SIZE;

const USER = shape({
  name: string,
  password: optional(secret(string)),
  login: optional(boolean),
  superuser: optional(boolean),
  createdb: optional(boolean),
  createrole: optional(boolean),
  replication: optional(boolean),
  bypassrls: optional(boolean),
  connectionLimit: optional(number),
  roles: optional(arrayOf(string)),
  pgbouncer: optional(boolean),
  comment: optional(string),
});

const DATABASE = shape({
  name: string,
  owner: optional(string),
  template: optional(string),
  encoding: optional(string),
  locale: optional(string),
  extensions: optional(arrayOf(string)),
  schemas: optional(arrayOf(string)),
  pgbouncer: optional(boolean),
  poolSize: optional(number),
  comment: optional(string),
});

const CLUSTER_PROPS = {
  clusterName: optional(string),
  instances: arrayOf(
    shape({
      seq: number,
      role: option(InstanceRole),
      ip: string,
      hostname: optional(string),
      offlineQuery: optional(boolean),
      weight: optional(number),
      size: optional(SIZE),
    }),
  ),
  users: optional(arrayOf(USER)),
  databases: optional(arrayOf(DATABASE)),
  hba: optional(arrayOf(option(HbaRule))),
  vip: optional(shape({ address: string, prefix: optional(number), interface: optional(string) })),
  parameters: optional(recordOf(string)),
  rto: optional(option(RtoPreset)),
  rpo: optional(option(Rpo)),
  synchronousStrict: optional(boolean),
  pgbouncer: optional(shape({ poolMode: optional(option(PoolMode)), maxClientConn: optional(number), defaultPoolSize: optional(number) })),
  allowDestroy: optional(boolean),
};

/** How a cluster's messages name it, before its props are known to be sound. */
const clusterWhere = (id: string, props: unknown): string => {
  const name = (props as { clusterName?: unknown } | undefined)?.clusterName;
  return `PgCluster ${JSON.stringify(typeof name === 'string' ? name : id)}`;
};

export class PgCluster extends Construct {
  readonly clusterName: string;
  private readonly users: UserSpec[];
  private readonly databases: DatabaseSpec[];

  constructor(
    scope: Construct,
    id: string,
    private readonly props: PgClusterProps,
  ) {
    super(
      openScope(scope, {
        what: clusterWhere(id, props),
        props: [props, CLUSTER_PROPS],
        example: `new PgCluster(deployment, ${JSON.stringify(id)}, { instances: [...] }) with a Deployment as the scope`,
      }),
      id,
    );
    markCluster(this);
    this.clusterName = props.clusterName ?? id;
    this.users = [...(props.users ?? [])];
    this.databases = [...(props.databases ?? [])];
  }

  /** The plan may destroy this cluster's primary node or its last member (`allowDestroy`). */
  get allowDestroy(): boolean {
    return this.props.allowDestroy ?? false;
  }

  /** Adds a custom service, e.g. `addService('standby', { port: 5435, check: HealthCheck.REPLICA })`. */
  addService(name: string, props: HaproxyServiceProps): HaproxyService {
    checkArgument(`PgCluster ${JSON.stringify(this.clusterName)} addService()`, 'name', name, string);
    return new HaproxyService(this, name, props);
  }

  addUser(user: UserProps): void {
    checkArgument(`PgCluster ${JSON.stringify(this.clusterName)} addUser()`, 'user', user, USER);
    assertCanAdd(this, `user "${user.name}" of cluster "${this.clusterName}"`);
    this.users.push(user);
  }

  addDatabase(database: DatabaseProps): void {
    checkArgument(`PgCluster ${JSON.stringify(this.clusterName)} addDatabase()`, 'database', database, DATABASE);
    assertCanAdd(this, `database "${database.name}" of cluster "${this.clusterName}"`);
    this.databases.push(database);
  }

  /**
   * The services added with addService(). Every cluster also has the four default services
   * (primary 5433, replica 5434, default 5436, offline 5438); a service added under one of
   * those names replaces that default.
   */
  get services(): HaproxyService[] {
    return this.node.children.filter((child): child is HaproxyService => child instanceof HaproxyService);
  }

  /** @internal */
  toSpec(): ClusterSpec {
    const { props } = this;
    return {
      name: this.clusterName,
      instances: props.instances.map((instance) => ({ ...instance, role: instance.role.value })),
      users: this.users,
      databases: this.databases,
      hba: props.hba?.map((rule) => rule.spec),
      services: this.services.map((service): ServiceSpec => service.toSpec()),
      vip: props.vip,
      parameters: props.parameters,
      rto: props.rto?.spec,
      rpo: props.rpo?.bytes,
      synchronousStrict: props.synchronousStrict,
      pgbouncer: props.pgbouncer && { ...props.pgbouncer, poolMode: props.pgbouncer.poolMode?.value },
    };
  }
}
