/**
 * Network and addresses: the deployment network, every node address (meta nodes, instances),
 * the clusters' VIPs, and the names and addresses that must not be shared.
 */
import { isHostOf, parseCidr, parseIpv4 } from '../ip';
import { DNS_DOMAIN } from '../names';
import type { ResolvedCluster, ResolvedDeployment, ResolvedNode } from '../resolved';
import { firstDuplicate, instanceWhere, show } from './helpers';
import type { RuleSet } from './rule';

/** An interface name as the nodes' network-config and vip-manager's config take it. */
const LINUX_INTERFACE = /^[a-z][a-z0-9]{0,14}$/;

/**
 * Why `ip` cannot be a node's or a VIP's address, or undefined when it can. When the network
 * itself is invalid only the address's form is judged: network-cidr reports the network.
 */
function addressProblem(ip: string, d: ResolvedDeployment): string | undefined {
  if (parseIpv4(ip) === undefined) return `is not an IPv4 address: write it as "a.b.c.d".`;
  const cidr = parseCidr(d.network.cidr);
  if (cidr === undefined) return undefined;
  if (ip === d.network.gateway) return `is the network gateway: pick another address in ${d.network.cidr}.`;
  if (!isHostOf(cidr, ip)) return `is outside the network ${d.network.cidr}: pick a host address inside it, or widen network.cidr.`;
  return undefined;
}

/**
 * The member whose address text contains the VIP's (see the vip-text-in-member-ip rule).
 * vip-manager 1.0 (Debian 12's) sees its VIP as bound when the interface's "ip/prefix" text
 * merely contains the VIP's text: a member at 10.10.10.20 never binds VIP 10.10.10.2.
 */
function vipTextClash(c: ResolvedCluster): { vip: string; member: ResolvedCluster['instances'][number] } | undefined {
  const vip = c.vip;
  if (vip === undefined) return undefined;
  const member = c.instances.find((i) => i.ip !== vip.address && `${i.ip}/${vip.prefix}`.includes(vip.address));
  return member && { vip: vip.address, member };
}

export const networkRules: RuleSet = {
  deployment: [
    {
      code: 'network-cidr',
      check: (d) =>
        parseCidr(d.network.cidr) !== undefined
          ? undefined
          : `network.cidr ${show(d.network.cidr)} is not an IPv4 network with a /8../30 prefix and no host bits (e.g. "10.10.10.0/24").`,
    },
    {
      code: 'network-gateway',
      check: (d) => {
        const cidr = parseCidr(d.network.cidr);
        if (cidr === undefined || isHostOf(cidr, d.network.gateway)) return undefined;
        return `network.gateway ${show(d.network.gateway)} is not a host address of ${d.network.cidr}: pick an address inside the network, or leave it out to use the first one.`;
      },
    },
    {
      code: 'network-domain',
      check: (d) =>
        typeof d.network.domain === 'string' && DNS_DOMAIN.test(d.network.domain)
          ? undefined
          : `network.domain ${show(d.network.domain)} is not a DNS domain: use lowercase labels separated by dots (e.g. "pigsty").`,
    },
    {
      code: 'network-interface',
      check: (d) =>
        typeof d.network.interface === 'string' && LINUX_INTERFACE.test(d.network.interface)
          ? undefined
          : `network.interface ${show(d.network.interface)} is not a Linux interface name (e.g. "eth0").`,
    },
    {
      code: 'hostname-duplicate',
      check: (d) => {
        // Two instances with one seq get one derived name: instance-seq-duplicate names that cause.
        const sameInstance = (a: ResolvedNode, b: ResolvedNode): boolean =>
          a.instance !== undefined && a.instance.cluster === b.instance?.cluster && a.instance.seq === b.instance.seq;
        const clash = d.nodes.find((node, i) => d.nodes.slice(0, i).some((earlier) => earlier.name === node.name && !sameInstance(earlier, node)));
        return clash && `node host name ${show(clash.name)} is used by two nodes: set a distinct hostname on one of them.`;
      },
    },
    {
      code: 'vip-duplicate',
      check: (d) => {
        const vip = firstDuplicate(d.clusters.flatMap((c) => (c.vip ? [c.vip.address] : [])));
        return vip && `VIP ${show(vip.value)} is used by two clusters: give each cluster its own VIP.`;
      },
    },
  ],
  metaNode: [
    {
      code: 'meta-ip',
      check: (m, d) => {
        const why = addressProblem(m.ip, d);
        return why && `meta node ${show(m.name)}: ip ${show(m.ip)} ${why}`;
      },
    },
    {
      code: 'meta-ip-duplicate',
      check: (m, d) => {
        const first = d.metaNodes.find((other) => other.ip === m.ip);
        if (first === undefined || first === m) return undefined;
        return `meta node ${show(m.name)}: ip ${show(m.ip)} is already used by meta node ${show(first.name)}: give each meta node its own address.`;
      },
    },
  ],
  instance: [
    {
      code: 'instance-ip',
      check: (s, d) => {
        const why = addressProblem(s.instance.ip, d);
        return why && `${instanceWhere(s)}: ip ${show(s.instance.ip)} ${why}`;
      },
    },
    {
      code: 'instance-ip-duplicate',
      check: (s, d) => {
        const first = d.clusters.flatMap((c) => c.instances).find((i) => i.ip === s.instance.ip);
        if (first === undefined || first === s.instance) return undefined;
        return `${instanceWhere(s)}: ip ${show(s.instance.ip)} is already used by instance ${first.name}: Pigsty runs one instance per node; give this instance its own node address.`;
      },
    },
  ],
  cluster: [
    {
      code: 'vip-address',
      check: (c, d) => {
        if (c.vip === undefined) return undefined;
        const why = addressProblem(c.vip.address, d);
        return why && `cluster ${show(c.name)}: vip.address ${show(c.vip.address)} ${why} An L2 VIP must be in the nodes' subnet.`;
      },
    },
    {
      code: 'vip-is-node',
      check: (c, d) => {
        const vip = c.vip;
        const node = vip && d.nodes.find((n) => n.ip === vip.address);
        return node && `cluster ${show(c.name)}: vip.address ${show(node.ip)} is the address of node ${show(node.name)}: pick a free address for the VIP.`;
      },
    },
    {
      code: 'vip-text-in-member-ip',
      check: (c) => {
        const clash = vipTextClash(c);
        if (clash === undefined) return undefined;
        const { vip, member } = clash;
        return `cluster ${show(c.name)}: vip.address ${show(vip)} is contained in the address ${member.ip} of member ${member.name}, and vip-manager 1.0 (Debian 12) then takes the VIP for bound there and never binds it when ${member.name} leads: pick a VIP or member address that is not part of the other (e.g. not ${vip} with ${member.ip}).`;
      },
    },
    {
      code: 'vip-interface',
      check: (c, d) =>
        // A VIP on the network's interface is judged by network-interface.
        c.vip === undefined || c.vip.interface === d.network.interface || (typeof c.vip.interface === 'string' && LINUX_INTERFACE.test(c.vip.interface))
          ? undefined
          : `cluster ${show(c.name)}: vip.interface ${show(c.vip.interface)} is not a Linux interface name (e.g. "eth0"): leave it out to use the network's.`,
    },
    {
      code: 'vip-prefix',
      check: (c, d) =>
        c.vip === undefined || c.vip.prefix === d.network.prefix
          ? undefined
          : `cluster ${show(c.name)}: vip.prefix ${show(c.vip.prefix)} differs from the network's /${d.network.prefix}: leave it out, or set ${d.network.prefix}.`,
    },
  ],
};
