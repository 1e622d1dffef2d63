/**
 * Consul, when it is the DCS: servers on the meta nodes (bootstrap_expect = their count, one
 * quorum), an agent on every node, and every process that owns a port registered as a service
 * named after its scrape job, with cls/ins/ip as service meta (Prometheus' consul_sd reads them).
 * Rendered and unit-tested; Debian ships no consul binary (it comes from HashiCorp's apt source).
 */
import type { ResolvedDeployment, ResolvedNode } from '../model';
import { targetGroups } from './prometheus';

export function renderConsulConfig(d: ResolvedDeployment, node: ResolvedNode): string {
  const config = {
    datacenter: d.name,
    node_name: node.name,
    data_dir: '/var/lib/consul',
    bind_addr: node.ip,
    client_addr: `127.0.0.1 ${node.ip}`,
    retry_join: d.metaNodes.map((meta) => meta.ip),
    server: node.isMeta,
    ...(node.isMeta ? { bootstrap_expect: d.metaNodes.length, ui_config: { enabled: true } } : {}),
    ports: { http: d.ports.consulHttp, dns: d.ports.consulDns },
    disable_update_check: true,
    leave_on_terminate: !node.isMeta,
    telemetry: { prometheus_retention_time: '60s', disable_hostname: true },
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** The services of this node (its exporters, Postgres, pgbouncer, Patroni, HAProxy, infra), each with a TCP check. */
export function renderConsulServices(d: ResolvedDeployment, node: ResolvedNode): string {
  const services = targetGroups(d)
    .filter((group) => group.job !== 'consul')
    .flatMap((group) => group.targets.filter((t) => t.ip === node.ip).map((t) => ({ group, target: t })))
    .map(({ group, target }) => {
      const port = Number(target.address.split(':')[1]);
      return {
        id: `${group.job}-${target.ins}`,
        name: group.job,
        address: node.ip,
        port,
        tags: [group.cls, target.ins],
        meta: { cls: group.cls, ins: target.ins, ip: target.ip },
        checks: [{ tcp: `${node.ip}:${port}`, interval: '10s', timeout: '2s' }],
      };
    });
  return `${JSON.stringify({ services }, null, 2)}\n`;
}
