/**
 * A node's guestinfo as `extra_config` values (Terraform expressions), and the 64 KiB guard.
 * The vSphere platform puts them on its VMs; the local platform's guestinfo mode boots its nodes
 * from the very same values, so what it proves holds for what vSphere gets.
 */
import type { Problem, ResolvedDeployment } from '../../model';
import { ValidationError } from '../../model';
import type { MachineSpec } from '../platform';
import { quoted } from '../terraform-text';
import {
  buildGuestinfoMetadata,
  encodedSize,
  GUESTINFO_CHANNEL_BYTES,
  GUESTINFO_ENCODING,
  GUESTINFO_KEYS,
  GUESTINFO_VALUE_LIMIT,
  gzipBase64,
  holdsDeferred,
  largestFiles,
} from './guestinfo';

/** Builds each node's extra_config, collecting the nodes over the limit; one instance per deployment. */
export class GuestinfoBuilder {
  private readonly oversized: Problem[] = [];

  /**
   * Metadata and user-data, gzip+base64. A user-data without apply-time values is encoded here
   * (deterministically); one with them by Terraform's base64gzip(), which writes the same gzip
   * header. Both are measured against the limit; every node over it is reported together, when
   * the deployment's last node is built.
   */
  extraConfig(d: ResolvedDeployment, spec: MachineSpec): Record<string, string> {
    const metadata = buildGuestinfoMetadata(spec.metaData, spec.networkConfig);
    const userdata = holdsDeferred(spec.userData) ? `\${sensitive(base64gzip(${quoted(spec.userData)}))}` : `\${sensitive("${gzipBase64(spec.userData)}")}`;
    this.check(spec, GUESTINFO_KEYS.userdata, encodedSize(spec.userData));
    this.check(spec, GUESTINFO_KEYS.metadata, encodedSize(metadata));
    if (spec.node === d.nodes[d.nodes.length - 1] && this.oversized.length > 0) throw new ValidationError(this.oversized);
    return {
      [GUESTINFO_KEYS.metadata]: gzipBase64(metadata),
      [GUESTINFO_KEYS.metadataEncoding]: GUESTINFO_ENCODING,
      [GUESTINFO_KEYS.userdata]: userdata,
      [GUESTINFO_KEYS.userdataEncoding]: GUESTINFO_ENCODING,
    };
  }

  private check(spec: MachineSpec, key: string, bytes: number): void {
    if (bytes <= GUESTINFO_VALUE_LIMIT) return;
    const largest = largestFiles(spec.userData)
      .map((file) => `${file.path} (${file.bytes} bytes)`)
      .join(', ');
    this.oversized.push({
      code: 'vsphere-guestinfo-size',
      message:
        `node ${spec.node.name}: ${key} is ${bytes} bytes once encoded (gzip+base64), over the ${GUESTINFO_VALUE_LIMIT} bytes a guestinfo value may have ` +
        `(VMware's guest channel carries ${GUESTINFO_CHANNEL_BYTES} bytes per message, less 1 KiB for its framing). ` +
        `Make the node's user-data smaller: fewer users, databases or services on its cluster, or move some to another cluster` +
        (largest ? `; its largest files are ${largest}.` : '.'),
    });
  }
}
