/**
 * The deployment as a Pigsty-style inventory (YAML), for teams that also run Pigsty's own
 * playbooks against the same nodes: groups `infra` and `etcd` for the meta nodes, and one group
 * per cluster with `hosts` (pg_seq, pg_role, pg_offline_query) and `vars` (pg_cluster, pg_users,
 * pg_databases, pg_services, the VIP; not HBA rules, where Pigsty has defaults of its own). Field names follow Pigsty's documented
 * parameters. No password: pg_users lists the users only; set their passwords where Pigsty
 * keeps secrets.
 */
import { stringify } from 'yaml';
import type { DeploymentManifest, ManifestCluster, ReviewManifest } from './manifest';

/** The four services every cluster has by default in Pigsty too (pg_default_services). */
const DEFAULT_SERVICES = ['primary', 'replica', 'default', 'offline'];

const omitUndefined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

function clusterGroup(cluster: ManifestCluster): object {
  const hosts = Object.fromEntries(
    cluster.instances.map((i) => [i.ip, omitUndefined({ pg_seq: i.seq, pg_role: i.role, pg_offline_query: i.offlineQuery || undefined })]),
  );
  const vars: Record<string, unknown> = { pg_cluster: cluster.name };
  vars.pg_users = cluster.users.map((u) =>
    omitUndefined({
      name: u.name,
      login: u.login,
      superuser: u.superuser,
      createdb: u.createdb,
      createrole: u.createrole,
      replication: u.replication,
      bypassrls: u.bypassrls,
      connlimit: u.connectionLimit,
      pgbouncer: u.pgbouncer,
      roles: u.roles.length > 0 ? [...u.roles] : undefined,
      comment: u.comment,
    }),
  );
  vars.pg_databases = cluster.databases.map((db) =>
    omitUndefined({
      name: db.name,
      owner: db.owner,
      template: db.template,
      encoding: db.encoding,
      locale: db.locale,
      schemas: db.schemas.length > 0 ? [...db.schemas] : undefined,
      extensions: db.extensions.length > 0 ? db.extensions.map((name) => ({ name })) : undefined,
      pgbouncer: db.pgbouncer,
      pool_size: db.poolSize,
      comment: db.comment,
    }),
  );
  const custom = cluster.services.filter((s) => !DEFAULT_SERVICES.includes(s.name));
  if (custom.length > 0) {
    vars.pg_services = custom.map((s) => ({
      name: s.name,
      port: s.port,
      ip: '*',
      // A JMESPath filter over the cluster's hosts, as Pigsty's selectors are: the members by seq.
      selector: `[? contains(\`${JSON.stringify(cluster.instances.filter((i) => s.members.includes(i.name)).map((i) => i.seq))}\`, pg_seq)]`,
      dest: s.destination === 'pgbouncer' || s.destination === 'postgres' ? s.destination : Number(s.destination),
      check: s.check,
    }));
  }
  if (cluster.vip) {
    vars.pg_vip_enabled = true;
    vars.pg_vip_address = `${cluster.vip.address}/${cluster.vip.prefix}`;
    vars.pg_vip_interface = cluster.vip.interface;
  }
  if (Object.keys(cluster.parameters).length > 0) vars.pg_parameters = { ...cluster.parameters };
  return { hosts, vars };
}

function deploymentGroups(d: DeploymentManifest): Record<string, object> {
  const metas = d.nodes.filter((n) => n.meta);
  const groups: Record<string, object> = {
    infra: { hosts: Object.fromEntries(metas.map((m, i) => [m.ip, { infra_seq: i + 1 }])) },
  };
  if (d.dcs.kind === 'etcd') {
    groups.etcd = { hosts: Object.fromEntries(metas.map((m, i) => [m.ip, { etcd_seq: i + 1 }])), vars: { etcd_cluster: 'etcd' } };
  }
  for (const cluster of d.clusters) groups[cluster.name] = clusterGroup(cluster);
  return groups;
}

/** The inventory of the manifest's deployment (the first, or the one named). */
export function renderInventory(manifest: ReviewManifest, deployment?: string): string {
  const d = deployment ? manifest.deployments.find((x) => x.name === deployment) : manifest.deployments[0];
  if (!d)
    throw new Error(`the manifest has no deployment ${JSON.stringify(deployment)}: it has ${manifest.deployments.map((x) => x.name).join(', ') || 'none'}`);
  const header = `# Pigsty-style inventory of deployment ${d.name}, written by pigsty-plan --inventory from the review manifest.\n# No passwords: set them where Pigsty keeps secrets.\n`;
  const body = { all: { children: deploymentGroups(d), vars: { pg_version: d.pgVersion, admin_ip: d.nodes.find((n) => n.meta)?.ip } } };
  return header + stringify(JSON.parse(JSON.stringify(body)), { lineWidth: 0 });
}
