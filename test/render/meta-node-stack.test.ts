/**
 * The meta node of the sandbox (etcd, and the single-member cluster pg-meta) brought up with
 * the real programs from exactly the rendered files, in a scratch node that holds the node's
 * address. Proves the files work together, not just that each parses.
 */
import * as fs from 'fs';
import { dcsSteps } from '../../lib/plan/steps';
import { PATHS, TLS_GROUP } from '../../lib/render/paths';
import { realClient, realKeys, renderAllNodes, sandboxModelWithoutGrafana } from '../helpers/fixtures';
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
  // Grafana is the one component Debian does not ship.
  const d = sandboxModelWithoutGrafana();
  // With the real PKI: etcd over TLS with its users, Postgres and pgbouncer with the node's certificate.
  const meta = renderAllNodes(d, realKeys(d))[0];
  const dcsStep = dcsSteps(d)[0].run;
  const dcsArgs = dcsStep.kind === 'script' ? dcsStep.args.join(' ') : '';
  // Client identities: a pg-test member's etcd user, and a certificate of the CA that names no etcd user.
  const clients = ['node-1', 'stranger'].flatMap((cn) => {
    const files = realClient(d, cn);
    return [
      { path: `/root/pki/${cn}.crt`, content: fs.readFileSync(files.cert, 'utf8') },
      { path: `/root/pki/${cn}.key`, content: fs.readFileSync(files.key, 'utf8'), mode: '0600' },
    ];
  });
  const etcdAs = (cn: string, url: string): string =>
    `curl -s --cacert ${PATHS.tlsCa} --cert /root/pki/${cn}.crt --key /root/pki/${cn}.key https://10.10.10.10:2379${url}`;
  const psqlTls = (host: string, port: number, user: string, password: string, db: string): string =>
    `PGPASSWORD=${password} psql "host=${host} hostaddr=10.10.10.10 port=${port} user=${user} dbname=${db} sslmode=verify-full sslrootcert=${PATHS.tlsCa}"`;

  it('starts etcd, Patroni, pgbouncer, HAProxy, vip-manager, the exporters and the infrastructure, and routes queries', () => {
    for (const program of ['etcd', 'etcdctl', 'patroni', 'pgbouncer', 'haproxy', 'vip-manager', 'psql', 'unshare', 'prometheus', 'nginx', 'dnsmasq'])
      requireProgram(program);
    const script = `${WAIT}
exec 2>&1
install -d -o postgres -g postgres -m 0750 ${PATHS.pgRoot}
install -d -o etcd -g etcd -m 0700 ${PATHS.etcdData}

runuser -u etcd -- etcd --config-file ${PATHS.etcdConfig} >/tmp/etcd.log 2>&1 &
wait_for 30 etcd etcdctl --endpoints https://10.10.10.10:2379 --cacert ${PATHS.tlsCa} --cert ${PATHS.etcdRootCert} --key ${PATHS.etcdRootKey} endpoint health || { cat /tmp/etcd.log; exit 1; }

( set -a; . ${PATHS.patroniEnv}; set +a; exec runuser -u postgres -- patroni ${PATHS.patroniConfig} ) >/tmp/patroni.log 2>&1 &
wait_for 60 "patroni primary" curl -sf http://10.10.10.10:8008/primary || { tail -50 /tmp/patroni.log; exit 1; }
wait_for 30 "postgres accepting" runuser -u postgres -- psql -Atc 'select 1'

# The DCS step as the plan runs it: etcd's users and roles, then authentication on.
bash ${PATHS.stepsDir}/dcs-healthy.sh ${dcsArgs}
bash ${PATHS.stepsDir}/dcs-healthy.sh ${dcsArgs}   # idempotent
# Patroni (its node's etcd user) still reads and writes its cluster's keys: patroni-dcs.sh's push
# (the script itself asks systemd, which a scratch node lacks).
runuser -u postgres -- patronictl -c ${PATHS.patroniConfig} edit-config --apply ${PATHS.patroniDcsConfig} --force >/dev/null && echo "DCS_PUSH=ok"
echo "PATRONI_AFTER_AUTH=$(runuser -u postgres -- patronictl -c ${PATHS.patroniConfig} list -f json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["Role"])')"
echo "ETCD_NO_CERT=$(curl -s -o /dev/null -w '%{http_code}' --cacert ${PATHS.tlsCa} https://10.10.10.10:2379/v2/keys/pg/)"
echo "ETCD_PLAIN_HTTP=$(curl -s -o /dev/null -w '%{http_code}' http://10.10.10.10:2379/v2/keys/pg/)"
echo "ETCD_OTHER_CLUSTER=$(${etcdAs('node-1', '/v2/keys/pg/pg-meta/leader')} | grep -c '"errorCode":110')"
echo "ETCD_OTHER_CLUSTER_WRITE=$(${etcdAs('node-1', '/v2/keys/pg/pg-meta/leader')} -XPUT -d value=pg-test-1 | grep -c '"errorCode":110')"
echo "ETCD_NO_USER=$(${etcdAs('stranger', '/v2/keys/pg/pg-test/')} | grep -c '"errorCode":110')"
echo "ETCD_OWN_CLUSTER=$(${etcdAs('node-1', '/v2/keys/pg/pg-test/probe')} -XPUT -d value=1 | grep -c '"action":"set"')"
echo "ETCD_METRICS=$(curl -s http://10.10.10.10:${d.ports.etcdMetrics}/metrics | grep -c '^etcd_server_has_leader 1')"
echo "ETCD_METRICS_NO_KEYS=$(curl -s -o /dev/null -w '%{http_code}' http://10.10.10.10:${d.ports.etcdMetrics}/v2/keys/pg/)"

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
echo "TLS_5436=$(${psqlTls('pg-meta-1.pigsty', 5436, 'dbuser_dba', 'DBUser.DBA', 'postgres')} -Atc 'select ssl from pg_stat_ssl where pid = pg_backend_pid()')"
echo "TLS_5433_CLUSTER=$(${psqlTls('pg-meta', 5433, 'dbuser_meta', 'DBUser.Meta', 'meta')} -Atc 'select 1')"
echo "TLS_5434_NODE=$(${psqlTls('meta', 5434, 'dbuser_view', 'DBUser.Viewer', 'meta')} -Atc 'select 1')"
echo "TLS_5433_VIP=$(PGPASSWORD=DBUser.Meta psql "host=10.10.10.2 port=5433 user=dbuser_meta dbname=meta sslmode=verify-full sslrootcert=${PATHS.tlsCa}" -Atc 'select 1')"
echo "TLS_WRONG_NAME=$(${psqlTls('elsewhere.example', 5436, 'dbuser_dba', 'DBUser.DBA', 'postgres')} -Atc 'select 1' 2>&1 | grep -c 'does not match host name')"
wait_for 20 "pg exporter" sh -c "curl -sf http://10.10.10.10:9630/metrics | grep -q '^pg_up 1'"
wait_for 20 "pgbouncer exporter" curl -sf http://10.10.10.10:9631/metrics || { cat /tmp/pgbexp.log; tail -20 /var/log/postgresql/pgbouncer.log; exit 1; }
wait_for 20 "node exporter" sh -c "curl -sf http://10.10.10.10:9100/metrics | grep -q '^node_load1'"
echo "PGBOUNCER_UP=$(curl -s http://10.10.10.10:9631/metrics | grep '^pgbouncer_up ')"
echo "PGBOUNCER_POOL=$(curl -s http://10.10.10.10:9631/metrics | grep -c '^pgbouncer_pool_cl_active{datname="meta",user="dbuser_meta"}')"

# The infrastructure, each from its own rendered files, started as its Debian unit would.
dnsmasq --conf-file=${PATHS.dnsmasqConfig} --pid-file=/run/dnsmasq.pid
echo 'nameserver 127.0.0.1' > /etc/resolv.conf
echo "DNS_CLUSTER=$(getent hosts pg-test.pigsty | awk '{print $1}')"
echo "DNS_INSTANCE=$(getent hosts pg-meta-1 | awk '{print $1}')"
echo "DNS_PORTAL=$(getent hosts p.pigsty | awk '{print $1}')"
( set -a; . ${PATHS.prometheusDefault}; set +a; exec runuser -u prometheus -- prometheus $ARGS ) >/tmp/prometheus.log 2>&1 &
( set -a; . ${PATHS.alertmanagerDefault}; set +a; exec runuser -u prometheus -- prometheus-alertmanager $ARGS ) >/tmp/alertmanager.log 2>&1 &
rm -f /etc/nginx/sites-enabled/default
mkdir -p ${PATHS.repoDir}
nginx
cat > /tmp/pg-meta-up.sh <<'EOS'
n=$(curl -s 'http://127.0.0.1:9090/api/v1/query?query=count(up%7Bcls%3D%22pg-meta%22%7D%3D%3D1)' | python3 -c 'import json,sys; r=json.load(sys.stdin)["data"]["result"]; print(r[0]["value"][1] if r else 0)')
[ "$n" = 5 ]
EOS
wait_for 60 "pg-meta scraped" bash /tmp/pg-meta-up.sh || { curl -s http://127.0.0.1:9090/api/v1/targets | python3 -c 'import json,sys; [print(t["labels"].get("job"), t["labels"].get("ins"), t["health"], t["lastError"]) for t in json.load(sys.stdin)["data"]["activeTargets"]]'; exit 1; }
echo "SCRAPED=$(curl -s 'http://127.0.0.1:9090/api/v1/query?query=up%7Bcls%3D%22pg-meta%22%7D' | python3 -c 'import json,sys; print(",".join(sorted(x["metric"]["job"] + "/" + x["metric"]["ins"] for x in json.load(sys.stdin)["data"]["result"])))')"
echo "RULES=$(curl -s http://127.0.0.1:9090/api/v1/rules | python3 -c 'import json,sys; print(sum(len(g["rules"]) for g in json.load(sys.stdin)["data"]["groups"]))')"
wait_for 30 "alertmanager ready" curl -sf http://127.0.0.1:9093/-/ready || { tail -20 /tmp/alertmanager.log; exit 1; }
echo "AM_SEEN_BY_PROMETHEUS=$(curl -s http://127.0.0.1:9090/api/v1/alertmanagers | grep -c '10.10.10.10:9093')"
echo "VHOST_P=$(curl -s -o /dev/null -w '%{http_code}' -H 'Host: p.pigsty' http://10.10.10.10/-/ready)"
echo "VHOST_A=$(curl -s -o /dev/null -w '%{http_code}' -H 'Host: a.pigsty' http://10.10.10.10/-/ready)"
echo "VHOST_H=$(curl -s -H 'Host: h.pigsty' http://10.10.10.10/ | grep -c 'href="/meta/"')"
echo "VHOST_H_PROXY=$(curl -s -o /dev/null -w '%{http_code}' -u admin:Pigsty.HAProxy -H 'Host: h.pigsty' http://10.10.10.10/meta/)"
echo "DEFAULT_SERVER=$(curl -s http://10.10.10.10/ | grep -c 'repo/')"
# Alertmanager behind nginx: who listens on its port, then reads, alerts and silences from a meta node and from elsewhere.
echo "AM_LISTEN=$(ss -Hltnp 'sport = :9093' | awk '{print $4, $6}' | sed 's/users:(("//; s/[^a-z]*".*//' | sort | paste -sd,)"
am() { curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' "$@"; }
SILENCE='{"matchers":[{"name":"alertname","value":"Test","isRegex":false}],"startsAt":"2020-01-01T00:00:00Z","endsAt":"2099-01-01T00:00:00Z","createdBy":"test","comment":"test"}'
ALERT='[{"labels":{"alertname":"Test","severity":"INFO"}}]'
echo "AM_READ_OTHER=$(am --interface 10.10.10.99 http://10.10.10.10:9093/api/v2/status)"
echo "AM_ALERT_META=$(am -X POST -d "$ALERT" http://10.10.10.10:9093/api/v2/alerts)"
echo "AM_ALERT_OTHER=$(am --interface 10.10.10.99 -X POST -d "$ALERT" http://10.10.10.10:9093/api/v2/alerts)"
echo "AM_SILENCE_NOAUTH=$(am --interface 10.10.10.99 -X POST -d "$SILENCE" http://10.10.10.10:9093/api/v2/silences)"
echo "AM_SILENCE_WRONG=$(am --interface 10.10.10.99 -u admin:wrong -X POST -d "$SILENCE" http://10.10.10.10:9093/api/v2/silences)"
echo "AM_SILENCE_VHOST_NOAUTH=$(am --interface 10.10.10.99 -H 'Host: a.pigsty' -X POST -d "$SILENCE" http://10.10.10.10/api/v2/silences)"
echo "AM_SILENCE_AUTH=$(am --interface 10.10.10.99 -u admin:Pigsty.Grafana -X POST -d "$SILENCE" http://10.10.10.10:9093/api/v2/silences)"
echo "AM_RELOAD_NOAUTH=$(am --interface 10.10.10.99 -X POST http://10.10.10.10:9093/-/reload)"
echo "DNS_LISTEN=$(ss -Hlun 'sport = :53' | awk '{print $4}' | sort | paste -sd,)"
# Patroni's unsafe calls: credentials and an allowed address both needed; safe GETs (HAProxy's checks) open.
echo "PATRONI_SAFE_OTHER=$(curl -s -o /dev/null -w '%{http_code}' --interface 10.10.10.99 http://10.10.10.10:8008/health)"
echo "PATRONI_UNSAFE_NOAUTH=$(curl -s -o /dev/null -w '%{http_code}' -X POST http://10.10.10.10:8008/reload)"
echo "PATRONI_UNSAFE_OTHER=$(curl -s -o /dev/null -w '%{http_code}' --interface 10.10.10.99 -u patroni:Pigsty.Patroni -X POST http://10.10.10.10:8008/reload)"
CTL_OUT=$(bash ${PATHS.stepsDir}/patronictl.sh reload pg-meta --force 2>&1 || true)
echo "PATRONI_CTL_RELOAD=$(grep -c 'Reload request received' <<<"$CTL_OUT" || true)"
grep -q 'Reload request received' <<<"$CTL_OUT" || echo "$CTL_OUT"
echo "HTPASSWD_MODE=$(stat -c '%a %U:%G' ${PATHS.portalHtpasswd})"
echo "VHOST_P_TLS=$(curl -s -o /dev/null -w '%{http_code}' --cacert ${PATHS.tlsCa} --resolve p.pigsty:443:10.10.10.10 https://p.pigsty/-/ready)"
echo "VHOST_WRONG_CA=$(curl -s -o /dev/null -w '%{http_code}' --resolve p.pigsty:443:10.10.10.10 https://p.pigsty/-/ready)"
echo DONE
`;
    const result = runInScratchNode({
      prepare: `groupadd -f ${TLS_GROUP} && usermod -a -G ${TLS_GROUP} etcd && usermod -a -G ${TLS_GROUP} postgres`,
      files: [...meta.staticFiles, ...meta.files, ...meta.scripts, meta.stepsEnv, ...clients],
      // .99 stands for a client that is no meta node.
      addresses: ['10.10.10.10/24', '10.10.10.99/24'],
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
      TRUST_FROM_NETWORK: /^[1-9]$/, // libpq tries TLS, then plain: each refused
      ADMIN_NOAUTH: '401',
      ADMIN_AUTH: '200',
      HAPROXY_METRICS: /^[1-9][0-9]*$/,
      VIP: '10.10.10.2/24',
      PGBOUNCER_UP: 'pgbouncer_up 1',
      PGBOUNCER_POOL: '1', // the pool that the 5433 queries above opened
      DNS_CLUSTER: '10.10.10.3', // a cluster name resolves to its VIP
      DNS_INSTANCE: '10.10.10.10',
      DNS_PORTAL: '10.10.10.10',
      SCRAPED: 'haproxy/pg-meta-1,node/meta,patroni/pg-meta-1,pgbouncer/pg-meta-1,pgsql/pg-meta-1',
      RULES: /^[1-9][0-9]+$/,
      AM_SEEN_BY_PROMETHEUS: /^[1-9]/,
      VHOST_P: '200',
      VHOST_A: '200',
      VHOST_H: '1',
      VHOST_H_PROXY: '200',
      DEFAULT_SERVER: '1',
      AM_LISTEN: /^10\.10\.10\.10:9093 nginx,127\.0\.0\.1:9093 prometheus-a/, // Alertmanager on loopback only, nginx on the node address
      AM_READ_OTHER: '200',
      AM_ALERT_META: '200',
      AM_ALERT_OTHER: '403',
      AM_SILENCE_NOAUTH: '401',
      AM_SILENCE_WRONG: '401',
      AM_SILENCE_VHOST_NOAUTH: '401',
      AM_SILENCE_AUTH: '200',
      AM_RELOAD_NOAUTH: '401',
      HTPASSWD_MODE: '640 root:www-data',
      DNS_LISTEN: '10.10.10.10:53,127.0.0.1:53',
      PATRONI_SAFE_OTHER: '200',
      PATRONI_UNSAFE_NOAUTH: '401',
      PATRONI_UNSAFE_OTHER: '403',
      PATRONI_CTL_RELOAD: '1',
      VHOST_P_TLS: '200', // verified with the deployment CA
      VHOST_WRONG_CA: '000', // the system's CAs do not know it
      PATRONI_AFTER_AUTH: 'Leader',
      DCS_PUSH: 'ok',
      ETCD_NO_CERT: '000', // no TLS handshake without a client certificate of the CA
      ETCD_PLAIN_HTTP: /^(000|400)$/,
      ETCD_OTHER_CLUSTER: '1',
      ETCD_OTHER_CLUSTER_WRITE: '1',
      ETCD_NO_USER: '1',
      ETCD_OWN_CLUSTER: '1',
      ETCD_METRICS: '1',
      ETCD_METRICS_NO_KEYS: '404',
      TLS_5436: 't',
      TLS_5433_CLUSTER: '1',
      TLS_5434_NODE: '1',
      TLS_5433_VIP: '1',
      TLS_WRONG_NAME: '1',
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
