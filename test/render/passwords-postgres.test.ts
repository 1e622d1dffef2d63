/**
 * passwords.sql against a real PostgreSQL 15 in a scratch node: no member of pg_monitor can
 * read a password back from pg_stat_statements, and every rendered SCRAM verifier logs in.
 */
import { MONITOR_USER } from '../../lib/model';
import { PATHS } from '../../lib/render/paths';
import { fileOf, renderAllNodes, sandboxModel } from '../helpers/fixtures';
import { runInScratchNode } from '../helpers/scratch-node';

const PG_BIN = '/usr/lib/postgresql/15/bin';
const d = sandboxModel();
const cluster = d.clusters.find((c) => c.name === 'pg-test')!;
const primary = renderAllNodes(d).find((c) => c.node.instance?.cluster === cluster.name)!;
const passwordsSql = fileOf(primary, PATHS.pgPasswordsSql);
const users = cluster.users.filter((user) => user.password !== undefined && user.login);

/** Runs passwords.sql on a fresh server that tracks every statement, then the script's own checks. */
function onServer(checks: string): string {
  const psql = `runuser -u postgres -- ${PG_BIN}/psql -X -At -h /tmp/pg -p 5432`;
  const script = [
    'install -d -o postgres -g postgres -m 0700 /tmp/pg /tmp/pg/data',
    `runuser -u postgres -- ${PG_BIN}/initdb -D /tmp/pg/data -A peer --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null`,
    // The cluster's own settings for the extension: every utility statement tracked.
    `printf '%s\\n' "shared_preload_libraries = 'pg_stat_statements'" "pg_stat_statements.track = all" "pg_stat_statements.track_utility = on" "listen_addresses = '127.0.0.1'" "unix_socket_directories = '/tmp/pg'" >>/tmp/pg/data/postgresql.conf`,
    `printf '%s\\n' 'local all postgres peer' 'host all all 127.0.0.1/32 scram-sha-256' >/tmp/pg/data/pg_hba.conf`,
    `runuser -u postgres -- ${PG_BIN}/pg_ctl -D /tmp/pg/data -l /tmp/pg/log -w start >/dev/null`,
    `${psql} -c 'CREATE EXTENSION pg_stat_statements' >/dev/null`,
    // The roles passwords.sql expects (roles.sql creates them on a real cluster).
    ...users.map((user) => `${psql} -c 'DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '"'"'${user.name}'"'"') THEN CREATE ROLE "${user.name}" LOGIN; END IF; END $$' >/dev/null`),
    `${psql} -c 'GRANT pg_monitor TO "${MONITOR_USER}"' >/dev/null`,
    `runuser -u postgres -- ${PG_BIN}/psql -X -q -h /tmp/pg -p 5432 -f ${PATHS.pgPasswordsSql}`,
    checks,
  ].join('\n');
  const result = runInScratchNode({ files: [{ path: PATHS.pgPasswordsSql, content: passwordsSql, owner: 'postgres:postgres', mode: '0600' }], addresses: [], script });
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
});
