/** cloud-init network-config (version 2): the node's static address on its deployment NIC. */
import type { ResolvedDeployment, ResolvedNode } from '../model';
import { macAddressOf } from '../model';
import { toYaml } from '../render/text';

export function buildNetworkConfig(d: ResolvedDeployment, node: ResolvedNode, dnsServers: readonly string[]): string {
  const nic = d.network.interface;
  return toYaml({
    version: 2,
    ethernets: {
      [nic]: {
        match: { macaddress: macAddressOf(node.ip) },
        'set-name': nic,
        addresses: [`${node.ip}/${d.network.prefix}`],
        // gateway4, not a route: cloud-init's ifupdown renderer turns routes into 'route add'
        // (net-tools, absent from minimal images) but a gateway into ifupdown's own 'gateway'.
        gateway4: d.network.gateway,
        nameservers: {
          addresses: [...d.metaNodes.map((meta) => meta.ip), ...dnsServers].slice(0, 3),
          search: [d.network.domain],
        },
      },
    },
  });
}
