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

export type { IPlatform } from './platform';
export type { LibvirtPlatformProps } from './libvirt/libvirt-platform';
export type { LocalPlatformProps } from './local/local-platform';
