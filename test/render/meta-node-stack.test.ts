/**
 * The meta node of the sandbox (etcd, and the single-member cluster pg-meta) brought up with
 * the real programs from exactly the rendered files, in a scratch node that holds the node's
 * address. Proves the files work together, not just that each parses.
 */
import { PATHS } from '../../lib/render/paths';
import { renderAllNodes, sandboxModel } from '../helpers/fixtures';
import { requireProgram } from '../helpers/programs';
import { runInScratchNode } from '../helpers/scratch-node';

const WAIT = `
wait_for() { # wait_for <seconds> <what> <command...>
  local deadline=$((SECONDS + $1)) what=$2; shift 2
  until "$@" >/dev/null 2>&1; do
    if [ $SECONDS -ge $deadline ]; then echo "TIMEOUT waiting for $what"; return 1; fi
    sleep 0.5
  done
  echo "ready: $what"
}
`;

describe('meta node stack from the rendered files', () => {
  const d = sandboxModel();
  const meta = renderAllNodes(d)[0];

  it('starts etcd, Patroni, pgbouncer, HAProxy, vip-manager and the exporters, and routes queries', () => {
    for (const program of ['etcd', 'etcdctl', 'patroni', 'pgbouncer', 'haproxy', 'vip-manager', 'psql', 'unshare']) requireProgram(program);
    const script = `${WAIT}
exec 2>&1
install -d -o postgres -g postgres -m 0750 ${PATHS.pgRoot}
install -d -o etcd -g etcd -m 0700 ${PATHS.etcdData}

runuser -u etcd -- etcd --config-file ${PATHS.etcdConfig} >/tmp/etcd.log 2>&1 &
wait_for 30 etcd etcdctl --endpoints http://10.10.10.10:2379 endpoint health || { cat /tmp/etcd.log; exit 1; }

( set -a; . ${PATHS.patroniEnv}; set +a; exec runuser -u postgres -- patroni ${PATHS.patroniConfig} ) >/tmp/patroni.log 2>&1 &
wait_for 60 "patroni primary" curl -sf http://10.10.10.10:8008/primary || { tail -50 /tmp/patroni.log; exit 1; }
wait_for 30 "postgres accepting" runuser -u postgres -- psql -Atc 'select 1'

runuser -u postgres -- psql -q -f ${PATHS.pgRolesSql}
runuser -u postgres -- psql -q -f ${PATHS.pgPasswordsSql}
runuser -u postgres -- psql -q -f ${PATHS.pgRolesSql}   # idempotent: a second run changes nothing and does not fail

runuser -u postgres -- pgbouncer -d ${PATHS.pgbouncerIni}
( set -a; . ${PATHS.haproxyEnv}; set +a; haproxy -D -f ${PATHS.haproxyConfig} -p /run/haproxy.pid )
vip-manager --config=${PATHS.vipManagerConfig} >/tmp/vip.log 2>&1 &
( set -a; . ${PATHS.pgExporterEnv}; set +a; exec runuser -u prometheus -- prometheus-postgres-exporter $ARGS ) >/tmp/pgexp.log 2>&1 &
( set -a; . ${PATHS.nodeExporterEnv}; set +a; exec runuser -u prometheus -- prometheus-node-exporter $ARGS ) >/dev/null 2>&1 &
runuser -u postgres -- python3 ${PATHS.stepsDir}/pgbouncer_exporter.py --listen 10.10.10.10:9631 >/tmp/pgbexp.log 2>&1 &

wait_for 30 "haproxy primary service up" sh -c "echo 'show servers state pg-meta-primary' | true; PGPASSWORD=DBUser.Meta psql -h 10.10.10.10 -p 5433 -U dbuser_meta -d meta -Atc 'select 1'"
echo "ROUTE5433=$(PGPASSWORD=DBUser.Meta psql -h 10.10.10.10 -p 5433 -U dbuser_meta -d meta -Atc 'select inet_server_addr() is null, pg_is_in_recovery(), current_user')"
echo "ROUTE5436=$(PGPASSWORD=DBUser.DBA psql -h 10.10.10.10 -p 5436 -U dbuser_dba -d postgres -Atc 'select inet_server_addr(), pg_is_in_recovery()')"
echo "ROUTE5434=$(PGPASSWORD=DBUser.Viewer psql -h 10.10.10.10 -p 5434 -U dbuser_view -d meta -Atc 'select pg_is_in_recovery()')"
echo "HBA_ERRORS=$(runuser -u postgres -- psql -Atc 'select count(*) from pg_hba_file_rules where error is not null')"
echo "SETTING_ERRORS=$(runuser -u postgres -- psql -Atc 'select count(*) from pg_file_settings where error is not null')"
echo "SHARED_BUFFERS=$(runuser -u postgres -- psql -Atc 'show shared_buffers')"
echo "MAX_CONNECTIONS=$(runuser -u postgres -- psql -Atc 'show max_connections')"
echo "USERS=$(runuser -u postgres -- psql -Atc "select string_agg(rolname, ',' order by rolname) from pg_roles where rolname ~ '^(db|replicator)'")"
echo "DATABASES=$(runuser -u postgres -- psql -Atc "select string_agg(datname, ',' order by datname) from pg_database where not datistemplate")"
echo "SCHEMA=$(runuser -u postgres -- psql -d meta -Atc "select nspowner::regrole from pg_namespace where nspname = 'pigsty'")"
echo "TRUST_FROM_NETWORK=$(PGPASSWORD=wrong psql -h 10.10.10.10 -p 5432 -U dbuser_meta -d meta -Atc 'select 1' 2>&1 | grep -c 'password authentication failed')"
echo "ADMIN_NOAUTH=$(curl -s -o /dev/null -w '%{http_code}' http://10.10.10.10:9101/)"
echo "ADMIN_AUTH=$(curl -s -o /dev/null -w '%{http_code}' -u admin:Pigsty.HAProxy http://10.10.10.10:9101/)"
echo "HAPROXY_METRICS=$(curl -s http://10.10.10.10:9101/metrics | grep -c '^haproxy_process_')"
wait_for 20 "vip bound" sh -c "ip -4 addr show eth0 | grep -q 10.10.10.2/" || { cat /tmp/vip.log; exit 1; }
echo "VIP=$(ip -4 -o addr show eth0 | grep -o '10.10.10.2/[0-9]*')"
wait_for 20 "pg exporter" sh -c "curl -sf http://10.10.10.10:9630/metrics | grep -q '^pg_up 1'"
wait_for 20 "pgbouncer exporter" curl -sf http://10.10.10.10:9631/metrics || { cat /tmp/pgbexp.log; tail -20 /var/log/postgresql/pgbouncer.log; exit 1; }
wait_for 20 "node exporter" sh -c "curl -sf http://10.10.10.10:9100/metrics | grep -q '^node_load1'"
echo "PGBOUNCER_UP=$(curl -s http://10.10.10.10:9631/metrics | grep '^pgbouncer_up ')"
echo "PGBOUNCER_POOL=$(curl -s http://10.10.10.10:9631/metrics | grep -c '^pgbouncer_pool_cl_active{datname="meta",user="dbuser_meta"}')"
echo DONE
`;
    const result = runInScratchNode({
      files: [...meta.staticFiles, ...meta.files],
      addresses: ['10.10.10.10/24'],
      script,
    });
    const out = result.stdout + result.stderr;
    const value = (key: string): string | undefined => new RegExp(`^${key}=(.*)$`, 'm').exec(out)?.[1];
    const expected: Record<string, string | RegExp> = {
      ROUTE5433: 't|f|dbuser_meta', // through pgbouncer: the server sees its socket
      ROUTE5436: '10.10.10.10|f', // straight to postgres
      ROUTE5434: 'f', // no replica: the primary serves as backup
      HBA_ERRORS: '0',
      SETTING_ERRORS: '0',
      SHARED_BUFFERS: '1GB', // 25% of the meta node's 4 GiB
      MAX_CONNECTIONS: '250',
      USERS: 'dbrole_admin,dbrole_offline,dbrole_readonly,dbrole_readwrite,dbuser_dba,dbuser_grafana,dbuser_meta,dbuser_monitor,dbuser_view,replicator',
      DATABASES: 'grafana,meta,postgres',
      SCHEMA: 'dbuser_meta',
      TRUST_FROM_NETWORK: '1',
      ADMIN_NOAUTH: '401',
      ADMIN_AUTH: '200',
      HAPROXY_METRICS: /^[1-9][0-9]*$/,
      VIP: '10.10.10.2/24',
      PGBOUNCER_UP: 'pgbouncer_up 1',
      PGBOUNCER_POOL: '1', // the pool that the 5433 queries above opened
    };
    const mismatches = Object.entries(expected).filter(([key, want]) => {
      const got = value(key);
      return got === undefined || (typeof want === 'string' ? got !== want : !want.test(got));
    });
    if (result.status !== 0 || !out.includes('DONE') || mismatches.length > 0) {
      throw new Error(`exit ${result.status}; wrong: ${mismatches.map(([key, want]) => `${key} (want ${want}, got ${value(key)})`).join(', ')}\n${out}`);
    }
  });
});
