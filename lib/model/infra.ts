/**
 * The infrastructure every meta node runs as a peer (docs/architecture.md, section 1): Prometheus,
 * Alertmanager, Grafana, Nginx (portal and local package repository), dnsmasq and NTP. Settings
 * are per MetaNode in the constructs and must agree across meta nodes (validated).
 */

/** Where Alertmanager sends notifications. */
export interface AlertReceiverSpec {
  /** `none`: alerts show in Alertmanager and Grafana only. */
  readonly kind: 'none' | 'webhook' | 'email';
  readonly webhookUrl?: string;
  readonly email?: {
    readonly to: string;
    readonly from: string;
    /** host:port of the SMTP relay. */
    readonly smarthost: string;
    readonly authUsername?: string;
    /** Secret. */
    readonly authPassword?: string;
    readonly requireTls?: boolean;
  };
}

/** An apt repository that is not the distribution's (Grafana's, HashiCorp's). */
export interface AptSourceSpec {
  /** The repository line without the signed-by option, e.g. `https://apt.grafana.com stable main`. */
  readonly repository: string;
  /** URL of the repository's armored signing key. */
  readonly keyUrl: string;
}

export interface InfraSpec {
  readonly prometheus?: {
    readonly port?: number;
    /** How long metrics are kept, e.g. `15d`. */
    readonly retention?: string;
    readonly scrapeInterval?: string;
    readonly scrapeTimeout?: string;
    readonly evaluationInterval?: string;
  };
  readonly alertmanager?: { readonly port?: number; readonly clusterPort?: number; readonly receiver?: AlertReceiverSpec };
  readonly grafana?: { readonly enabled?: boolean; readonly port?: number; readonly aptSource?: AptSourceSpec };
  readonly nginx?: { readonly port?: number; readonly tlsPort?: number };
  readonly dns?: { readonly port?: number; readonly upstream?: readonly string[] };
  readonly ntp?: { readonly upstream?: readonly string[] };
  /** Where consul comes from when the DCS is consul (Debian ships none). */
  readonly consulAptSource?: AptSourceSpec;
}

export interface ResolvedInfra {
  readonly prometheus: {
    readonly port: number;
    readonly retention: string;
    readonly scrapeInterval: string;
    readonly scrapeTimeout: string;
    readonly evaluationInterval: string;
  };
  readonly alertmanager: { readonly port: number; readonly clusterPort: number; readonly receiver: AlertReceiverSpec };
  readonly grafana: { readonly enabled: boolean; readonly port: number; readonly aptSource: AptSourceSpec };
  /** tlsPort: the same virtual hosts over https with the node's certificate, when TLS is on. */
  readonly nginx: { readonly port: number; readonly tlsPort: number };
  readonly dns: { readonly port: number; readonly upstream: readonly string[] };
  readonly ntp: { readonly upstream: readonly string[] };
  readonly consulAptSource: AptSourceSpec;
}

export const GRAFANA_APT: AptSourceSpec = { repository: 'https://apt.grafana.com stable main', keyUrl: 'https://apt.grafana.com/gpg.key' };
export const HASHICORP_APT: AptSourceSpec = {
  repository: 'https://apt.releases.hashicorp.com bookworm main',
  keyUrl: 'https://apt.releases.hashicorp.com/gpg',
};

export function resolveInfra(spec: InfraSpec | undefined): ResolvedInfra {
  return {
    prometheus: {
      port: spec?.prometheus?.port ?? 9090,
      retention: spec?.prometheus?.retention ?? '15d',
      scrapeInterval: spec?.prometheus?.scrapeInterval ?? '10s',
      scrapeTimeout: spec?.prometheus?.scrapeTimeout ?? '8s',
      evaluationInterval: spec?.prometheus?.evaluationInterval ?? '10s',
    },
    alertmanager: {
      port: spec?.alertmanager?.port ?? 9093,
      clusterPort: spec?.alertmanager?.clusterPort ?? 9094,
      receiver: spec?.alertmanager?.receiver ?? { kind: 'none' },
    },
    grafana: { enabled: spec?.grafana?.enabled ?? true, port: spec?.grafana?.port ?? 3000, aptSource: spec?.grafana?.aptSource ?? GRAFANA_APT },
    nginx: { port: spec?.nginx?.port ?? 80, tlsPort: spec?.nginx?.tlsPort ?? 443 },
    dns: { port: spec?.dns?.port ?? 53, upstream: [...(spec?.dns?.upstream ?? [])] },
    ntp: { upstream: [...(spec?.ntp?.upstream ?? ['0.debian.pool.ntp.org', '1.debian.pool.ntp.org'])] },
    consulAptSource: spec?.consulAptSource ?? HASHICORP_APT,
  };
}

/** A Prometheus duration (`10s`, `1m`, `15d`) in seconds; undefined when it is not one. */
export function durationSeconds(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const match = /^(\d+)(ms|s|m|h|d|w|y)$/.exec(text);
  if (!match) return undefined;
  const unit: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400, w: 604800, y: 31536000 };
  return Number(match[1]) * unit[match[2]];
}
