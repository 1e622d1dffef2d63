/**
 * passwords.sql against a real PostgreSQL 15 in a scratch node: no member of pg_monitor can
 * read a password back from pg_stat_statements, every rendered SCRAM verifier logs in, and
 * pgbouncer logs clients in to Postgres with the same verifiers in its auth file.
 */
import { DBSU, MONITOR_USER } from '../../lib/model';
import { PATHS } from '../../lib/render/paths';
import { fileOf, renderAllNodes, sandboxModel } from '../helpers/fixtures';
import { runInScratchNode } from '../helpers/scratch-node';

const PG_BIN = '/usr/lib/postgresql/15/bin';
// TLS off: these checks are about passwords (pgbouncer's TLS runs in meta-node-stack.test.ts).
const d = sandboxModel({ tls: { enabled: false } });
const cluster = d.clusters.find((c) => c.name === 'pg-test')!;
const primary = renderAllNodes(d).find((c) => c.node.instance?.cluster === cluster.name)!;
const passwordsSql = fileOf(primary, PATHS.pgPasswordsSql);
const users = cluster.users.filter((user) => user.password !== undefined && user.login);

const SOCKET = '/var/run/postgresql';
const pgbouncerFiles = [PATHS.pgbouncerIni, PATHS.pgbouncerHba, PATHS.pgbouncerUserlist].map((file) => ({
  path: file,
  content: fileOf(primary, file),
  owner: 'postgres:postgres',
  mode: '0600',
}));

/** Runs passwords.sql on a fresh server that tracks every statement, then the script's own checks. */
function onServer(checks: string, withPgbouncer = false): string {
  const psql = `runuser -u postgres -- ${PG_BIN}/psql -X -At -h ${SOCKET} -p 5432`;
  const script = [
    'install -d -o postgres -g postgres -m 0700 /tmp/pg /tmp/pg/data',
    `runuser -u postgres -- ${PG_BIN}/initdb -D /tmp/pg/data -A peer --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null`,
    // The cluster's own settings for the extension: every utility statement tracked.
    `printf '%s\\n' "shared_preload_libraries = 'pg_stat_statements'" "pg_stat_statements.track = all" "pg_stat_statements.track_utility = on" "listen_addresses = '127.0.0.1'" "unix_socket_directories = '${SOCKET}'" >>/tmp/pg/data/postgresql.conf`,
    // As the cluster's HBA: the dbsu by peer, everyone else (pgbouncer too) with SCRAM.
    `printf '%s\\n' 'local all postgres peer' 'local all all scram-sha-256' 'host all all 127.0.0.1/32 scram-sha-256' >/tmp/pg/data/pg_hba.conf`,
    `runuser -u postgres -- ${PG_BIN}/pg_ctl -D /tmp/pg/data -l /tmp/pg/log -w start >/dev/null`,
    `${psql} -c 'CREATE EXTENSION pg_stat_statements' >/dev/null`,
    // The roles passwords.sql expects (roles.sql creates them on a real cluster).
    ...users.map(
      (user) =>
        `${psql} -c 'DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '"'"'${user.name}'"'"') THEN CREATE ROLE "${user.name}" LOGIN; END IF; END $$' >/dev/null`,
    ),
    `${psql} -c 'GRANT pg_monitor TO "${MONITOR_USER}"' >/dev/null`,
    ...cluster.databases.map((db) => `${psql} -c 'CREATE DATABASE "${db.name}"' >/dev/null`),
    `runuser -u postgres -- ${PG_BIN}/psql -X -q -h ${SOCKET} -p 5432 -f ${PATHS.pgPasswordsSql}`,
    ...(withPgbouncer
      ? [
          'install -d -o postgres -g postgres /var/log/postgresql',
          `runuser -u postgres -- pgbouncer -d ${PATHS.pgbouncerIni}`,
          `for i in $(seq 50); do [ -S ${SOCKET}/.s.PGSQL.${d.ports.pgbouncer} ] && break; sleep 0.1; done`,
        ]
      : []),
    checks,
  ].join('\n');
  const files = [{ path: PATHS.pgPasswordsSql, content: passwordsSql, owner: 'postgres:postgres', mode: '0600' }, ...(withPgbouncer ? pgbouncerFiles : [])];
  const result = runInScratchNode({ files, addresses: [], script });
  if (result.status !== 0) throw new Error(`scratch postgres failed (${result.status})\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

describe('passwords.sql on PostgreSQL 15', () => {
  it('leaves no password in pg_stat_statements, as a pg_monitor member reads it', () => {
    const monitor = users.find((user) => user.name === MONITOR_USER)!;
    const out = onServer(
      `PGPASSWORD='${monitor.password}' ${PG_BIN}/psql -X -At -h 127.0.0.1 -p 5432 -U ${MONITOR_USER} -d postgres -c 'SELECT query FROM pg_stat_statements' && echo END`,
    );
    expect(out).toContain('END');
    // The monitor sees other statements (so it really reads the view) ...
    expect(out).toMatch(/CREATE EXTENSION pg_stat_statements/);
    // ... and not a single password, in any form.
    for (const user of users) expect(out).not.toContain(user.password);
    expect(out).not.toMatch(/PASSWORD/i);
  });

  it('sets SCRAM verifiers that log in with each password, and keeps no cleartext in the file', () => {
    for (const user of users) expect(passwordsSql).not.toContain(user.password);
    const logins = users.map(
      (user) => `PGPASSWORD='${user.password}' ${PG_BIN}/psql -X -At -h 127.0.0.1 -p 5432 -U ${user.name} -d postgres -c 'SELECT current_user'`,
    );
    const out = onServer(
      [
        ...logins,
        `runuser -u postgres -- ${PG_BIN}/psql -X -At -h ${SOCKET} -p 5432 -c "SELECT rolname || ' ' || rolpassword FROM pg_authid WHERE rolpassword IS NOT NULL ORDER BY 1"`,
      ].join('\n'),
    );
    const lines = out.trim().split('\n');
    expect(lines.slice(0, users.length)).toEqual(users.map((user) => user.name));
    // Postgres stored what the file holds, byte for byte: the verifier, not a hash of its own.
    const stored = lines.slice(users.length);
    for (const user of users) {
      const line = stored.find((l) => l.startsWith(`${user.name} `))!;
      expect(line).toMatch(/ SCRAM-SHA-256\$4096:/);
      expect(passwordsSql).toContain(line.slice(user.name.length + 1));
    }
    expect(stored.some((l) => l.startsWith(`${DBSU} `))).toBe(true);
  });

  it('lets pgbouncer log users in to Postgres with the verifiers of its auth file', () => {
    const userlist = fileOf(primary, PATHS.pgbouncerUserlist);
    const pooled = users.filter((user) => user.pgbouncer);
    expect(pooled.length).toBeGreaterThan(0);
    for (const user of pooled) {
      expect(userlist).not.toContain(user.password);
      expect(userlist).toMatch(new RegExp(`^"${user.name}" "SCRAM-SHA-256\\$4096:`, 'm'));
    }
    const db = cluster.databases.find((database) => database.pgbouncer)!;
    const logins = pooled.map(
      (user) =>
        `PGPASSWORD='${user.password}' ${PG_BIN}/psql -X -At -h 127.0.0.1 -p ${d.ports.pgbouncer} -U ${user.name} -d ${db.name} -c "SELECT current_user || ' via ' || coalesce(host(inet_client_addr()), 'the socket')"`,
    );
    const wrong = `PGPASSWORD='Not.The.Password' ${PG_BIN}/psql -X -At -h 127.0.0.1 -p ${d.ports.pgbouncer} -U ${pooled[0].name} -d ${db.name} -c 'SELECT 1' 2>&1 || echo REFUSED`;
    const out = onServer([...logins, wrong].join('\n'), true);
    const lines = out.trim().split('\n');
    expect(lines.slice(0, pooled.length)).toEqual(pooled.map((user) => `${user.name} via the socket`));
    expect(lines[lines.length - 1]).toBe('REFUSED');
  });
});
