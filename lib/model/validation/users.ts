/** Users, databases and HBA rules of a cluster (the users' passwords are in secrets.ts). */
import { DEFAULT_ROLES } from '../defaults';
import { parseAnyCidr, parseCidr } from '../ip';
import { PG_IDENTIFIER } from '../names';
import type { ResolvedHbaRule } from '../resolved';
import { HBA_CONNECTION_TYPES, HBA_METHODS, HBA_RULE_ROLES } from '../spec';
import { choices, firstDuplicate, firstWhere, isInt, isOneLine, isOneOf, show } from './helpers';
import type { InCluster, RuleSet } from './rule';

/** Postgres' own roles may be granted without being declared. */
const PREDEFINED_ROLES = [
  'pg_monitor',
  'pg_read_all_data',
  'pg_write_all_data',
  'pg_read_all_settings',
  'pg_read_all_stats',
  'pg_stat_scan_tables',
  'pg_signal_backend',
  'pg_checkpoint',
  'pg_read_server_files',
  'pg_write_server_files',
  'pg_execute_server_program',
  'pg_database_owner',
];
const RESERVED_DATABASES = ['postgres', 'template0', 'template1', 'pgbouncer'];
/** Encodings and locales are written into CREATE DATABASE: names only. */
const ENCODING = /^[A-Za-z0-9_-]{1,32}$/;
const LOCALE = /^[A-Za-z0-9_.@-]{1,64}$/;

/** A comment of a user, database or HBA rule: free text written into a config file. */
const commentProblem = (comment: unknown, file: string): string | undefined =>
  comment === undefined || isOneLine(comment)
    ? undefined
    : `comment ${show(comment)} is not one line of at most 200 printable characters (it is written into ${file}, where a line break would start a line of its own): write it on one line`;

const hbaWhere = ({ cluster, item }: InCluster<ResolvedHbaRule>): string =>
  `cluster ${show(cluster.name)} hba rule "${item.type} ${item.database} ${item.user}${item.addressSpec ? ` ${item.addressSpec}` : ''} ${item.method}"`;

export const userRules: RuleSet = {
  cluster: [
    {
      code: 'user-duplicate',
      check: (c) => {
        const names = c.users.map((u) => u.name);
        const name = firstDuplicate(names);
        if (name === undefined) return undefined;
        // The built-in roles come first: a spec user named like one redefines it.
        return c.users[names.indexOf(name.value)].builtin
          ? `cluster ${show(c.name)}: user ${show(name.value)} is a built-in platform role: pick another name.`
          : `cluster ${show(c.name)}: user ${show(name.value)} is defined twice: keep one definition.`;
      },
    },
    {
      code: 'database-duplicate',
      check: (c) => {
        const name = firstDuplicate(c.databases.map((db) => db.name));
        return name && `cluster ${show(c.name)}: database ${show(name.value)} is defined twice: keep one definition.`;
      },
    },
  ],
  user: [
    {
      code: 'user-name',
      check: ({ cluster, item }) =>
        typeof item.name === 'string' && PG_IDENTIFIER.test(item.name) && !item.name.startsWith('pg_')
          ? undefined
          : `cluster ${show(cluster.name)}: user name ${show(item.name)} is invalid: use lowercase letters, digits and '_', starting with a letter, not "pg_" (e.g. "dbuser_app").`,
    },
    {
      code: 'user-role-undefined',
      check: ({ cluster, item }) => {
        const defined = cluster.users.map((u) => u.name);
        const role = firstWhere(item.roles, (r) => !defined.includes(r) && !PREDEFINED_ROLES.includes(r));
        return (
          role &&
          `cluster ${show(cluster.name)} user ${show(item.name)}: role ${show(role.value)} is not defined: define it as a user with login false, or grant one of ${DEFAULT_ROLES.map((r) => r.name).join(', ')}.`
        );
      },
    },
    {
      code: 'user-connection-limit',
      check: ({ cluster, item }) =>
        isInt(item.connectionLimit, -1)
          ? undefined
          : `cluster ${show(cluster.name)} user ${show(item.name)}: connectionLimit ${show(item.connectionLimit)} must be -1 (no limit) or a whole number.`,
    },
    {
      code: 'user-comment',
      check: ({ cluster, item }) => {
        const why = commentProblem(item.comment, 'roles.sql');
        return why && `cluster ${show(cluster.name)} user ${show(item.name)}: ${why}.`;
      },
    },
    {
      code: 'user-pgbouncer-password',
      check: ({ cluster, item }) =>
        !(item.pgbouncer && item.login && item.password === undefined)
          ? undefined
          : `cluster ${show(cluster.name)} user ${show(item.name)}: pgbouncer is on but the user has no password; pgbouncer needs it to log in for the client. Set a password or pgbouncer false.`,
    },
  ],
  database: [
    {
      code: 'database-name',
      check: ({ cluster, item }) =>
        typeof item.name === 'string' && PG_IDENTIFIER.test(item.name) && !RESERVED_DATABASES.includes(item.name)
          ? undefined
          : `cluster ${show(cluster.name)}: database name ${show(item.name)} is invalid or reserved: use lowercase letters, digits and '_' (not postgres, template0/1 or pgbouncer).`,
    },
    {
      code: 'database-owner-undefined',
      check: ({ cluster, item }) =>
        cluster.users.some((u) => u.name === item.owner)
          ? undefined
          : `cluster ${show(cluster.name)} database ${show(item.name)}: owner ${show(item.owner)} is not a user of the cluster: add it to the cluster's users, or leave owner out.`,
    },
    {
      code: 'database-template',
      check: ({ cluster, item }) =>
        typeof item.template === 'string' && PG_IDENTIFIER.test(item.template) && item.template !== 'postgres'
          ? undefined
          : `cluster ${show(cluster.name)} database ${show(item.name)}: template ${show(item.template)} is not a database name: use "template1" (the default), "template0", or a database of the cluster.`,
    },
    {
      code: 'database-encoding',
      check: ({ cluster, item }) =>
        typeof item.encoding === 'string' &&
        ENCODING.test(item.encoding) &&
        (item.locale === undefined || (typeof item.locale === 'string' && LOCALE.test(item.locale)))
          ? undefined
          : `cluster ${show(cluster.name)} database ${show(item.name)}: encoding ${show(item.encoding)} / locale ${show(item.locale)} must be names such as "UTF8" and "en_US.UTF-8".`,
    },
    {
      code: 'database-comment',
      check: ({ cluster, item }) => {
        const why = commentProblem(item.comment, 'roles.sql');
        return why && `cluster ${show(cluster.name)} database ${show(item.name)}: ${why}.`;
      },
    },
    {
      code: 'database-extension',
      check: ({ cluster, item }) => {
        const extension = firstWhere(item.extensions, (e) => !PG_IDENTIFIER.test(e));
        return (
          extension &&
          `cluster ${show(cluster.name)} database ${show(item.name)}: extension ${show(extension.value)} is not an extension name (e.g. "pg_trgm").`
        );
      },
    },
    {
      code: 'database-schema',
      check: ({ cluster, item }) => {
        const schema = firstWhere(item.schemas, (e) => !PG_IDENTIFIER.test(e));
        return (
          schema &&
          `cluster ${show(cluster.name)} database ${show(item.name)}: schema ${show(schema.value)} is not a plain identifier (lowercase letters, digits, '_').`
        );
      },
    },
    {
      code: 'database-pool-size',
      check: ({ cluster, item }) =>
        item.poolSize === undefined || isInt(item.poolSize, 1, 10000)
          ? undefined
          : `cluster ${show(cluster.name)} database ${show(item.name)}: poolSize ${show(item.poolSize)} must be a whole number from 1 to 10000.`,
    },
  ],
  hba: [
    {
      code: 'hba-type',
      check: (s) =>
        isOneOf(HBA_CONNECTION_TYPES, s.item.type) ? undefined : `${hbaWhere(s)}: type ${show(s.item.type)} is unknown: use ${choices(HBA_CONNECTION_TYPES)}.`,
    },
    {
      code: 'hba-method',
      check: (s) =>
        isOneOf(HBA_METHODS, s.item.method)
          ? undefined
          : `${hbaWhere(s)}: method ${show(s.item.method)} is unknown: use scram-sha-256 (or ${HBA_METHODS.filter((m) => m !== 'scram-sha-256').join(', ')}).`,
    },
    {
      code: 'hba-trust-network',
      check: (s) =>
        s.item.type !== 'local' && s.item.method === 'trust'
          ? `${hbaWhere(s)}: "trust" from a network address lets anyone in without a password: use scram-sha-256.`
          : undefined,
    },
    {
      code: 'hba-address',
      check: (s, d) => {
        const { type, address } = s.item;
        if (type === 'local' || parseAnyCidr(address ?? '') !== undefined) return undefined;
        // The keyword "cluster" became the network's CIDR: when that is invalid, network-cidr says so.
        if (address === d.network.cidr && parseCidr(d.network.cidr) === undefined) return undefined;
        return `${hbaWhere(s)}: address ${show(s.item.addressSpec)} is not a CIDR or a keyword: write "10.0.0.0/8", "cluster" (the deployment network) or "world".`;
      },
    },
    {
      code: 'hba-local-address',
      check: (s) =>
        s.item.type === 'local' && s.item.address !== undefined
          ? `${hbaWhere(s)}: a "local" rule has no address: remove address, or use type "host".`
          : undefined,
    },
    {
      code: 'hba-role',
      check: (s) =>
        isOneOf(HBA_RULE_ROLES, s.item.role)
          ? undefined
          : `${hbaWhere(s)}: role ${show(s.item.role)} is unknown: use ${choices(HBA_RULE_ROLES, { notes: { common: 'default' } })}.`,
    },
    {
      code: 'hba-comment',
      check: (s) => {
        const why = commentProblem(s.item.comment, 'pg_hba.conf as a "#" line');
        return why && `${hbaWhere(s)}: ${why}.`;
      },
    },
    {
      code: 'hba-user-database',
      check: (s) =>
        /^[+a-z_][a-z0-9_,+]*$/.test(s.item.user ?? '') && /^[a-z_][a-z0-9_,]*$/.test(s.item.database ?? '')
          ? undefined
          : `${hbaWhere(s)}: user and database must be names, "all", "+role" or comma lists.`,
    },
  ],
};
