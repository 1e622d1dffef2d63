/** Which systemd units a node starts at first boot, in which order, and which the steps start. */
import type { ResolvedDeployment, ResolvedNode } from '../model';
import { thirdPartyInstall } from '../render/third-party';
import { PATHS } from '../render/paths';
import type { NodeMember } from './node-files';
import type { NodeUnits } from './plan';

/** Our pgbouncer exporter's unit (assets/exporters). */
export const PGBOUNCER_EXPORTER_UNIT = 'pigsty-pgbouncer-exporter';

/** Started on every node at first boot, before anything else. */
const BASE_UNITS = ['chrony', 'prometheus-node-exporter'];

export function nodeUnits(d: ResolvedDeployment, node: ResolvedNode, member: NodeMember | undefined): NodeUnits {
  const start = [...BASE_UNITS];
  const startNoBlock: string[] = [];
  const enableOnly: string[] = [];
  const disable: string[] = [];
  const prepare: string[] = [];
  if (d.dcs.kind === 'consul') {
    prepare.push(...thirdPartyInstall('hashicorp', d.infra.consulAptSource, ['consul']));
    // A consul server waits for its quorum, like etcd.
    startNoBlock.push('consul');
  }
  if (node.isMeta) {
    if (d.dcs.kind === 'etcd') startNoBlock.push('etcd');
    // Debian's nginx site would claim the default server, which is the package repository.
    prepare.push('rm -f /etc/nginx/sites-enabled/default', `install -d -m 0755 ${PATHS.repoDir}`);
    if (d.infra.grafana.enabled) {
      prepare.push(...thirdPartyInstall('grafana', d.infra.grafana.aptSource, ['grafana']));
      // Grafana provisions its dashboards from here; the static-files step brings them.
      prepare.push(`install -d -m 0755 ${PATHS.grafanaDashboards}`);
    }
    start.push('dnsmasq', 'nginx', 'prometheus', 'prometheus-alertmanager', ...(d.infra.grafana.enabled ? ['grafana-server'] : []));
  }
  if (member) {
    disable.push('postgresql');
    // The primary bootstraps the cluster at boot; replicas join later, in the replica step,
    // so that no replica can win the race to initialise the cluster.
    if (member.instance.role === 'primary') start.push('patroni');
    else enableOnly.push('patroni');
    start.push('pgbouncer', 'haproxy', ...(member.cluster.vip ? ['vip-manager'] : []), 'prometheus-postgres-exporter', PGBOUNCER_EXPORTER_UNIT);
  }
  if (member && !member.cluster.vip) disable.push('vip-manager');
  return { start, startNoBlock, enableOnly, disable, prepare };
}

/**
 * The units a member's last step checks: those its cluster needs, which first boot started
 * (not the node's base units, and not Patroni, which the earlier steps checked).
 */
export function memberServiceUnits(units: NodeUnits): string[] {
  return units.start.filter((unit) => !BASE_UNITS.includes(unit) && unit !== 'patroni');
}
