/**
 * The deployment's topology as a Mermaid flowchart, from the review manifest: the meta nodes
 * with their components and ports, the DCS, each cluster with its members and their spec roles,
 * its HAProxy services and ports, and its VIP.
 */
import type { DeploymentManifest, ManifestCluster, ReviewManifest } from './manifest';

/** A Mermaid node id: letters, digits and underscores only. */
const id = (...parts: string[]): string => parts.join('_').replace(/[^A-Za-z0-9_]/g, '_');

/** A quoted Mermaid label; `#quot;` is Mermaid's escape for a double quote. */
const label = (...lines: string[]): string => `"${lines.map((l) => l.replace(/"/g, '#quot;')).join('<br/>')}"`;

function clusterLines(d: DeploymentManifest, cluster: ManifestCluster): string[] {
  const c = id(d.name, 'cluster', cluster.name);
  const lines = [`  subgraph ${c}[${label(`cluster ${cluster.name}${cluster.synchronous ? ' (synchronous)' : ''}`)}]`, '    direction TB'];
  const services = cluster.services.map((s) => `${s.name} :${s.port} → ${s.destination} (${s.check})`);
  const svc = id(c, 'services');
  lines.push(`    ${svc}[/${label('HAProxy services on every member', ...services)}/]`);
  if (cluster.vip) lines.push(`    ${id(c, 'vip')}{{${label(`VIP ${cluster.vip.address}/${cluster.vip.prefix}`, 'follows the leader')}}}`);
  for (const instance of cluster.instances) {
    const node = d.nodes.find((n) => n.name === instance.node);
    const role = `${instance.role}${instance.offlineQuery ? ', offline queries' : ''}`;
    lines.push(
      `    ${id(c, instance.name)}[${label(`${instance.name}: ${role}`, `node ${instance.node} ${node?.ip ?? instance.ip}`, `postgres :${cluster.ports.postgres} · pgbouncer :${cluster.ports.pgbouncer} · patroni :${cluster.ports.patroni}`)}]`,
    );
  }
  lines.push('  end');
  const primary = cluster.instances.find((i) => i.role === 'primary');
  if (cluster.vip && primary) lines.push(`  ${id(c, 'vip')} -.->|by spec| ${id(c, primary.name)}`);
  for (const instance of cluster.instances) lines.push(`  ${svc} --> ${id(c, instance.name)}`);
  lines.push(`  ${id(c, primary?.name ?? cluster.instances[0].name)} -->|leader lock| ${id(d.name, 'dcs')}`);
  return lines;
}

/** The Mermaid text of every deployment in the manifest. */
export function renderDiagram(manifest: ReviewManifest): string {
  const lines = ['flowchart TB'];
  for (const d of manifest.deployments) {
    const metas = d.nodes.filter((n) => n.meta);
    lines.push(`  subgraph ${id(d.name, 'meta')}[${label(`meta nodes of ${d.name} (${d.network.cidr})`)}]`);
    for (const meta of metas) {
      lines.push(`    ${id(d.name, 'node', meta.name)}[${label(`${meta.name} ${meta.ip}`, ...d.metaComponents.map((c) => `${c.name} :${c.port}`))}]`);
    }
    lines.push('  end');
    lines.push(`  ${id(d.name, 'dcs')}[(${label(`DCS: ${d.dcs.kind} :${d.dcs.port}`, `servers ${d.dcs.servers.join(', ')}`)})]`);
    for (const meta of metas) lines.push(`  ${id(d.name, 'node', meta.name)} --- ${id(d.name, 'dcs')}`);
    for (const cluster of d.clusters) lines.push(...clusterLines(d, cluster));
  }
  return `${lines.join('\n')}\n`;
}
