/**
 * Enum-like classes for construct props (no string unions in the public API): each wraps the
 * plain value the model uses.
 */
import { DEFAULT_RPO_BYTES } from '../model';
import { checkArgument, number, option, optional, shape, string } from '../model/validation/props';
import type { DcsSpec, EtcdApi, GuestOs as GuestOsName, InstanceRole as RoleName, PoolMode as PoolModeName, RtoSpec } from '../model';

export class InstanceRole {
  static readonly PRIMARY = new InstanceRole('primary');
  static readonly REPLICA = new InstanceRole('replica');
  /** A replica dedicated to offline (ETL, analytics) queries. */
  static readonly OFFLINE = new InstanceRole('offline');
  private constructor(/** @internal */ readonly value: RoleName) {}
}

/** Patroni timings in seconds. */
export interface RtoTimings {
  readonly ttl: number;
  readonly loopWait: number;
  readonly retryTimeout: number;
}

/**
 * Pigsty's RTO presets: Patroni timings and the HAProxy checks that go with them. The values live
 * in lib/model/defaults.ts (RTO_PRESETS); the comments below are checked against them.
 */
export class RtoPreset {
  /** ttl 20, loop_wait 5, retry_timeout 5. */
  static readonly FAST = new RtoPreset({ preset: 'fast' });
  /** ttl 30, loop_wait 5, retry_timeout 10 (default). */
  static readonly NORM = new RtoPreset({ preset: 'norm' });
  /** ttl 60, loop_wait 10, retry_timeout 20. */
  static readonly SAFE = new RtoPreset({ preset: 'safe' });
  /** ttl 120, loop_wait 20, retry_timeout 30. */
  static readonly WIDE = new RtoPreset({ preset: 'wide' });

  /** Custom Patroni timings in seconds with NORM's HAProxy checks; loopWait + 2 * retryTimeout must not exceed ttl. */
  static custom(timings: RtoTimings): RtoPreset {
    checkArgument('RtoPreset.custom()', 'timings', timings, shape({ ttl: number, loopWait: number, retryTimeout: number }));
    return RtoPreset.NORM.with(timings);
  }

  /** This preset's HAProxy checks with other Patroni timings, e.g. `RtoPreset.FAST.with({ ttl: 10, loopWait: 2, retryTimeout: 4 })`. */
  with(timings: Partial<RtoTimings>): RtoPreset {
    checkArgument('RtoPreset.with()', 'timings', timings, shape({ ttl: optional(number), loopWait: optional(number), retryTimeout: optional(number) }));
    return new RtoPreset({ ...this.spec, ...timings });
  }

  private constructor(/** @internal */ readonly spec: RtoSpec) {}
}

/** How much committed data a failover may lose. */
export class Rpo {
  /** Synchronous replication: a failover loses no acknowledged commit. */
  static readonly SYNCHRONOUS = new Rpo(0);
  /** 1 MiB of replication lag (default). */
  static readonly DEFAULT = new Rpo(DEFAULT_RPO_BYTES);

  /** A replica lagging more than this is never promoted. */
  static bytes(bytes: number): Rpo {
    checkArgument('Rpo.bytes()', 'bytes', bytes, number);
    return new Rpo(bytes);
  }

  private constructor(/** @internal */ readonly bytes: number) {}
}

export class Dcs {
  /** etcd servers on the meta nodes (default). */
  static etcd(options: { readonly namespace?: string; readonly api?: EtcdApiVersion } = {}): Dcs {
    checkArgument('Dcs.etcd()', 'options', options, shape({ namespace: optional(string), api: optional(option(EtcdApiVersion)) }));
    return new Dcs({ kind: 'etcd', namespace: options.namespace, etcdApi: options.api?.value });
  }

  /** Consul servers on the meta nodes, an agent on every node. */
  static consul(options: { readonly namespace?: string } = {}): Dcs {
    checkArgument('Dcs.consul()', 'options', options, shape({ namespace: optional(string) }));
    return new Dcs({ kind: 'consul', namespace: options.namespace });
  }

  private constructor(/** @internal */ readonly spec: DcsSpec) {}
}

export class EtcdApiVersion {
  /** What Debian's vip-manager 1.0 reads (default). */
  static readonly V2 = new EtcdApiVersion('v2');
  /** With vip-manager 2.x. */
  static readonly V3 = new EtcdApiVersion('v3');
  private constructor(/** @internal */ readonly value: EtcdApi) {}
}

export class GuestOs {
  static readonly DEBIAN_12 = new GuestOs('debian12');
  static readonly UBUNTU_24_04 = new GuestOs('ubuntu2404');
  private constructor(/** @internal */ readonly value: GuestOsName) {}
}

export class PoolMode {
  static readonly TRANSACTION = new PoolMode('transaction');
  static readonly SESSION = new PoolMode('session');
  static readonly STATEMENT = new PoolMode('statement');
  private constructor(/** @internal */ readonly value: PoolModeName) {}
}

/** The Patroni REST endpoint HAProxy checks to decide whether a member serves a service. */
export class HealthCheck {
  /** The leader only. */
  static readonly PRIMARY = new HealthCheck('/primary');
  /** Running replicas only. */
  static readonly REPLICA = new HealthCheck('/replica');
  /** The leader and running replicas. */
  static readonly READ_ONLY = new HealthCheck('/read-only');
  /** Any member whose Postgres runs. */
  static readonly HEALTH = new HealthCheck('/health');
  /** The synchronous standby. */
  static readonly SYNC = new HealthCheck('/sync');
  /** Asynchronous replicas. */
  static readonly ASYNC = new HealthCheck('/async');

  /** Replicas lagging at most this many bytes. */
  static replicaWithLag(bytes: number): HealthCheck {
    checkArgument('HealthCheck.replicaWithLag()', 'bytes', bytes, number);
    return new HealthCheck(`/replica?lag=${bytes}B`);
  }

  /** Any Patroni health path, e.g. `/replica?tag_dc=east`. */
  static path(path: string): HealthCheck {
    checkArgument('HealthCheck.path()', 'path', path, string);
    return new HealthCheck(path);
  }

  private constructor(/** @internal */ readonly path: string) {}
}

export class ServiceDestination {
  /** pgbouncer on each member (pooled connections). */
  static readonly PGBOUNCER = new ServiceDestination({ destination: 'pgbouncer' });
  /** Postgres itself on each member. */
  static readonly POSTGRES = new ServiceDestination({ destination: 'postgres' });

  static port(port: number): ServiceDestination {
    checkArgument('ServiceDestination.port()', 'port', port, number);
    return new ServiceDestination({ destinationPort: port });
  }

  private constructor(/** @internal */ readonly spec: { readonly destination?: 'pgbouncer' | 'postgres'; readonly destinationPort?: number }) {}
}

export class LoadBalancing {
  static readonly ROUND_ROBIN = new LoadBalancing('roundrobin');
  static readonly LEAST_CONNECTIONS = new LoadBalancing('leastconn');
  static readonly FIRST = new LoadBalancing('first');
  static readonly SOURCE = new LoadBalancing('source');
  private constructor(/** @internal */ readonly value: string) {}
}
