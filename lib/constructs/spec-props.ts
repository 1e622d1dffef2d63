/**
 * Construct props from a plain cluster spec, for topologies kept as model data (the sandbox).
 * Every field of the spec is carried over: a test checks that the cluster's spec round-trips.
 */
import type { ClusterSpec, RtoSpec, ServiceSpec } from '../model';
import { optionOf } from '../private/option-of';
import type { HaproxyServiceProps } from './haproxy-service';
import { HbaMembers, HbaMethod, HbaRule } from './hba-rule';
import { HealthCheck, InstanceRole, LoadBalancing, PoolMode, Rpo, RtoPreset, ServiceDestination } from './options';
import type { PgClusterProps } from './pg-cluster';

function rtoOf(spec: RtoSpec): RtoPreset {
  const preset = optionOf(RtoPreset, spec.preset ?? 'norm', (option) => option.spec.preset);
  const { ttl, loopWait, retryTimeout } = spec;
  return ttl === undefined && loopWait === undefined && retryTimeout === undefined ? preset : preset.with({ ttl, loopWait, retryTimeout });
}

function serviceProps(service: ServiceSpec): HaproxyServiceProps {
  const destination =
    service.destinationPort !== undefined
      ? ServiceDestination.port(service.destinationPort)
      : service.destination === 'postgres'
        ? ServiceDestination.POSTGRES
        : service.destination === 'pgbouncer'
          ? ServiceDestination.PGBOUNCER
          : undefined;
  return {
    port: service.port,
    check: HealthCheck.path(service.check),
    destination,
    selector: service.selector && {
      roles: service.selector.roles?.map((role) => optionOf(InstanceRole, role)),
      offlineQuery: service.selector.offlineQuery,
      seqs: service.selector.seqs && [...service.selector.seqs],
    },
    balance: service.balance === undefined ? undefined : optionOf(LoadBalancing, service.balance),
    maxconn: service.maxconn,
  };
}

export interface ClusterPropsOfSpec {
  readonly props: PgClusterProps;
  /** Services to add with addService(), by name. */
  readonly services: readonly (readonly [string, HaproxyServiceProps])[];
}

export function clusterPropsOf(spec: ClusterSpec): ClusterPropsOfSpec {
  return {
    props: {
      clusterName: spec.name,
      instances: spec.instances.map((instance) => ({ ...instance, role: optionOf(InstanceRole, instance.role) })),
      users: spec.users && [...spec.users],
      databases: spec.databases && [...spec.databases],
      hba: spec.hba?.map((rule) => {
        const common = {
          database: rule.database,
          user: rule.user,
          method: optionOf(HbaMethod, rule.method),
          members: rule.role === undefined ? undefined : optionOf(HbaMembers, rule.role),
          comment: rule.comment,
        };
        if (rule.type === 'local') return HbaRule.local(common);
        if (rule.type === 'hostnossl') throw new Error(`cluster ${spec.name}: hostnossl rules have no construct form`);
        return HbaRule.host({ ...common, address: rule.address ?? '', sslOnly: rule.type === 'hostssl' ? true : undefined });
      }),
      vip: spec.vip,
      parameters: spec.parameters && { ...spec.parameters },
      rto: spec.rto && rtoOf(spec.rto),
      rpo: spec.rpo === undefined ? undefined : Rpo.bytes(spec.rpo),
      synchronousStrict: spec.synchronousStrict,
      pgbouncer: spec.pgbouncer && { ...spec.pgbouncer, poolMode: spec.pgbouncer.poolMode && optionOf(PoolMode, spec.pgbouncer.poolMode) },
    },
    services: (spec.services ?? []).map((service) => [service.name, serviceProps(service)] as const),
  };
}
