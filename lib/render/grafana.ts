/**
 * Grafana on every meta node: its server settings (plain), its credentials (secret env file),
 * and provisioned datasources (Prometheus, the meta database) and dashboards. Its own state lives
 * in the meta database when the meta cluster (the one on the meta nodes, pg-meta in the sandbox)
 * has a `grafana` database, else in SQLite.
 */
import type { ResolvedCluster, ResolvedDeployment } from '../model';
import { MONITOR_USER } from '../model';
import { PATHS } from './paths';
import { envFile, header, lines, toYaml } from './text';

function metaCluster(d: ResolvedDeployment): ResolvedCluster | undefined {
  return d.clusters.find((cluster) => cluster.name === d.metaCluster);
}

/** Grafana's backend database: the meta cluster's `grafana` database and its owner, if both exist. */
export function grafanaBackend(d: ResolvedDeployment): { user: string; password: string } | undefined {
  const cluster = metaCluster(d);
  const db = cluster?.databases.find((database) => database.name === 'grafana');
  const owner = cluster?.users.find((user) => user.name === db?.owner);
  return owner?.password ? { user: owner.name, password: owner.password } : undefined;
}

/** The meta database through the local HAProxy's `default` service (straight to the primary; every cluster has it). */
function metaEndpoint(cluster: ResolvedCluster): string {
  return `127.0.0.1:${cluster.services.find((s) => s.shortName === 'default')!.port}`;
}

export function renderGrafanaIni(d: ResolvedDeployment): string {
  const g = d.infra.grafana;
  const backend = grafanaBackend(d);
  const meta = metaCluster(d);
  return lines(
    header(';'),
    '[server]',
    '; people reach it through nginx (g.<domain>), Prometheus its metrics through nginx on the node address',
    'http_addr = 127.0.0.1',
    `http_port = ${g.port}`,
    `domain = g.${d.network.domain}`,
    `root_url = http://g.${d.network.domain}/`,
    '',
    '[database]',
    ...(backend && meta
      ? [
          'type = postgres',
          `host = ${metaEndpoint(meta)}`,
          'name = grafana',
          `user = ${backend.user}`,
          '; password: GF_DATABASE_PASSWORD in /etc/default/grafana-server',
          'ssl_mode = disable',
        ]
      : ['type = sqlite3']),
    '',
    '[security]',
    'admin_user = admin',
    '; admin_password: GF_SECURITY_ADMIN_PASSWORD in /etc/default/grafana-server',
    'disable_gravatar = true',
    '',
    '[analytics]',
    'reporting_enabled = false',
    'check_for_updates = false',
    '',
    '[paths]',
    `provisioning = ${PATHS.grafanaProvisioning}`,
  );
}

/** Debian's grafana-server unit reads /etc/default/grafana-server. */
export function renderGrafanaEnv(d: ResolvedDeployment): string {
  const backend = grafanaBackend(d);
  return envFile(
    {
      GF_SECURITY_ADMIN_PASSWORD: d.secrets.grafanaAdminPassword,
      ...(backend ? { GF_DATABASE_PASSWORD: backend.password } : {}),
      PIGSTY_MONITOR_PASSWORD: d.secrets.monitorPassword,
    },
    'Grafana credentials (secret).',
  );
}

export function renderGrafanaDatasources(d: ResolvedDeployment): string {
  const datasources: Record<string, unknown>[] = [
    {
      name: 'Prometheus',
      uid: 'prometheus',
      type: 'prometheus',
      access: 'proxy',
      url: `http://127.0.0.1:${d.infra.prometheus.port}`,
      isDefault: true,
      jsonData: { timeInterval: d.infra.prometheus.scrapeInterval },
    },
  ];
  const meta = metaCluster(d);
  if (meta) {
    datasources.push({
      name: 'Meta',
      uid: 'pg-meta',
      type: 'postgres',
      url: metaEndpoint(meta),
      user: MONITOR_USER,
      jsonData: { database: 'meta', sslmode: 'disable', postgresVersion: d.guest.pgVersion * 100 },
      // Grafana expands environment variables in provisioning files; the password stays in the env file.
      secureJsonData: { password: '${PIGSTY_MONITOR_PASSWORD}' },
    });
  }
  return `${header()}\n${toYaml({ apiVersion: 1, deleteDatasources: [], datasources })}`;
}

export function renderGrafanaDashboardProvider(): string {
  return `${header()}\n${toYaml({
    apiVersion: 1,
    providers: [{ name: 'pigsty', folder: 'Pigsty', type: 'file', disableDeletion: true, allowUiUpdates: false, options: { path: PATHS.grafanaDashboards } }],
  })}`;
}
