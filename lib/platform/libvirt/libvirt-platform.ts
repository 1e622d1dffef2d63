/**
 * libvirt/KVM through dmacvicar/libvirt 0.9.7: a NAT network for the deployment, a storage pool,
 * a base volume from a cloud image, and per node an overlay volume, a cloud-init ISO attached as
 * a cdrom, and a domain. Cloud-init is first boot only, so the seed ignores later changes.
 */
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import type { GuestOs, ResolvedDeployment } from '../../model';
import { macAddressOf } from '../../model';
import type { DeploymentPlan, PlatformTraits } from '../../plan';
import type { IPlatform, Machine, MachineSpec } from '../platform';
import { ASSETS_DIR } from '../../private/assets';
import { shellQuote } from '../../private/shell';
import { TerraformDataResource } from '../terraform-data';
import { sensitiveText, terraformText } from '../terraform-text';
import { LightResource, reference } from '../light-resource';
import { domainCpuToTerraform, domainDevicesToTerraform, domainFeaturesToTerraform, domainOsToTerraform } from './gen/providers/libvirt/domain';
import { Network } from './gen/providers/libvirt/network';
import { Pool } from './gen/providers/libvirt/pool';
import { LibvirtProvider } from './gen/providers/libvirt/provider';
import { Volume, volumeBackingStoreToTerraform, volumeCreateToTerraform, volumeTargetToTerraform } from './gen/providers/libvirt/volume';
import { LibvirtNetwork } from './libvirt-network';

/** Cloud images with cloud-init, per guest OS. */
const DEFAULT_IMAGES: Readonly<Record<GuestOs, string>> = {
  debian12: 'https://cloud.debian.org/images/cloud/bookworm/latest/debian-12-genericcloud-amd64.qcow2',
  ubuntu2404: 'https://cloud-images.ubuntu.com/noble/current/noble-server-cloudimg-amd64.img',
};

export interface LibvirtPlatformProps {
  /**
   * libvirt connection URI.
   * @default 'qemu:///system'
   */
  readonly uri?: string;
  /**
   * URL (or local path) of the qcow2 cloud image every node boots from.
   * @default the Debian 12 (or Ubuntu 24.04) generic cloud image, after the deployment's guest OS
   */
  readonly imageUrl?: string;
  /**
   * The image's SHA-256 (64 hex digits), which pins it: the Terraform runner fetches `imageUrl` once
   * into `imageCacheDir`, checks it, and the pool gets the checked copy. A mismatch fails the apply
   * before any volume is created.
   * @default none: the image is uploaded as `imageUrl` serves it, unchecked
   */
  readonly imageSha256?: string;
  /**
   * Where the runner keeps checked images (with `imageSha256`), one file per checksum.
   * @default '/var/tmp/pigsty-images'
   */
  readonly imageCacheDir?: string;
  /**
   * Directory of the storage pool that holds the volumes.
   * @default '/var/lib/libvirt/images/<deployment name>'
   */
  readonly poolPath?: string;
  /**
   * Name of the libvirt network and storage pool.
   * @default the deployment name
   */
  readonly name?: string;
  /**
   * The network the nodes are on: the deployment's own NAT network, a host bridge
   * (`LibvirtNetwork.bridge('br0')`, so servers outside the hypervisor reach the VIPs) or an
   * existing libvirt network (`LibvirtNetwork.existing('name')`). The latter two must carry the
   * deployment's network (gateway and addresses); they serve no DHCP to the nodes, which need none.
   * @default LibvirtNetwork.nat()
   */
  readonly network?: LibvirtNetwork;
  /**
   * An existing storage pool, by name, instead of one the deployment creates at `poolPath`.
   * @default none: the deployment creates its own pool
   */
  readonly existingPool?: string;
}

const GiB = 1024 ** 3;
const PROVIDER = { providerName: 'libvirt', providerVersion: '0.9.7' };

export class LibvirtPlatform implements IPlatform {
  readonly name = 'libvirt';
  /** The pool's name, as an expression (a reference to the pool the deployment creates). */
  private pool?: string;
  /** The domain interface's source. */
  private interfaceSource?: Record<string, unknown>;
  private base?: Volume;

  constructor(private readonly props: LibvirtPlatformProps = {}) {}

  /** @internal */
  traits(d: ResolvedDeployment): PlatformTraits {
    // libvirt's dnsmasq answers on the NAT network's gateway.
    return { upstreamDns: [d.network.gateway], sharesHostClock: false };
  }

  /** @internal */
  prepare(scope: Construct, plan: DeploymentPlan): void {
    const d = plan.deployment;
    const stack = TerraformStack.of(scope);
    const name = this.props.name ?? d.name;
    if (!stack.node.tryFindChild('libvirt')) new LibvirtProvider(stack, 'libvirt', { uri: this.props.uri ?? 'qemu:///system' });
    if (this.props.existingPool !== undefined) {
      this.pool = this.props.existingPool;
    } else {
      const pool = new Pool(scope, 'pool', {
        name,
        type: 'dir',
        target: { path: this.props.poolPath ?? `/var/lib/libvirt/images/${name}` },
      });
      this.pool = reference(pool, 'name');
    }
    const network = this.props.network ?? LibvirtNetwork.nat();
    if (network.kind === 'bridge') {
      this.interfaceSource = { bridge: { bridge: network.name } };
    } else if (network.kind === 'existing') {
      this.interfaceSource = { network: { network: network.name } };
    } else {
      const own = new Network(scope, 'network', {
        name,
        forward: { mode: 'nat' },
        domain: { name: d.network.domain, localOnly: 'yes' },
        // No DHCP: every node has a static address through cloud-init's network-config.
        ips: [{ family: 'ipv4', address: d.network.gateway, prefix: d.network.prefix }],
        autostart: true,
      });
      this.interfaceSource = { network: { network: reference(own, 'name') } };
    }
    const imageUrl = this.props.imageUrl ?? DEFAULT_IMAGES[d.guest.os];
    const checked = this.props.imageSha256 === undefined ? undefined : this.checkedImage(scope, imageUrl, this.props.imageSha256);
    this.base = new Volume(scope, 'base-image', {
      name: `${name}-base.qcow2`,
      pool: this.pool,
      target: { format: { type: 'qcow2' } },
      create: { content: { url: checked?.path ?? imageUrl } },
      dependsOn: checked ? [checked.fetch] : undefined,
    });
  }

  /** The image fetched once and checked against its pinned checksum, on the Terraform runner. */
  private checkedImage(scope: Construct, url: string, sha256: string): { path: string; fetch: TerraformDataResource } {
    if (!/^[0-9a-f]{64}$/.test(sha256)) {
      throw new Error(`Platform.libvirt(): imageSha256 "${sha256}" is not a SHA-256: give the image's 64 lowercase hex digits (sha256sum prints them).`);
    }
    const path = `${this.props.imageCacheDir ?? '/var/tmp/pigsty-images'}/${sha256}.img`;
    const script = `${ASSETS_DIR}/libvirt/fetch-image.sh`;
    const fetch = new TerraformDataResource(scope, 'image-check', {
      triggersReplace: { url: terraformText(url), sha256, path },
      provisioners: [{ type: 'local-exec', command: [script, url, sha256, path].map(shellQuote).map(terraformText).join(' ') }],
    });
    return { path, fetch };
  }

  /** @internal */
  machine(scope: Construct, plan: DeploymentPlan, spec: MachineSpec): Machine {
    const d = plan.deployment;
    if (!this.pool || !this.interfaceSource || !this.base) throw new Error('LibvirtPlatform.machine() called before prepare()');
    const { node } = spec;
    const name = `${this.props.name ?? d.name}-${node.name}`;
    const pool = this.pool;
    const root = new LightResource(
      scope,
      'root',
      'libvirt_volume',
      {
        name: `${name}.qcow2`,
        pool,
        capacity: node.size.diskGiB * GiB,
        target: volumeTargetToTerraform({ format: { type: 'qcow2' } }),
        backing_store: volumeBackingStoreToTerraform({ path: reference(this.base, 'path'), format: { type: 'qcow2' } }),
      },
      PROVIDER,
    );
    const seed = new LightResource(
      scope,
      'cloud-init',
      'libvirt_cloudinit_disk',
      {
        name: `${name}-seed`,
        user_data: sensitiveText(spec.userData),
        meta_data: terraformText(spec.metaData),
        network_config: terraformText(spec.networkConfig),
      },
      { ...PROVIDER, lifecycle: { ignoreChanges: ['user_data', 'meta_data', 'network_config'] } },
    );
    const seedVolume = new LightResource(
      scope,
      'cloud-init-iso',
      'libvirt_volume',
      {
        name: `${name}-seed.iso`,
        pool,
        // No format: libvirt detects the ISO and reports `iso`, and the provider reads the format
        // back, so a declared `raw` fails the apply ("was raw, but now iso"), as its own example shows.
        create: volumeCreateToTerraform({ content: { url: reference(seed, 'path') } }),
        // 0.9.7 can neither update a volume in place nor replace it for a new `create`.
      },
      { ...PROVIDER, lifecycle: { ignoreChanges: ['create'] } },
    );
    const domain = new LightResource(
      scope,
      'domain',
      'libvirt_domain',
      {
        name,
        type: 'kvm',
        memory: node.size.memoryMiB,
        memory_unit: 'MiB',
        vcpu: node.size.cpus,
        os: domainOsToTerraform({ type: 'hvm', typeArch: 'x86_64', typeMachine: 'q35', bootDevices: [{ dev: 'hd' }] }),
        cpu: domainCpuToTerraform({ mode: 'host-passthrough' }),
        features: domainFeaturesToTerraform({ acpi: true, apic: {} }),
        devices: domainDevicesToTerraform({
          disks: [
            {
              device: 'disk',
              source: { volume: { pool, volume: reference(root, 'name') } },
              target: { dev: 'vda', bus: 'virtio' },
              driver: { name: 'qemu', type: 'qcow2' },
            },
            {
              device: 'cdrom',
              source: { volume: { pool, volume: reference(seedVolume, 'name') } },
              target: { dev: 'sda', bus: 'sata' },
              readOnly: true,
              driver: { name: 'qemu', type: 'raw' },
            },
          ],
          interfaces: [{ source: this.interfaceSource, mac: { address: macAddressOf(node.ip) }, model: { type: 'virtio' } }],
          serials: [{ target: { type: 'isa-serial', port: 0 } }],
          consoles: [{ target: { type: 'serial', port: 0 } }],
          graphics: [{ vnc: { autoPort: true, listen: '127.0.0.1' } }],
        }),
        running: true,
        autostart: true,
      },
      PROVIDER,
    );
    return { node, dependables: [domain], identity: reference(domain, 'uuid') };
  }
}
