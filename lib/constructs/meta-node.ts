/** A meta node: the deployment's infrastructure (DCS server, and later monitoring, DNS, NTP...). */
import { Construct } from 'constructs';
import type { AptSourceSpec, MetaNodeSpec } from '../model';
import { openScope } from './build-once';
import { AlertmanagerOptions, AlertReceiver, DnsOptions, GrafanaOptions, NtpOptions, PackageRepo, PrometheusOptions } from './infra-options';
import { arrayOf, boolean, number, option, optional, shape, string } from '../model/validation/props';
import { NODE_SIZE, type NodeSizeProps } from './pg-cluster';

export interface MetaNodeProps {
  /** Static address in the deployment network. */
  readonly ip: string;
  /** @default the construct id */
  readonly hostname?: string;
  /** @default 2 vCPU, 4096 MiB, 40 GiB */
  readonly size?: NodeSizeProps;
  /** Every meta node of a deployment must have the same infrastructure options. @default see PrometheusOptions */
  readonly prometheus?: PrometheusOptions;
  /** @default see AlertmanagerOptions */
  readonly alertmanager?: AlertmanagerOptions;
  /** @default see GrafanaOptions */
  readonly grafana?: GrafanaOptions;
  /** Nginx: the portal (g/p/a/c/h/n.<domain>) and the package repository; with TLS the same on tlsPort. @default port 80, tlsPort 443 */
  readonly nginx?: { readonly port?: number; readonly tlsPort?: number };
  /** dnsmasq. @default see DnsOptions */
  readonly dns?: DnsOptions;
  /** chrony. @default see NtpOptions */
  readonly ntp?: NtpOptions;
  /** Where consul comes from when the DCS is consul. @default HashiCorp's apt repository */
  readonly consulAptSource?: AptSourceSpec;
  /**
   * Where the deployment's nodes install packages from.
   * @default PackageRepo.UPSTREAM
   */
  readonly repo?: PackageRepo;
}

const APT_SOURCE = shape({ repository: string, keyUrl: string });

const META_PROPS = {
  ip: string,
  hostname: optional(string),
  size: optional(NODE_SIZE),
  prometheus: optional(
    shape({
      port: optional(number),
      retention: optional(string),
      scrapeInterval: optional(string),
      scrapeTimeout: optional(string),
      evaluationInterval: optional(string),
    }),
  ),
  alertmanager: optional(shape({ port: optional(number), clusterPort: optional(number), receiver: optional(option(AlertReceiver)) })),
  grafana: optional(shape({ enabled: optional(boolean), port: optional(number), aptSource: optional(APT_SOURCE) })),
  nginx: optional(shape({ port: optional(number), tlsPort: optional(number) })),
  dns: optional(shape({ port: optional(number), upstream: optional(arrayOf(string)) })),
  ntp: optional(shape({ upstream: optional(arrayOf(string)) })),
  consulAptSource: optional(APT_SOURCE),
  repo: optional(option(PackageRepo)),
};

export class MetaNode extends Construct {
  readonly hostname: string;
  readonly ip: string;

  constructor(
    scope: Construct,
    id: string,
    private readonly props: MetaNodeProps,
  ) {
    super(
      openScope(scope, {
        what: `MetaNode ${JSON.stringify(typeof props?.hostname === 'string' ? props.hostname : id)}`,
        example: `new MetaNode(deployment, ${JSON.stringify(id)}, { ip: '10.10.10.10' }) with a Deployment as the scope`,
        props: [props, META_PROPS],
      }),
      id,
    );
    this.hostname = props.hostname ?? id;
    this.ip = props.ip;
  }

  /** The package source the meta node's options choose (the Deployment reads it). */
  get repo(): PackageRepo | undefined {
    return this.props.repo;
  }

  /** @internal */
  toSpec(): MetaNodeSpec {
    const p = this.props;
    return {
      hostname: this.hostname,
      ip: p.ip,
      size: p.size,
      infra: {
        prometheus: p.prometheus,
        alertmanager: p.alertmanager && { ...p.alertmanager, receiver: p.alertmanager.receiver?.spec },
        grafana: p.grafana,
        nginx: p.nginx,
        dns: p.dns,
        ntp: p.ntp,
        consulAptSource: p.consulAptSource,
      },
    };
  }
}
