/** An HBA rule of a cluster, added after the platform's default rules. */
import type { HbaRuleRole, HbaRuleSpec } from '../model';
import { boolean, checkArgument, option, optional, shape, string, type Fields } from '../model/validation/props';

export class HbaMethod {
  static readonly SCRAM_SHA_256 = new HbaMethod('scram-sha-256');
  static readonly PEER = new HbaMethod('peer');
  static readonly CERT = new HbaMethod('cert');
  static readonly REJECT = new HbaMethod('reject');
  /** Only through the local socket: network rules refuse it. */
  static readonly TRUST = new HbaMethod('trust');
  private constructor(/** @internal */ readonly value: string) {}
}

/** Which members install the rule, following each member's role. */
export class HbaMembers {
  static readonly ALL = new HbaMembers('common');
  static readonly PRIMARY = new HbaMembers('primary');
  static readonly REPLICAS = new HbaMembers('replica');
  static readonly OFFLINE = new HbaMembers('offline');
  private constructor(/** @internal */ readonly value: HbaRuleRole) {}
}

export interface HbaRuleOptions {
  /** Database name, `all`, or a comma list. */
  readonly database: string;
  /** User name, `all`, `+role` (members of a role), or a comma list. */
  readonly user: string;
  /** @default HbaMethod.SCRAM_SHA_256 */
  readonly method?: HbaMethod;
  /** @default HbaMembers.ALL */
  readonly members?: HbaMembers;
  /** A line of explanation written above the rule. @default none */
  readonly comment?: string;
}

export interface NetworkHbaRuleOptions extends HbaRuleOptions {
  /** A CIDR, or `cluster` (the deployment network), or `world` (0.0.0.0/0). */
  readonly address: string;
  /** @default false: plain and TLS connections */
  readonly sslOnly?: boolean;
}

const RULE_OPTIONS: Fields = {
  database: string,
  user: string,
  method: optional(option(HbaMethod)),
  members: optional(option(HbaMembers)),
  comment: optional(string),
};

export class HbaRule {
  /** A rule for connections from the network. */
  static host(options: NetworkHbaRuleOptions): HbaRule {
    checkArgument('HbaRule.host()', 'options', options, shape({ ...RULE_OPTIONS, address: string, sslOnly: optional(boolean) }));
    return new HbaRule({ ...HbaRule.common(options), type: options.sslOnly ? 'hostssl' : 'host', address: options.address });
  }

  /** A rule for connections through the local socket. */
  static local(options: HbaRuleOptions): HbaRule {
    checkArgument('HbaRule.local()', 'options', options, shape(RULE_OPTIONS));
    return new HbaRule({ ...HbaRule.common(options), type: 'local' });
  }

  private static common(options: HbaRuleOptions): Omit<HbaRuleSpec, 'type'> {
    return {
      database: options.database,
      user: options.user,
      method: (options.method ?? HbaMethod.SCRAM_SHA_256).value,
      role: options.members?.value,
      comment: options.comment,
    };
  }

  private constructor(/** @internal */ readonly spec: HbaRuleSpec) {}
}
