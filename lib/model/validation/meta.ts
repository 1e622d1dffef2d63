/** Meta nodes and the DCS: how many meta nodes the quorum has, their names and sizes, the DCS settings. */
import { DNS_LABEL } from '../names';
import type { ResolvedNode } from '../resolved';
import { DCS_KINDS, ETCD_APIS } from '../spec';
import { choices, isOneOf, show, sizeRules } from './helpers';
import type { RuleSet } from './rule';

/** Meta node counts a DCS quorum can have. */
const QUORUM_SIZES = [1, 3, 5];

export const metaRules: RuleSet = {
  deployment: [
    {
      code: 'meta-count',
      check: (d) => {
        const count = d.metaNodes.length;
        if (QUORUM_SIZES.includes(count)) return undefined;
        return (
          `metaNodes has ${count} node(s): the DCS quorum needs 1, 3 or 5 meta nodes. ` +
          (count % 2 === 0 && count > 0 ? 'An even count adds no fault tolerance; add or remove one.' : 'Use 1 for a lab, 3 for production.')
        );
      },
    },
    {
      code: 'dcs-kind',
      check: (d) =>
        isOneOf(DCS_KINDS, d.dcs.kind)
          ? undefined
          : `dcs.kind ${show(d.dcs.kind)} is unknown: use ${choices(DCS_KINDS, { quote: true, notes: { etcd: 'default' } })}.`,
    },
    {
      code: 'dcs-etcd-api',
      check: (d) =>
        isOneOf(ETCD_APIS, d.dcs.etcdApi)
          ? undefined
          : `dcs.etcdApi ${show(d.dcs.etcdApi)} is unknown: use ${choices(ETCD_APIS, {
              quote: true,
              notes: { v2: "default; Debian's vip-manager 1.0 needs it", v3: 'with vip-manager 2.x' },
            })}.`,
    },
    {
      code: 'dcs-namespace',
      check: (d) =>
        typeof d.dcs.namespace === 'string' && /^\/([a-z0-9_-]+\/)+$/.test(d.dcs.namespace)
          ? undefined
          : `dcs.namespace ${show(d.dcs.namespace)} must start and end with '/' (e.g. "/pg/").`,
    },
  ],
  metaNode: [
    {
      code: 'meta-hostname',
      check: (m) =>
        typeof m.name === 'string' && DNS_LABEL.test(m.name)
          ? undefined
          : `meta node ${show(m.name)}: hostname is invalid: use a DNS label such as "meta" or "meta-1".`,
    },
    ...sizeRules<ResolvedNode>(
      { cpus: 'meta-size-cpus', memory: 'meta-size-memory', disk: 'meta-size-disk' },
      (m) => `meta node ${show(m.name)}`,
      (m) => m.size,
    ),
  ],
};
