/**
 * What `npm run sandbox` prints once the local sandbox is up: how to reach it and how to remove
 * it, computed from the sandbox's own resolved model (addresses, ports, demo logins), so it says
 * what was deployed. Run: node dist/stacks/sandbox-access.js <stack> <ssh key path>
 */
import type { ResolvedDeployment } from '../lib/model';
import { resolveDeployment, sandboxMetaNodes, sandboxSpec } from '../lib/model';

export interface AccessOptions {
  readonly stack: string;
  /** The SSH private key the sandbox's admin logs in with. */
  readonly key: string;
  /** The command that removes the sandbox. */
  readonly destroy: string;
}

/** The read-write and read-only services of each cluster, as psql URLs with its first login, plus the portal, SSH and the way out. */
export function sandboxAccess(d: ResolvedDeployment, options: AccessOptions): string[] {
  const lines = [`${options.stack} is up: ${d.nodes.map((node) => `${node.name} ${node.ip}`).join(', ')}`, ''];
  const what: Readonly<Record<string, string>> = { primary: 'read-write, pooled', replica: 'read-only, replicas' };
  for (const cluster of d.clusters) {
    // The first database, as its owner reaches it.
    const database = cluster.databases[0];
    const user = cluster.users.find((u) => u.name === database?.owner && u.password !== undefined);
    if (!user || !database) continue;
    const host = cluster.vip?.address ?? cluster.instances[0].ip;
    for (const service of cluster.services.filter((s) => s.shortName in what)) {
      lines.push(`psql postgres://${user.name}:${user.password}@${host}:${service.port}/${database.name}   # ${cluster.name} ${what[service.shortName]}`);
    }
  }
  const meta = d.metaNodes[0];
  const domain = d.network.domain;
  lines.push(`curl -H 'Host: p.${domain}' http://${meta.ip}/   # Prometheus, through the portal on ${meta.name}`);
  lines.push(`curl -H 'Host: a.${domain}' http://${meta.ip}/   # Alertmanager`);
  if (d.infra.grafana.enabled) lines.push(`curl -H 'Host: g.${domain}' http://${meta.ip}/   # Grafana (admin / ${d.secrets.grafanaAdminPassword})`);
  const node = d.nodes.find((n) => !n.isMeta) ?? meta;
  lines.push(`ssh -i ${options.key} ${d.admin.user}@${node.ip}   # then: sudo patronictl -c /etc/patroni/patroni.yml list`);
  lines.push('', `These are the sandbox's documented demo passwords. Remove it with: ${options.destroy}`);
  return lines;
}

/** The local sandbox of a stack, as stacks/main.ts builds it: one or three meta nodes, no Grafana. */
export function localSandboxModel(stack: string): ResolvedDeployment {
  const metaCount = stack === 'sandbox-local-3meta' ? 3 : 1;
  const spec = sandboxSpec([], metaCount);
  return resolveDeployment({ ...spec, metaNodes: sandboxMetaNodes(metaCount).map((meta) => ({ ...meta, infra: { grafana: { enabled: false } } })) });
}

if (require.main === module) {
  const [stack = 'sandbox-local', key = '.sandbox/ssh/id_ed25519'] = process.argv.slice(2);
  process.stdout.write(`${sandboxAccess(localSandboxModel(stack), { stack, key, destroy: 'npm run sandbox:destroy' }).join('\n')}\n`);
}
