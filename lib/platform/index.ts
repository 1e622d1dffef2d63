/** The platforms a deployment can run on. */
import { LibvirtPlatform, LibvirtPlatformProps } from './libvirt/libvirt-platform';
import { LocalPlatform, LocalPlatformProps } from './local/local-platform';
import type { IPlatform } from './platform';
import { VspherePlatform, VspherePlatformProps } from './vsphere/vsphere-platform';

export class Platform {
  /** KVM virtual machines through libvirt (dmacvicar/libvirt 0.9.7). */
  static libvirt(props: LibvirtPlatformProps = {}): IPlatform {
    return new LibvirtPlatform(props);
  }

  /** systemd-nspawn containers on this Linux host (root; no hypervisor, no provider download). */
  static local(props: LocalPlatformProps = {}): IPlatform {
    return new LocalPlatform(props);
  }

  /**
   * VMware vSphere VMs cloned from a template (vmware/vsphere 2.15.0); cloud-init reads each
   * node's documents from guestinfo. Site settings and credentials are Terraform variables.
   */
  static vsphere(props: VspherePlatformProps = {}): IPlatform {
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
