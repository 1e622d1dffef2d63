/** Debian/Ubuntu packages each kind of node needs. */
import type { ResolvedDeployment, ResolvedNode } from '../model';

export function nodePackages(d: ResolvedDeployment, node: ResolvedNode): string[] {
  const packages = ['chrony', 'prometheus-node-exporter', 'curl', 'sudo'];
  if (node.isMeta && d.dcs.kind === 'etcd') packages.push('etcd-server', 'etcd-client');
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
