/** Outside the sandbox, every cluster has a replica: a single member has no failover. A warning (a lab or a scratch cluster may want one member). */
import type { Policy } from './policy';

export const replicaOutsideSandbox: Policy = {
  id: 'replica-outside-sandbox',
  level: 'warning',
  summary: 'outside the sandbox, every cluster has at least one replica (warning)',
  check: (d, { sandbox }) =>
    sandbox
      ? []
      : d.clusters
          .filter((cluster) => cluster.instances.length < 2)
          .map(
            (cluster) => `cluster ${cluster.name} has one member and no replica: nothing takes over when its node fails; add an instance with role REPLICA.`,
          ),
};
