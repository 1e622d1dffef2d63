/** Exporters of a database node: postgres_exporter (9630), pgbouncer exporter (9631), node_exporter (9100). */
import type { ResolvedDeployment } from '../model';
import { MONITOR_USER } from '../model';
import { envFile } from './text';

/** postgres_exporter's environment: its DSN parts, with the monitor password (secret). */
export function renderPgExporterEnv(d: ResolvedDeployment): string {
  return envFile(
    {
      DATA_SOURCE_URI: `127.0.0.1:${d.ports.postgres}/postgres?sslmode=disable`,
      DATA_SOURCE_USER: MONITOR_USER,
      DATA_SOURCE_PASS: d.secrets.monitorPassword,
      ARGS: `--web.listen-address=:${d.ports.pgExporter} --auto-discover-databases --exclude-databases=template0,template1`,
    },
    'postgres_exporter connection (secret: holds the monitor password).',
  );
}

export function renderNodeExporterEnv(d: ResolvedDeployment): string {
  return envFile({ ARGS: `--web.listen-address=:${d.ports.nodeExporter} --collector.systemd --collector.processes` });
}
