/**
 * Services and ports: a cluster's HAProxy services (names, ports, checks, destinations,
 * balancing, selectors) and every port a meta node listens on.
 */
import { DEFAULT_PORTS } from '../defaults';
import { DNS_LABEL } from '../names';
import { isPatroniCheck, PATRONI_CHECK_PATHS } from '../patroni-checks';
import type { ResolvedDeployment, ResolvedService } from '../resolved';
import { BALANCE_ALGORITHMS, INSTANCE_ROLES, SERVICE_DESTINATIONS } from '../spec';
import { choices, firstDuplicate, firstWhere, isInt, isOneOf, show } from './helpers';
import type { InCluster, RuleSet } from './rule';

/** Ports the platform's components take on every node, by owner. */
const RESERVED_PORTS: Readonly<Record<string, number>> = {
  postgres: DEFAULT_PORTS.postgres,
  pgbouncer: DEFAULT_PORTS.pgbouncer,
  'patroni REST API': DEFAULT_PORTS.patroni,
  node_exporter: DEFAULT_PORTS.nodeExporter,
  'HAProxy admin': DEFAULT_PORTS.haproxyAdmin,
  pg_exporter: DEFAULT_PORTS.pgExporter,
  pgbouncer_exporter: DEFAULT_PORTS.pgbouncerExporter,
  'etcd client': DEFAULT_PORTS.etcdClient,
  'etcd peer': DEFAULT_PORTS.etcdPeer,
  'etcd metrics': DEFAULT_PORTS.etcdMetrics,
};

/** Every port a meta node listens on, by owner: platform components, then its cluster's services. */
function metaPorts(d: ResolvedDeployment): [string, number][] {
  const i = d.infra;
  const ports: [string, number][] = [
    ['prometheus.port', i.prometheus.port],
    ['alertmanager.port', i.alertmanager.port],
    ['alertmanager.clusterPort', i.alertmanager.clusterPort],
    ...(i.grafana.enabled ? [['grafana.port', i.grafana.port] as [string, number]] : []),
    ['nginx.port', i.nginx.port],
    ...(d.tls.enabled ? [['nginx.tlsPort', i.nginx.tlsPort] as [string, number]] : []),
    ['dns.port', i.dns.port],
    ...Object.entries(RESERVED_PORTS),
    ...(d.dcs.kind === 'consul'
      ? ([
          ['consul HTTP', d.ports.consulHttp],
          ['consul DNS', d.ports.consulDns],
        ] as [string, number][])
      : []),
  ];
  // Each cluster once: a cluster with a member on every meta node (pg-meta) has its services once.
  const onMeta = d.clusters.filter((c) => c.instances.some((instance) => d.metaNodes.some((meta) => meta.ip === instance.ip)));
  for (const service of onMeta.flatMap((c) => c.services)) ports.push([`service ${service.name}`, service.port]);
  return ports;
}

const serviceWhere = ({ cluster, item }: InCluster<ResolvedService>): string => `cluster ${show(cluster.name)} service ${show(item.shortName)}`;

export const serviceRules: RuleSet = {
  infra: [
    {
      code: 'infra-port',
      check: (d) => {
        const bad = metaPorts(d).find(([, port]) => !isInt(port, 1, 65535));
        return bad && `meta node ${bad[0]} ${show(bad[1])} is not a port: use a whole number from 1 to 65535.`;
      },
    },
    {
      code: 'infra-port-collision',
      check: (d) => {
        const all = metaPorts(d);
        for (const [index, [owner, port]] of all.entries()) {
          const first = all.findIndex(([, p]) => p === port);
          if (first < index) return `meta node ${owner} ${port} collides with ${all[first][0]} on the meta nodes: give one of them another port.`;
        }
        return undefined;
      },
    },
  ],
  cluster: [
    {
      code: 'service-name-duplicate',
      check: (c) => {
        const name = firstDuplicate(c.services.map((s) => s.shortName));
        return name && `cluster ${show(c.name)}: service ${show(name.value)} is defined twice: give each service its own name.`;
      },
    },
  ],
  service: [
    {
      code: 'service-name',
      check: (s) =>
        typeof s.item.shortName === 'string' && DNS_LABEL.test(s.item.shortName)
          ? undefined
          : `${serviceWhere(s)}: name is invalid: use lowercase letters, digits and '-' (e.g. "standby").`,
    },
    {
      code: 'service-port',
      check: (s) =>
        isInt(s.item.port, 1024, 65535)
          ? undefined
          : `${serviceWhere(s)}: port ${show(s.item.port)} must be a whole number from 1024 to 65535 (custom services conventionally use 5435, 5437, 5439...).`,
    },
    {
      code: 'service-port-collision',
      check: (s) => {
        const first = s.cluster.services.find((o) => o.port === s.item.port);
        if (first === undefined || first === s.item) return undefined;
        return `${serviceWhere(s)}: port ${s.item.port} is already taken by service ${show(first.shortName)}: pick a free port such as 5435, 5437 or 5439.`;
      },
    },
    {
      code: 'service-port-reserved',
      check: (s) => {
        const owner = Object.entries(RESERVED_PORTS).find(([, port]) => port === s.item.port);
        return owner && `${serviceWhere(s)}: port ${s.item.port} is the ${owner[0]} port on every node: pick a free port such as 5435, 5437 or 5439.`;
      },
    },
    {
      code: 'service-check',
      check: (s) =>
        isPatroniCheck(s.item.check)
          ? undefined
          : `${serviceWhere(s)}: check ${show(s.item.check)} is not a Patroni health endpoint: use one of ${PATRONI_CHECK_PATHS.join(', ')} (optionally "?lag=1MB").`,
    },
    {
      code: 'service-destination',
      check: (s) =>
        isInt(s.item.destinationPort, 1, 65535)
          ? undefined
          : `${serviceWhere(s)}: destination is invalid (${show(s.item.destinationPort)}): use ${choices(SERVICE_DESTINATIONS)}, or a port number.`,
    },
    {
      code: 'service-destination-self',
      check: (s) =>
        // A service on a platform port forwards to itself when that port is its destination's: service-port-reserved says so.
        s.item.destinationPort === s.item.port && !Object.values(RESERVED_PORTS).includes(s.item.port)
          ? `${serviceWhere(s)}: destination port ${s.item.port} is the service's own port, so HAProxy would forward every connection back to itself: forward to ServiceDestination.PGBOUNCER, POSTGRES or another port.`
          : undefined,
    },
    {
      code: 'service-balance',
      check: (s) =>
        isOneOf(BALANCE_ALGORITHMS, s.item.balance)
          ? undefined
          : `${serviceWhere(s)}: balance ${show(s.item.balance)} is unknown: use ${BALANCE_ALGORITHMS.join(', ')}.`,
    },
    {
      code: 'service-maxconn',
      check: (s) => (isInt(s.item.maxconn, 1, 1000000) ? undefined : `${serviceWhere(s)}: maxconn ${show(s.item.maxconn)} must be a whole number, at least 1.`),
    },
    {
      code: 'service-selector-role',
      check: (s) => {
        const role = firstWhere(s.item.selector?.roles ?? [], (r) => !isOneOf(INSTANCE_ROLES, r));
        return role && `${serviceWhere(s)}: selector role ${show(role.value)} is unknown: use ${choices(INSTANCE_ROLES)}.`;
      },
    },
    {
      code: 'service-selector-empty',
      check: ({ cluster, item }) =>
        !item.builtin && cluster.instances.length > 1 && item.selector !== undefined && item.members.every((m) => m.backup)
          ? `${serviceWhere({ cluster, item })}: selector matches no instance, so every member would be a backup: fix the selector or leave it out.`
          : undefined,
    },
  ],
};
