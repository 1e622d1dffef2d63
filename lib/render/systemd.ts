/** systemd drop-ins where the Debian units don't fit (config paths, credentials, limits), and our own units. */
import { PATHS } from './paths';
import { header, lines } from './text';

export interface DropIn {
  readonly unit: string;
  readonly path: string;
  readonly content: string;
}

function dropIn(unit: string, ...body: string[]): DropIn {
  return { unit, path: `${PATHS.unitDir}/${unit}.d/pigsty.conf`, content: lines(header(), ...body) };
}

export const PATRONI_DROP_IN = dropIn(
  'patroni.service',
  '[Unit]',
  '# Debian looks for /etc/patroni/config.yml; ours is patroni.yml.',
  'ConditionPathExists=',
  `ConditionPathExists=${PATHS.patroniConfig}`,
  'After=network-online.target etcd.service consul.service',
  'Wants=network-online.target',
  '',
  '[Service]',
  `EnvironmentFile=${PATHS.patroniEnv}`,
  'ExecStart=',
  `ExecStart=/usr/bin/patroni ${PATHS.patroniConfig}`,
  'LimitNOFILE=65536',
  '# Postgres may need a while to stop cleanly under load.',
  'TimeoutStopSec=120',
);

export const PGBOUNCER_DROP_IN = dropIn(
  'pgbouncer.service',
  '[Service]',
  '# max_client_conn is 20000: every client holds a file descriptor.',
  'LimitNOFILE=65536',
  'Restart=on-failure',
);

export const VIP_MANAGER_DROP_IN = dropIn(
  'vip-manager.service',
  '[Unit]',
  'After=network-online.target',
  '',
  '[Service]',
  'ExecStart=',
  `ExecStart=/usr/bin/vip-manager --config=${PATHS.vipManagerConfig}`,
  'Restart=always',
  'RestartSec=1',
);

/** Our pgbouncer exporter (assets/exporters): Debian's does not work with pgbouncer 1.18. */
export function pgbouncerExporterUnit(listen: string): DropIn {
  const unit = 'pigsty-pgbouncer-exporter.service';
  return {
    unit,
    path: `${PATHS.unitDir}/${unit}`,
    content: lines(
      header(),
      '[Unit]',
      'Description=Prometheus exporter for pgbouncer',
      'After=pgbouncer.service',
      '',
      '[Service]',
      'User=postgres',
      `ExecStart=/usr/bin/python3 ${PATHS.stepsDir}/pgbouncer_exporter.py --listen ${listen}`,
      'Restart=always',
      'RestartSec=5',
      '',
      '[Install]',
      'WantedBy=multi-user.target',
    ),
  };
}

/**
 * In a container the clock is the host's: chrony keeps time and serves it without setting the
 * clock (-x), and runs without CAP_SYS_TIME, which Debian's unit requires.
 */
export const CHRONY_SHARED_CLOCK_DROP_IN = dropIn(
  'chrony.service',
  '[Unit]',
  'ConditionCapability=',
  '',
  '[Service]',
  'ExecStart=',
  'ExecStart=!/usr/sbin/chronyd $DAEMON_OPTS -x',
);
