/** A cluster at RPO 0 (`Rpo.SYNCHRONOUS`) has a replica to be synchronous with: one member cannot keep that promise. */
import type { Policy } from './policy';

export const syncRpoNeedsReplica: Policy = {
  id: 'sync-rpo-needs-replica',
  level: 'error',
  summary: 'a cluster with `Rpo.SYNCHRONOUS` has at least two members',
  check: (d) =>
    d.clusters
      .filter((cluster) => cluster.ha.synchronousMode && cluster.instances.length < 2)
      .map(
        (cluster) =>
          `cluster ${cluster.name} has rpo Rpo.SYNCHRONOUS with one member: no standby can confirm a commit, so RPO 0 is not kept; add a replica or use Rpo.DEFAULT or Rpo.bytes(...).`,
      ),
};
