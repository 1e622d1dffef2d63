/**
 * Clusters and instances: names, the primary, instance numbering, roles, host names, weights
 * and sizes, Postgres parameters and the pgbouncer settings of a cluster.
 */
import { DNS_LABEL, PG_PARAMETER } from '../names';
import type { ResolvedDeployment, ResolvedInstance } from '../resolved';
import { INSTANCE_ROLES, POOL_MODES } from '../spec';
import { choices, firstDuplicate, firstWhere, hasNewline, instanceWhere, isInt, isOneOf, show, sizeRules } from './helpers';
import type { InstanceSubject, RuleSet } from './rule';

/** Parameters Patroni or the platform own; setting them would break the cluster. */
const MANAGED_PARAMETERS = [
  'port',
  'listen_addresses',
  'data_directory',
  'hba_file',
  'ident_file',
  'config_file',
  'cluster_name',
  'hot_standby',
  'primary_conninfo',
  'primary_slot_name',
  'synchronous_standby_names',
];

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
      code: 'parameter-name',
      check: (c) => {
        const key = firstWhere(Object.keys(c.parameters), (k) => !PG_PARAMETER.test(k));
        return key && `cluster ${show(c.name)}: parameter ${show(key.value)} is not a Postgres parameter name (lowercase, e.g. "work_mem").`;
      },
    },
    {
      code: 'parameter-managed',
      check: (c) => {
        const key = firstWhere(Object.keys(c.parameters), (k) => MANAGED_PARAMETERS.includes(k));
        return key && `cluster ${show(c.name)}: parameter ${show(key.value)} is managed by Patroni and the platform: remove it from parameters.`;
      },
    },
    {
      code: 'parameter-value',
      check: (c) => {
        const entry = firstWhere(Object.entries(c.parameters), ([, v]) => typeof v !== 'string' || hasNewline(v));
        if (entry === undefined) return undefined;
        const [key, value] = entry.value;
        return `cluster ${show(c.name)}: parameter ${key} = ${show(value)} must be a one-line string (write numbers as strings, e.g. "200").`;
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
