/** The platforms a deployment can run on. */
import { LibvirtPlatform, LibvirtPlatformProps } from './libvirt/libvirt-platform';
import type { IPlatform } from './platform';

export class Platform {
  /** KVM virtual machines through libvirt (dmacvicar/libvirt 0.9.7). */
  static libvirt(props: LibvirtPlatformProps = {}): IPlatform {
    return new LibvirtPlatform(props);
  }

  private constructor() {}
}

export type { IPlatform, Machine, MachineSpec, PackageDelivery } from './platform';
export { LibvirtPlatform, DEFAULT_IMAGES } from './libvirt/libvirt-platform';
export type { LibvirtPlatformProps } from './libvirt/libvirt-platform';
export { TerraformDataResource } from './terraform-data';
export { TerraformVersionCheck } from './terraform-version';
export { terraformText, sensitiveText, fingerprint } from './terraform-text';
