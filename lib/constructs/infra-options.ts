/** Typed options of the infrastructure a MetaNode runs (Prometheus, Alertmanager, Grafana, ...). */
import type { AlertReceiverSpec, AptSourceSpec, PackageSource } from '../model';
import { boolean, checkArgument, optional, secret, shape, string } from '../model/validation/props';

/** SMTP settings: `to`, `from`, `smarthost` (`host:port`), optional auth; requireTls defaults to true. */
export type EmailReceiverOptions = NonNullable<AlertReceiverSpec['email']>;

/** Where Alertmanager sends notifications. */
export class AlertReceiver {
  /** No notifications: alerts show in Alertmanager and Grafana (default). */
  static none(): AlertReceiver {
    return new AlertReceiver({ kind: 'none' });
  }

  /** POST to a webhook (Slack-compatible bridges, PagerDuty, a chat bot...). */
  static webhook(url: string): AlertReceiver {
    checkArgument('AlertReceiver.webhook()', 'url', url, string);
    return new AlertReceiver({ kind: 'webhook', webhookUrl: url });
  }

  /** Mail through an SMTP relay; the password (a secret) is kept in its own 0600 file. */
  static email(options: EmailReceiverOptions): AlertReceiver {
    const fields = {
      to: string,
      from: string,
      smarthost: string,
      authUsername: optional(string),
      authPassword: optional(secret(string)),
      requireTls: optional(boolean),
    };
    checkArgument('AlertReceiver.email()', 'options', options, shape(fields));
    return new AlertReceiver({ kind: 'email', email: options });
  }

  private constructor(/** @internal */ readonly spec: AlertReceiverSpec) {}
}

/** Where the nodes get their packages. */
export class PackageRepo {
  /** From the distribution's mirrors (default). The meta nodes still serve their repository. */
  static readonly UPSTREAM = new PackageRepo('upstream');
  /** Offline: nodes other than meta nodes install only from the meta nodes' local repository. */
  static readonly META_ONLY = new PackageRepo('meta');
  private constructor(/** @internal */ readonly value: PackageSource) {}
}

export interface PrometheusOptions {
  /** @default 9090 */
  readonly port?: number;
  /** @default '15d' */
  readonly retention?: string;
  /** @default '10s' */
  readonly scrapeInterval?: string;
  /** Must not exceed scrapeInterval. @default '8s' */
  readonly scrapeTimeout?: string;
  /** @default '10s' */
  readonly evaluationInterval?: string;
}

export interface AlertmanagerOptions {
  /** @default 9093 */
  readonly port?: number;
  /** Gossip port between the meta nodes' Alertmanagers. @default 9094 */
  readonly clusterPort?: number;
  /** @default AlertReceiver.none() */
  readonly receiver?: AlertReceiver;
}

export interface GrafanaOptions {
  /** Debian ships no Grafana: it comes from `aptSource`. @default true */
  readonly enabled?: boolean;
  /** @default 3000 */
  readonly port?: number;
  /** @default Grafana's apt repository */
  readonly aptSource?: AptSourceSpec;
}

export interface DnsOptions {
  /** @default 53 */
  readonly port?: number;
  /** Resolvers for names outside the deployment. @default the platform's (libvirt: the NAT gateway) */
  readonly upstream?: string[];
}

export interface NtpOptions {
  /** @default ['0.debian.pool.ntp.org', '1.debian.pool.ntp.org'] */
  readonly upstream?: string[];
}
