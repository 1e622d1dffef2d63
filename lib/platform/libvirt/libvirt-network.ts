/** Which network the libvirt nodes are on: their own NAT network, a host bridge, or an existing libvirt network. */
export class LibvirtNetwork {
  /** A NAT network of the deployment's own (gateway on the hypervisor): reachable from the hypervisor only. */
  static nat(): LibvirtNetwork {
    return new LibvirtNetwork('nat', '');
  }

  /** A bridge of the hypervisor (`br0`) on the site's network, so clients outside the hypervisor reach the nodes and VIPs. */
  static bridge(name: string): LibvirtNetwork {
    return new LibvirtNetwork('bridge', checkedName('LibvirtNetwork.bridge()', name));
  }

  /** A libvirt network that exists already, by name (one the site manages). */
  static existing(name: string): LibvirtNetwork {
    return new LibvirtNetwork('existing', checkedName('LibvirtNetwork.existing()', name));
  }

  private constructor(
    /** @internal */ readonly kind: 'nat' | 'bridge' | 'existing',
    /** @internal */ readonly name: string,
  ) {}
}

function checkedName(where: string, name: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(name)) {
    throw new Error(
      `${where}: "${name}" is not a bridge or network name: use letters, digits, '_', '.' and '-' (at most 64), as \`ip link\` or \`virsh net-list\` shows it.`,
    );
  }
  return name;
}
