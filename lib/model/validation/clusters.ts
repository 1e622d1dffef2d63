/**
 * Clusters and instances: names, the primary, instance numbering, roles, host names, weights
 * and sizes, and the pgbouncer settings of a cluster (its Postgres parameters are in parameters.ts).
 */
import { DNS_LABEL } from '../names';
import type { ResolvedDeployment, ResolvedInstance } from '../resolved';
import { INSTANCE_ROLES, POOL_MODES } from '../spec';
import { choices, firstDuplicate, instanceWhere, isInt, isOneOf, show, sizeRules } from './helpers';
import type { InstanceSubject, RuleSet } from './rule';

/** An instance on a meta node takes the meta node's host name and size: the meta node rules judge those. */
const onMetaNode = (instance: ResolvedInstance, d: ResolvedDeployment): boolean => d.metaNodes.some((m) => m.ip === instance.ip);

export const clusterRules: RuleSet = {
  deployment: [
    {
      code: 'cluster-name-duplicate',
      check: (d) => {
        const name = firstDuplicate(d.clusters.map((c) => c.name));
        return name && `cluster name ${show(name.value)} is used twice: give every cluster its own name.`;
      },
    },
  ],
  cluster: [
    {
      code: 'cluster-name',
      check: (c) =>
        typeof c.name === 'string' && DNS_LABEL.test(c.name)
          ? undefined
          : `cluster ${show(c.name)}: name is invalid: use lowercase letters, digits and '-', starting with a letter, at most 40 characters (e.g. "pg-orders").`,
    },
    {
      code: 'cluster-no-instances',
      check: (c) => (c.instances.length > 0 ? undefined : `cluster ${show(c.name)}: instances is empty: add at least a primary.`),
    },
    {
      code: 'cluster-no-primary',
      check: (c) =>
        c.instances.length === 0 || c.instances.some((i) => i.role === 'primary')
          ? undefined
          : `cluster ${show(c.name)}: no instance has role "primary": set role "primary" on exactly one instance.`,
    },
    {
      code: 'cluster-two-primaries',
      check: (c) => {
        const primaries = c.instances.filter((i) => i.role === 'primary');
        if (primaries.length <= 1) return undefined;
        return `cluster ${show(c.name)}: instances ${primaries.map((i) => i.seq).join(', ')} all have role "primary": keep one primary and make the others "replica".`;
      },
    },
    {
      code: 'pgbouncer-pool-mode',
      check: (c) =>
        isOneOf(POOL_MODES, c.pgbouncer.poolMode)
          ? undefined
          : `cluster ${show(c.name)}: pgbouncer.poolMode ${show(c.pgbouncer.poolMode)} is unknown: use ${choices(POOL_MODES, { quote: true, notes: { transaction: 'default' } })}.`,
    },
    {
      code: 'pgbouncer-sizes',
      check: (c) =>
        isInt(c.pgbouncer.maxClientConn, 1) && isInt(c.pgbouncer.defaultPoolSize, 1)
          ? undefined
          : `cluster ${show(c.name)}: pgbouncer.maxClientConn ${show(c.pgbouncer.maxClientConn)} and defaultPoolSize ${show(c.pgbouncer.defaultPoolSize)} must be whole numbers, at least 1.`,
    },
  ],
  instance: [
    {
      code: 'instance-seq',
      check: (s) =>
        isInt(s.instance.seq, 0, 9999)
          ? undefined
          : `${instanceWhere(s)}: seq is missing or not a whole number from 0 to 9999: number the instances 1, 2, 3...`,
    },
    {
      code: 'instance-seq-duplicate',
      check: (s) => {
        const first = s.cluster.instances.find((i) => i.seq === s.instance.seq);
        if (first === undefined || first === s.instance) return undefined;
        return `${instanceWhere(s)}: seq ${show(s.instance.seq)} is used by two instances of the cluster: give each instance its own seq.`;
      },
    },
    {
      code: 'instance-role',
      check: (s) =>
        isOneOf(INSTANCE_ROLES, s.instance.role)
          ? undefined
          : `${instanceWhere(s)}: role ${show(s.instance.role)} is unknown: use ${choices(INSTANCE_ROLES, { quote: true })}.`,
    },
    {
      code: 'instance-hostname',
      check: (s, d) =>
        onMetaNode(s.instance, d) || (typeof s.instance.hostname === 'string' && DNS_LABEL.test(s.instance.hostname))
          ? undefined
          : `${instanceWhere(s)}: hostname ${show(s.instance.hostname)} is not a DNS label: use lowercase letters, digits and '-' (e.g. "node-1").`,
    },
    {
      code: 'instance-weight',
      check: (s) =>
        isInt(s.instance.weight, 0, 256)
          ? undefined
          : `${instanceWhere(s)}: weight ${show(s.instance.weight)} must be a whole number from 0 to 256 (HAProxy's range; default 100).`,
    },
    ...sizeRules<InstanceSubject>({ cpus: 'instance-size-cpus', memory: 'instance-size-memory', disk: 'instance-size-disk' }, instanceWhere, (s, d) =>
      onMetaNode(s.instance, d) ? undefined : s.instance.size,
    ),
  ],
};
