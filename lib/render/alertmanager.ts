/**
 * Alertmanager on every meta node, clustered with its peers: routes by severity to one
 * configurable receiver. The SMTP password, if any, stays in its own secret file.
 */
import type { ResolvedDeployment, ResolvedNode } from '../model';
import { PATHS } from './paths';
import { envFile, header, toYaml } from './text';

function receiver(d: ResolvedDeployment): Record<string, unknown> {
  const r = d.infra.alertmanager.receiver;
  if (r.kind === 'webhook') return { name: 'default', webhook_configs: [{ url: r.webhookUrl, send_resolved: true }] };
  if (r.kind === 'email' && r.email) {
    return {
      name: 'default',
      email_configs: [
        {
          to: r.email.to,
          from: r.email.from,
          smarthost: r.email.smarthost,
          require_tls: r.email.requireTls ?? true,
          ...(r.email.authUsername ? { auth_username: r.email.authUsername } : {}),
          ...(r.email.authPassword ? { auth_password_file: PATHS.alertmanagerSmtpPassword } : {}),
          send_resolved: true,
        },
      ],
    };
  }
  return { name: 'default' };
}

export function renderAlertmanagerConfig(d: ResolvedDeployment): string {
  const severity = (level: string, groupWait: string, repeat: string) => ({
    matchers: [`severity="${level}"`],
    receiver: 'default',
    group_wait: groupWait,
    repeat_interval: repeat,
  });
  const config = {
    global: { resolve_timeout: '5m' },
    route: {
      receiver: 'default',
      group_by: ['alertname', 'cls'],
      group_wait: '30s',
      group_interval: '5m',
      repeat_interval: '4h',
      routes: [severity('CRIT', '10s', '1h'), severity('WARN', '30s', '4h'), severity('INFO', '1m', '24h')],
    },
    // A critical alert on an instance silences the warnings of the same alert there.
    inhibit_rules: [{ source_matchers: ['severity="CRIT"'], target_matchers: ['severity="WARN"'], equal: ['alertname', 'cls', 'ins'] }],
    receivers: [receiver(d)],
  };
  return `${header()}\n${toYaml(config)}`;
}

/** Debian's unit reads ARGS from /etc/default/prometheus-alertmanager; peers gossip on clusterPort. */
export function renderAlertmanagerDefault(d: ResolvedDeployment, node: ResolvedNode): string {
  const a = d.infra.alertmanager;
  const peers = d.metaNodes.filter((m) => m.ip !== node.ip).map((m) => `--cluster.peer=${m.ip}:${a.clusterPort}`);
  return envFile({
    ARGS: [
      `--config.file=${PATHS.alertmanagerConfig}`,
      // nginx serves the node address (lib/render/nginx.ts): reads open, writes authenticated.
      `--web.listen-address=127.0.0.1:${a.port}`,
      `--web.external-url=http://a.${d.network.domain}/`,
      '--web.route-prefix=/',
      `--cluster.listen-address=${node.ip}:${a.clusterPort}`,
      `--cluster.advertise-address=${node.ip}:${a.clusterPort}`,
      ...peers,
    ].join(' '),
  });
}
