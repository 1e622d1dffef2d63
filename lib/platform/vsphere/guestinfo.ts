/**
 * cloud-init through VMware guestinfo: the values a VM's `extra_config` carries for cloud-init's
 * VMware datasource (guestinfo.metadata, guestinfo.userdata, each with its `.encoding`), and the
 * size each one has once encoded. Pure: no cdktf, so tests decode exactly what synth writes.
 */
import { gzipSync } from 'zlib';
import { parse } from 'yaml';
import { TOKEN_PATTERN } from '../../model';

/** The datasource decodes both names; gzip+base64 is what VMware's own tools write. */
export const GUESTINFO_ENCODING = 'gzip+base64';

/** The keys in `extra_config`; the datasource reads `guestinfo.<name>` and `guestinfo.<name>.encoding`. */
export const GUESTINFO_KEYS = {
  metadata: 'guestinfo.metadata',
  metadataEncoding: 'guestinfo.metadata.encoding',
  userdata: 'guestinfo.userdata',
  userdataEncoding: 'guestinfo.userdata.encoding',
} as const;

/**
 * VMware's guest RPC channel carries at most 64 KiB per message, so a guestinfo value must stay
 * below it. The guard leaves 1 KiB of that for the channel's own command and reply framing.
 */
export const GUESTINFO_CHANNEL_BYTES = 64 * 1024;
export const GUESTINFO_VALUE_LIMIT = GUESTINFO_CHANNEL_BYTES - 1024;

/** gzip's header byte for "operating system unknown", which Terraform's base64gzip() writes too. */
const OS_UNKNOWN = 0xff;

/**
 * gzip+base64 of a text, byte-identical on every machine: zlib writes no name and mtime 0, and
 * the OS byte (which zlib sets to the build's OS) is fixed to "unknown", as Go's gzip writes it.
 */
export function gzipBase64(text: string): string {
  const gzip = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
  gzip[9] = OS_UNKNOWN;
  return gzip.toString('base64');
}

/**
 * The metadata document: the instance's identity, its static network config (v2) and the keys
 * the datasource clears from guestinfo once it has read them. `redact` names keys without the
 * `guestinfo.` prefix (the datasource adds it, and clears `<key>.encoding` with each key):
 * the user-data holds secrets, so it must not stay readable by every process of the guest.
 */
export function buildGuestinfoMetadata(metaData: string, networkConfig: string): string {
  const identity = parse(metaData) as Record<string, unknown>;
  return JSON.stringify({
    'instance-id': identity['instance-id'],
    'local-hostname': identity['local-hostname'],
    network: parse(networkConfig),
    redact: ['userdata'],
  });
}

const TOKENS = new RegExp(TOKEN_PATTERN.source, 'g');
/** Longest value a secret may have (SECRET_ALPHABET): the stand-in for an apply-time value when measuring. */
const DEFERRED_STAND_IN_LENGTH = 128;
const STAND_IN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~+-=!*,';

/** A fixed, hardly compressible stand-in for the n-th apply-time value (a linear congruential sequence). */
function standIn(n: number): string {
  let state = n + 1;
  let out = '';
  for (let i = 0; i < DEFERRED_STAND_IN_LENGTH; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out += STAND_IN_ALPHABET[(state >>> 16) % STAND_IN_ALPHABET.length];
  }
  return out;
}

/** True when the text holds apply-time values (tokens): then Terraform encodes it, with base64gzip(). */
export function holdsDeferred(text: string): boolean {
  return new RegExp(TOKEN_PATTERN.source).test(text);
}

/**
 * Bytes of the text once gzip+base64-encoded. Text with apply-time values is measured with
 * each value at its longest (a 128-character secret), an upper bound of what Terraform writes.
 */
export function encodedSize(text: string): number {
  let n = 0;
  const measured = holdsDeferred(text) ? text.replace(TOKENS, () => standIn(n++)) : text;
  return gzipBase64(measured).length;
}

/** The largest write_files entries of a #cloud-config (path and bytes), for a message saying what fills it. */
export function largestFiles(userData: string, count = 3): { path: string; bytes: number }[] {
  const body = userData.replace(/^#cloud-config\n/, '');
  let document: { write_files?: { path: string; content: string }[] };
  try {
    document = JSON.parse(body);
  } catch {
    return [];
  }
  return (document.write_files ?? [])
    .map((file) => ({ path: file.path, bytes: Buffer.byteLength(file.content, 'utf8') }))
    .sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path))
    .slice(0, count);
}
