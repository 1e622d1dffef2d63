/**
 * A cluster's Postgres parameters: names and values checked against the catalog of the server
 * the guest OS installs (lib/model/pg-catalog, generated from the server itself), the ones the
 * platform owns, and settings that are each valid but cannot work with the cluster.
 */
import { PG_PARAMETER } from '../names';
import { memoryBytes, NEWEST_CATALOG, parameterValueProblem, pgCatalog, type PgCatalog } from '../pg-parameters';
import type { ResolvedCluster, ResolvedDeployment } from '../resolved';
import { didYouMean, firstWhere, hasNewline, show } from './helpers';
import type { RuleSet } from './rule';

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

/** The catalog of the server the deployment installs, when one is committed. */
const catalogOf = (d: ResolvedDeployment): PgCatalog | undefined => pgCatalog(d.guest.pgVersion);

/** Extension prefixes the catalog knows (pg_stat_statements., auto_explain.): other prefixes are extensions it cannot judge. */
function knownPrefix(catalog: PgCatalog, name: string): boolean {
  const dot = name.indexOf('.');
  if (dot < 0) return true;
  const prefix = name.slice(0, dot + 1);
  return Object.keys(catalog.parameters).some((known) => known.startsWith(prefix));
}

/** The parameters a value check judges: well-formed names with one-line string values (other rules name the rest). */
const judged = (c: ResolvedCluster): [string, string][] =>
  Object.entries(c.parameters).filter(
    (entry): entry is [string, string] => PG_PARAMETER.test(entry[0]) && typeof entry[1] === 'string' && !hasNewline(entry[1]),
  );

const MiB = 1024 ** 2;

export const parameterRules: RuleSet = {
  cluster: [
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
      code: 'parameter-unknown',
      check: (c, d) => {
        const catalog = catalogOf(d);
        if (catalog === undefined) return undefined;
        const known = catalog.parameters;
        const unknown = judged(c).find(([k]) => !MANAGED_PARAMETERS.includes(k) && !Object.hasOwn(known, k) && knownPrefix(catalog, k));
        return (
          unknown &&
          `cluster ${show(c.name)}: parameter ${show(unknown[0])} is not a parameter of ${catalog.server}${didYouMean(unknown[0], Object.keys(known))}: fix the name, or remove it.`
        );
      },
    },
    {
      code: 'parameter-invalid',
      check: (c, d) => {
        const known = (catalogOf(d) ?? NEWEST_CATALOG).parameters;
        for (const [key, value] of judged(c)) {
          const parameter = Object.hasOwn(known, key) ? known[key] : undefined;
          const why = parameter && parameterValueProblem(parameter, value);
          if (why) return `cluster ${show(c.name)}: parameter ${key} = ${show(value)} ${why}.`;
        }
        return undefined;
      },
    },
    {
      code: 'parameter-shared-buffers-memory',
      check: (c) => {
        const parameter = NEWEST_CATALOG.parameters.shared_buffers;
        for (const instance of c.instances) {
          const value = instance.parameters.shared_buffers;
          const bytes = typeof value === 'string' ? memoryBytes(parameter, value) : undefined;
          if (bytes !== undefined && bytes >= instance.size.memoryMiB * MiB) {
            return `cluster ${show(c.name)}: parameter shared_buffers = ${show(value)} is not below the memory of ${instance.name} (${instance.size.memoryMiB} MiB), so Postgres could not start there: use at most about a quarter of the smallest member's memory, or leave it out (the platform sizes it).`;
          }
        }
        return undefined;
      },
    },
    {
      code: 'parameter-wal-level-minimal',
      check: (c) => {
        if (String(c.dcsParameters.wal_level).trim().toLowerCase() !== 'minimal') return undefined;
        if (c.instances.length > 1) {
          return `cluster ${show(c.name)}: parameter wal_level = "minimal" cannot feed its ${c.instances.length - 1} replica(s), which stream WAL: use "replica" or "logical" (the default), or remove it.`;
        }
        return String(c.dcsParameters.max_wal_senders) === '0'
          ? undefined
          : `cluster ${show(c.name)}: parameter wal_level = "minimal" needs max_wal_senders = "0" (the platform sets ${show(c.dcsParameters.max_wal_senders)}), or Postgres does not start: set both, or remove wal_level.`;
      },
    },
  ],
};
