/**
 * HAProxy on every database node: the cluster's services, and the admin page with Prometheus
 * metrics. The admin password stays in /etc/default/haproxy (secret), which the Debian unit
 * loads as environment; the config refers to it as "${HAPROXY_ADMIN_PASSWORD}".
 */
import type { HealthCheckTiming, ResolvedCluster, ResolvedDeployment, ResolvedService } from '../model';
import { envFile, header, lines } from './text';

export const HAPROXY_ADMIN_USER = 'admin';

function ms(value: number): string {
  return value % 1000 === 0 ? `${value / 1000}s` : `${value}ms`;
}

/** Pigsty's server defaults, with check timings from the cluster's RTO preset. */
function defaultServer(check: HealthCheckTiming, maxconn: number): string {
  return [
    'default-server',
    `inter ${ms(check.interMs)} fastinter ${ms(check.fastinterMs)} downinter ${ms(check.downinterMs)}`,
    `rise ${check.rise} fall ${check.fall}`,
    'on-marked-down shutdown-sessions slowstart 30s',
    `maxconn ${maxconn} maxqueue 256`,
  ].join(' ');
}

function serviceSection(d: ResolvedDeployment, cluster: ResolvedCluster, service: ResolvedService): string[] {
  const selector = service.selector
    ? `selected: ${[
        ...(service.selector.roles ?? []).map((role) => `role ${role}`),
        ...(service.selector.offlineQuery ? ['offline queries'] : []),
        ...(service.selector.seqs ?? []).map((seq) => `seq ${seq}`),
      ].join(', ')}; others are backups`
    : 'every member';
  return [
    `# ${service.name}: ${service.check} members on :${service.destinationPort} (${selector})`,
    `listen ${service.name}`,
    `    bind *:${service.port}`,
    '    mode tcp',
    `    maxconn ${service.maxconn}`,
    `    balance ${service.balance}`,
    '    option httpchk',
    '    option http-keep-alive',
    `    http-check send meth OPTIONS uri ${service.check}`,
    '    http-check expect status 200',
    `    ${defaultServer(cluster.ha.check, service.maxconn)}`,
    ...service.members.map(
      ({ instance, backup }) =>
        `    server ${instance.name} ${instance.ip}:${service.destinationPort} check port ${d.ports.patroni} weight ${instance.weight}${backup ? ' backup' : ''}`,
    ),
  ];
}

/** haproxy.cfg of a node; `cluster` is the cluster whose member runs on it, if any. */
export function renderHaproxyConfig(d: ResolvedDeployment, cluster: ResolvedCluster | undefined): string {
  return lines(
    header(),
    'global',
    '    # maxconn follows the file descriptor limit, capped here; an explicit maxconn would fail where the limit is low.',
    '    fd-hard-limit 131072',
    '    log /dev/log local0 notice',
    '    user haproxy',
    '    group haproxy',
    '    stats socket /run/haproxy/admin.sock mode 660 level admin expose-fd listeners',
    '    stats timeout 30s',
    '',
    'defaults',
    '    mode tcp',
    '    log global',
    '    option dontlognull',
    '    # A member that just died may not be marked down yet: a failed connection is retried on',
    '    # another member, so clients of the read services do not see the failover.',
    '    option redispatch 1',
    '    retries 2',
    '    timeout connect 1s',
    '    timeout client 24h',
    '    timeout server 24h',
    '    timeout check 3s',
    '    timeout queue 10s',
    '',
    '# Admin page (authenticated) and Prometheus metrics at /metrics (open, for scraping).',
    'listen admin',
    `    bind *:${d.ports.haproxyAdmin}`,
    '    mode http',
    '    option httplog',
    '    timeout client 30s',
    '    timeout server 30s',
    '    http-request use-service prometheus-exporter if { path /metrics }',
    '    stats enable',
    '    stats uri /',
    '    stats refresh 10s',
    '    stats show-node',
    '    stats show-legends',
    '    stats auth "${HAPROXY_ADMIN_USER}:${HAPROXY_ADMIN_PASSWORD}"',
    '    stats admin if TRUE',
    ...(cluster ? cluster.services.flatMap((service) => ['', ...serviceSection(d, cluster, service)]) : []),
  );
}

/** /etc/default/haproxy: the admin credentials, as environment of the unit. */
export function renderHaproxyEnv(d: ResolvedDeployment): string {
  return envFile({ HAPROXY_ADMIN_USER, HAPROXY_ADMIN_PASSWORD: d.secrets.haproxyAdminPassword }, 'HAProxy admin credentials (secret).');
}
