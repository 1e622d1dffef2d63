/** The platforms a deployment can run on. */
import { LibvirtPlatform, LibvirtPlatformProps } from './libvirt/libvirt-platform';
import { LocalPlatform, LocalPlatformProps } from './local/local-platform';
import type { IPlatform } from './platform';
import { LibvirtNetwork } from './libvirt/libvirt-network';
import { LocalSeed } from './local/local-platform';
import { VsphereCompute, VsphereStorage } from './vsphere/site';
import { VspherePlatform, VspherePlatformProps } from './vsphere/vsphere-platform';
import { UsageError } from '../model';
import { arrayOf, boolean, checkArgument, option, optional, shape, string } from '../model/validation/props';

/** A path that local-exec commands and scripts take unquoted: absolute, without spaces or shell characters. */
const SAFE_PATH = /^\/[A-Za-z0-9._/-]*$/;

/** Refuses a prop whose value does not match; `what` says what it must be. */
function expect(where: string, prop: string, value: string | undefined, pattern: RegExp, what: string): void {
  if (value !== undefined && !pattern.test(value)) throw new UsageError(`${where}: ${prop} ${JSON.stringify(value)} ${what}.`);
}

export class Platform {
  /** KVM virtual machines through libvirt (dmacvicar/libvirt 0.9.7). */
  static libvirt(props: LibvirtPlatformProps = {}): IPlatform {
    const where = 'Platform.libvirt()';
    checkArgument(
      where,
      'props',
      props,
      shape({
        uri: optional(string),
        imageUrl: optional(string),
        imageSha256: optional(string),
        imageCacheDir: optional(string),
        poolPath: optional(string),
        name: optional(string),
        network: optional(option(LibvirtNetwork)),
        existingPool: optional(string),
      }),
    );
    expect(where, 'uri', props.uri, /^[a-z][a-z0-9+]*:\/\/[^\s'"\\]*$/, 'is not a libvirt URI: write e.g. "qemu:///system" or "qemu+ssh://host/system"');
    expect(where, 'imageUrl', props.imageUrl, /^[^\s'"\\]+$/, 'is not a URL or path: it holds spaces or quotes');
    expect(where, 'imageCacheDir', props.imageCacheDir, SAFE_PATH, 'is not an absolute path of letters, digits and . _ - /');
    expect(where, 'poolPath', props.poolPath, SAFE_PATH, 'is not an absolute path of letters, digits and . _ - /');
    expect(where, 'name', props.name, /^[a-z][a-z0-9-]{0,62}$/, 'is not a name: use lowercase letters, digits and -');
    return new LibvirtPlatform(props);
  }

  /** systemd-nspawn containers on this Linux host (root; no hypervisor, no provider download). */
  static local(props: LocalPlatformProps = {}): IPlatform {
    const where = 'Platform.local()';
    checkArgument(
      where,
      'props',
      props,
      shape({ workDir: optional(string), cacheDir: optional(string), bridge: optional(string), seed: optional(option(LocalSeed)) }),
    );
    expect(where, 'workDir', props.workDir, SAFE_PATH, 'is not an absolute path of letters, digits and . _ - / (the node scripts take it unquoted)');
    expect(where, 'cacheDir', props.cacheDir, SAFE_PATH, 'is not an absolute path of letters, digits and . _ - / (the node scripts take it unquoted)');
    expect(where, 'bridge', props.bridge, /^[a-z][a-z0-9-]{0,14}$/, 'is not a bridge name: at most 15 lowercase letters, digits and -');
    return new LocalPlatform(props);
  }

  /**
   * VMware vSphere VMs cloned from a template (vmware/vsphere 2.15.0); cloud-init reads each
   * node's documents from guestinfo. Site settings and credentials are Terraform variables.
   */
  static vsphere(props: VspherePlatformProps = {}): IPlatform {
    const site = shape({
      server: optional(string),
      user: optional(string),
      datacenter: optional(string),
      compute: optional(string),
      storage: optional(string),
      network: optional(string),
      template: optional(string),
      folder: optional(string),
      allowUnverifiedSsl: optional(boolean),
    });
    checkArgument(
      'Platform.vsphere()',
      'props',
      props,
      shape({
        variablePrefix: optional(string),
        site: optional(site),
        compute: optional(option(VsphereCompute)),
        storage: optional(option(VsphereStorage)),
        upstreamDns: optional(arrayOf(string)),
        name: optional(string),
      }),
    );
    return new VspherePlatform(props);
  }

  private constructor() {}
}

export type { IPlatform } from './platform';
export type { LibvirtPlatformProps } from './libvirt/libvirt-platform';
export type { LocalPlatformProps } from './local/local-platform';
export { LocalSeed } from './local/local-platform';
export type { VspherePlatformProps } from './vsphere/vsphere-platform';
export { VsphereCompute, VsphereStorage } from './vsphere/site';
export type { VsphereSiteDefaults } from './vsphere/site';
export { LibvirtNetwork } from './libvirt/libvirt-network';
