/** Debian/Ubuntu packages each kind of node needs. */
import type { ResolvedDeployment, ResolvedNode } from '../model';

export function nodePackages(d: ResolvedDeployment, node: ResolvedNode): string[] {
  const packages = ['chrony', 'prometheus-node-exporter', 'curl', 'sudo'];
  // Third-party apt sources (Grafana, HashiCorp) need gpg for their keys.
  if (d.dcs.kind === 'consul' || (node.isMeta && d.infra.grafana.enabled)) packages.push('gpg');
  if (node.isMeta && d.dcs.kind === 'etcd') packages.push('etcd-server', 'etcd-client');
  if (node.isMeta) packages.push('prometheus', 'prometheus-alertmanager', 'nginx', 'dnsmasq');
  // Offline mode: the meta nodes build the repository the other nodes install from.
  if (node.isMeta && d.guest.packageSource === 'meta') packages.push('dpkg-dev');
  if (node.instance) {
    packages.push(
      `postgresql-${d.guest.pgVersion}`,
      'patroni',
      'pgbouncer',
      'haproxy',
      'vip-manager',
      'prometheus-postgres-exporter',
      // The pgbouncer exporter is our own script on python3-psycopg2 (a Patroni dependency).
      'python3-psycopg2',
    );
  }
  return packages;
}

/** What the meta nodes' repository must hold: every package of every node that installs from it. */
export function repositoryPackages(d: ResolvedDeployment): string[] {
  return [...new Set(d.nodes.filter((node) => !node.isMeta).flatMap((node) => nodePackages(d, node)))].sort();
}
