/** A meta node: the deployment's infrastructure (DCS server, and later monitoring, DNS, NTP...). */
import { Construct } from 'constructs';
import type { MetaNodeSpec } from '../model';
import type { NodeSizeProps } from './pg-cluster';

export interface MetaNodeProps {
  /** Static address in the deployment network. */
  readonly ip: string;
  /** @default the construct id */
  readonly hostname?: string;
  /** @default 2 vCPU, 4096 MiB, 40 GiB */
  readonly size?: NodeSizeProps;
}

export class MetaNode extends Construct {
  readonly hostname: string;
  readonly ip: string;

  constructor(scope: Construct, id: string, private readonly props: MetaNodeProps) {
    super(scope, id);
    this.hostname = props.hostname ?? id;
    this.ip = props.ip;
  }

  /** @internal */
  toSpec(): MetaNodeSpec {
    return { hostname: this.hostname, ip: this.props.ip, size: this.props.size };
  }
}
