/** pgbouncer: pgbouncer.ini (plain), its HBA file (plain) and its auth file (secret). */
import type { ResolvedCluster, ResolvedDeployment } from '../model';
import { DBA_USER, DBSU, MONITOR_USER } from '../model';
import { PATHS, PG_SOCKET_DIR } from './paths';
import { storedPassword } from './scram';
import { columns, header, lines } from './text';

/**
 * INI written by hand: pgbouncer reads values verbatim to the end of the line, while INI
 * libraries quote values containing '=', which every [databases] entry does.
 */
function ini(sections: readonly [string, readonly [string, string | number][]][]): string[] {
  return sections.flatMap(([name, entries], i) => [...(i > 0 ? [''] : []), `[${name}]`, ...entries.map(([key, value]) => `${key} = ${value}`)]);
}

/**
 * Clients may speak TLS to pgbouncer with the node's certificate (HAProxy's 5433/5434 pass it
 * through), so sslmode=verify-full works on the pooled services; pgbouncer reaches Postgres over
 * its Unix socket, which needs none.
 */
function clientTls(d: ResolvedDeployment): [string, string][] {
  if (!d.tls.enabled) return [];
  return [
    ['client_tls_sslmode', 'allow'],
    ['client_tls_key_file', PATHS.tlsKey],
    ['client_tls_cert_file', PATHS.tlsCert],
    ['client_tls_ca_file', PATHS.tlsCa],
    ['client_tls_protocols', 'tlsv1.2,tlsv1.3'],
  ];
}

export function renderPgbouncerIni(d: ResolvedDeployment, cluster: ResolvedCluster): string {
  const databases = cluster.databases
    .filter((db) => db.pgbouncer)
    .map((db): [string, string] => [
      db.name,
      `host=${PG_SOCKET_DIR} port=${d.ports.postgres} dbname=${db.name}${db.poolSize ? ` pool_size=${db.poolSize}` : ''}`,
    ]);
  return lines(
    header(';'),
    ini([
      ['databases', databases],
      [
        'pgbouncer',
        [
          ['listen_addr', '*'],
          ['listen_port', d.ports.pgbouncer],
          ['unix_socket_dir', PG_SOCKET_DIR],
          ['pidfile', `${PG_SOCKET_DIR}/pgbouncer.pid`],
          ['logfile', '/var/log/postgresql/pgbouncer.log'],
          ['auth_type', 'hba'],
          ['auth_hba_file', PATHS.pgbouncerHba],
          ['auth_file', PATHS.pgbouncerUserlist],
          ['admin_users', `${DBSU}, ${DBA_USER}`],
          ['stats_users', MONITOR_USER],
          ['pool_mode', cluster.pgbouncer.poolMode],
          ['max_client_conn', cluster.pgbouncer.maxClientConn],
          ['default_pool_size', cluster.pgbouncer.defaultPoolSize],
          ['reserve_pool_size', 8],
          ['reserve_pool_timeout', 3],
          ['server_lifetime', 3600],
          ['server_idle_timeout', 600],
          ['server_connect_timeout', 5],
          ['query_wait_timeout', 120],
          ['ignore_startup_parameters', 'extra_float_digits'],
          ['application_name_add_host', 1],
          ['log_connections', 0],
          ['log_disconnections', 0],
          ['stats_period', 60],
          ...clientTls(d),
        ],
      ],
    ]),
  );
}

/** Who may connect to pgbouncer: the dbsu through the socket, everyone else with SCRAM. */
export function renderPgbouncerHba(d: ResolvedDeployment): string {
  const rules: [string, string][] = [
    [`local pgbouncer ${DBSU} peer`, 'dbsu reaches the admin console through the socket (and the exporter with it)'],
    [`host all ${DBSU} 0.0.0.0/0 reject`, 'never the dbsu over the network'],
    [`host all ${MONITOR_USER} 127.0.0.1/32 scram-sha-256`, 'monitoring from localhost'],
    ['host all all 127.0.0.1/32 scram-sha-256', 'local clients with a password'],
    [`host all all ${d.network.cidr} scram-sha-256`, 'clients and HAProxy from the deployment network'],
  ];
  const table = columns(rules.map(([rule]) => rule.split(' ')));
  return lines(
    header(),
    rules.flatMap(([, comment], i) => [`# ${comment}`, table[i]]),
  );
}

/**
 * `"user" "verifier"` for every login user exposed through pgbouncer: the same SCRAM verifier
 * Postgres stores (passwords.sql), so pgbouncer checks the client's SCRAM login and logs in to
 * Postgres with the keys that login proved, never holding the password itself. The dbsu is listed without a password: pgbouncer knows only
 * listed users, and the dbsu comes in through the socket with peer authentication.
 */
export function renderPgbouncerUserlist(cluster: ResolvedCluster): string {
  const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;
  return lines(
    `${quote(DBSU)} ""`,
    cluster.users
      .filter((user) => user.pgbouncer && user.login && user.password !== undefined)
      .map((user) => `${quote(user.name)} ${quote(storedPassword(user.password!, user.name))}`),
  );
}
