/** IPv4 arithmetic for static addressing (docs/architecture.md, decision 1). Pure, no dependencies. */

/** Parses a dotted-quad IPv4 address; undefined when it is not one. */
export function parseIpv4(text: string): number | undefined {
  if (typeof text !== 'string') return undefined;
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = value * 256 + octet;
  }
  return value;
}

export function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

export interface Cidr {
  /** The network address, as a number. */
  readonly network: number;
  readonly prefix: number;
}

/** Parses a deployment network `a.b.c.d/n` (/8 to /30); undefined when malformed or when host bits are set. */
export function parseCidr(text: string): Cidr | undefined {
  const cidr = parseAnyCidr(text);
  return cidr && cidr.prefix >= 8 && cidr.prefix <= 30 ? cidr : undefined;
}

/** Parses any `a.b.c.d/n` (/0 to /32) without host bits, as HBA rules may use. */
export function parseAnyCidr(text: string): Cidr | undefined {
  if (typeof text !== 'string') return undefined;
  const match = /^([0-9.]+)\/([0-9]{1,2})$/.exec(text);
  if (!match) return undefined;
  const address = parseIpv4(match[1]);
  const prefix = Number(match[2]);
  if (address === undefined || prefix > 32) return undefined;
  if (address % blockSize(prefix) !== 0) return undefined;
  return { network: address, prefix };
}

function blockSize(prefix: number): number {
  return 2 ** (32 - prefix);
}

/** True when `ip` is a usable host address of `cidr` (not the network or broadcast address). */
export function isHostOf(cidr: Cidr, ip: string): boolean {
  const address = parseIpv4(ip);
  if (address === undefined) return false;
  const offset = address - cidr.network;
  return offset > 0 && offset < blockSize(cidr.prefix) - 1;
}

/** The n-th address of a network: hostAt(10.10.10.0/24, 1) is 10.10.10.1. */
export function hostAt(cidr: Cidr, n: number): string {
  return formatIpv4(cidr.network + n);
}

export function netmaskOf(prefix: number): string {
  return formatIpv4(2 ** 32 - blockSize(prefix));
}

export function formatCidr(cidr: Cidr): string {
  return `${formatIpv4(cidr.network)}/${cidr.prefix}`;
}

/**
 * The MAC of a node's deployment NIC, derived from its address (52:54:00 is QEMU's prefix),
 * so the platform and cloud-init's network-config agree without talking to each other.
 */
export function macAddressOf(ip: string): string {
  const address = parseIpv4(ip) ?? 0;
  const octets = [16, 8, 0].map((shift) => (Math.floor(address / 2 ** shift) % 256).toString(16).padStart(2, '0'));
  return ['52', '54', '00', ...octets].join(':');
}
