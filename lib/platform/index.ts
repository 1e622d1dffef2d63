/** The platforms a deployment can run on. */
import { LibvirtPlatform, LibvirtPlatformProps } from './libvirt/libvirt-platform';
import { LocalPlatform, LocalPlatformProps } from './local/local-platform';
import type { IPlatform } from './platform';

export class Platform {
  /** KVM virtual machines through libvirt (dmacvicar/libvirt 0.9.7). */
  static libvirt(props: LibvirtPlatformProps = {}): IPlatform {
    return new LibvirtPlatform(props);
  }

  /** systemd-nspawn containers on this Linux host (root; no hypervisor, no provider download). */
  static local(props: LocalPlatformProps = {}): IPlatform {
    return new LocalPlatform(props);
  }

  private constructor() {}
}

export type { IPlatform, Machine, MachineSpec } from './platform';
export { LibvirtPlatform, DEFAULT_IMAGES } from './libvirt/libvirt-platform';
export type { LibvirtPlatformProps } from './libvirt/libvirt-platform';
export { LocalPlatform, localPackages } from './local/local-platform';
export type { LocalPlatformProps } from './local/local-platform';
export { TerraformDataResource } from './terraform-data';
export { TerraformVersionCheck } from './terraform-version';
export { terraformText, sensitiveText, fingerprint } from './terraform-text';
export { nodeAssets, readAsset, ASSETS_DIR } from './assets';
export type { NodeAssets } from './assets';
