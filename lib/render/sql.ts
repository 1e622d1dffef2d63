/**
 * SQL that creates the cluster's roles, users and databases; idempotent, run by psql as the
 * dbsu on the leader. Passwords go to a separate secret file, so roles.sql stays reviewable.
 */
import type { ResolvedCluster, ResolvedDatabase, ResolvedUser } from '../model';
import { DBA_USER, DBSU } from '../model';
import { storedPassword } from './scram';
import { header, lines } from './text';

const ident = (name: string): string => `"${name}"`;
const literal = (text: string): string => `'${text.replace(/'/g, "''")}'`;

function roleAttributes(user: ResolvedUser): string {
  return [
    user.login ? 'LOGIN' : 'NOLOGIN',
    user.superuser ? 'SUPERUSER' : 'NOSUPERUSER',
    user.createdb ? 'CREATEDB' : 'NOCREATEDB',
    user.createrole ? 'CREATEROLE' : 'NOCREATEROLE',
    user.replication ? 'REPLICATION' : 'NOREPLICATION',
    user.bypassrls ? 'BYPASSRLS' : 'NOBYPASSRLS',
    'INHERIT',
    `CONNECTION LIMIT ${user.connectionLimit}`,
  ].join(' ');
}

function createRole(user: ResolvedUser): string {
  return `DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = ${literal(user.name)}) THEN CREATE ROLE ${ident(user.name)}; END IF; END $$;`;
}

function roleStatements(user: ResolvedUser): string[] {
  const statements: string[] = [];
  // The dbsu keeps the attributes initdb gave it.
  if (user.name !== DBSU) statements.push(`ALTER ROLE ${ident(user.name)} ${roleAttributes(user)};`);
  if (user.comment) statements.push(`COMMENT ON ROLE ${ident(user.name)} IS ${literal(user.comment)};`);
  for (const role of user.roles) statements.push(`GRANT ${ident(role)} TO ${ident(user.name)};`);
  return statements;
}

/** Pigsty's default privileges: what each dbrole_* gets on objects the creators make. */
const DEFAULT_PRIVILEGES: readonly string[] = [
  'GRANT USAGE ON SCHEMAS TO dbrole_readonly',
  'GRANT SELECT ON TABLES TO dbrole_readonly',
  'GRANT SELECT ON SEQUENCES TO dbrole_readonly',
  'GRANT EXECUTE ON FUNCTIONS TO dbrole_readonly',
  'GRANT USAGE ON SCHEMAS TO dbrole_offline',
  'GRANT SELECT ON TABLES TO dbrole_offline',
  'GRANT SELECT ON SEQUENCES TO dbrole_offline',
  'GRANT EXECUTE ON FUNCTIONS TO dbrole_offline',
  'GRANT INSERT, UPDATE, DELETE ON TABLES TO dbrole_readwrite',
  'GRANT USAGE, UPDATE ON SEQUENCES TO dbrole_readwrite',
  'GRANT TRUNCATE, REFERENCES, TRIGGER ON TABLES TO dbrole_admin',
  'GRANT CREATE ON SCHEMAS TO dbrole_admin',
];

/** Every new connection (each \\connect) needs it again. */
const QUIET = "SET client_min_messages = 'warning';";

function databaseStatements(db: ResolvedDatabase): string[] {
  // Only template0 may be copied into a database with another locale.
  const template = db.locale && db.template === 'template1' ? 'template0' : db.template;
  const create =
    `CREATE DATABASE ${ident(db.name)} OWNER ${ident(db.owner)} TEMPLATE ${ident(template)} ENCODING ${literal(db.encoding)}` +
    (db.locale ? ` LOCALE ${literal(db.locale)}` : '');
  const creators = [...new Set([DBSU, DBA_USER, db.owner])];
  return [
    '',
    `-- database ${db.name}`,
    `SELECT ${literal(create)} WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = ${literal(db.name)})\\gexec`,
    `ALTER DATABASE ${ident(db.name)} OWNER TO ${ident(db.owner)};`,
    ...(db.comment ? [`COMMENT ON DATABASE ${ident(db.name)} IS ${literal(db.comment)};`] : []),
    `\\connect ${db.name}`,
    QUIET,
    ...db.schemas.map((schema) => `CREATE SCHEMA IF NOT EXISTS ${ident(schema)} AUTHORIZATION ${ident(db.owner)};`),
    ...db.extensions.map((extension) => `CREATE EXTENSION IF NOT EXISTS ${ident(extension)};`),
    ...DEFAULT_PRIVILEGES.map((grant) => `ALTER DEFAULT PRIVILEGES FOR ROLE ${creators.map(ident).join(', ')} ${grant};`),
    '\\connect postgres',
    QUIET,
  ];
}

export function renderRolesSql(cluster: ResolvedCluster): string {
  return lines(
    header('--'),
    `-- Roles, users and databases of ${cluster.name}. Idempotent: safe to run again.`,
    '\\set ON_ERROR_STOP on',
    QUIET,
    '',
    '-- roles and users: create them all first, so grants may refer to any of them',
    cluster.users.map(createRole),
    cluster.users.flatMap(roleStatements),
    cluster.databases.flatMap(databaseStatements),
  );
}

/**
 * Sets every password, as SCRAM verifiers (scram.ts) where the password is known at synth. The session neither logs its statements nor lets pg_stat_statements
 * track them: the cluster tracks utility statements (DDL is worth seeing there), and every
 * pg_monitor member reads that view. Turned off here rather than server-wide, so it holds
 * whatever parameters a cluster sets; a superuser setting, and psql runs this as the dbsu.
 */
export function renderPasswordsSql(cluster: ResolvedCluster): string {
  return lines(
    '\\set ON_ERROR_STOP on',
    'SET pg_stat_statements.track_utility = off;',
    "SET log_statement = 'none';",
    'SET log_min_duration_statement = -1;',
    "SET password_encryption = 'scram-sha-256';",
    cluster.users
      .filter((user) => user.password !== undefined)
      .map((user) => `ALTER ROLE ${ident(user.name)} PASSWORD ${literal(storedPassword(user.password!, user.name))};`),
  );
}
