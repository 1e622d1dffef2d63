/**
 * nginx's basic-auth file for the portal's admin actions (Alertmanager silences): one line,
 * `admin:<crypt>`. A password known at synth is stored as a SHA-512 crypt (`$6$`, which
 * Debian's libxcrypt, and so nginx, verifies); the salt is derived (lib/render/derived-salt.ts): synth stays deterministic and a guess still costs the 5000 rounds.
 * An apply-time password stays as it is (`{PLAIN}`, Terraform has no crypt): the secret-rules
 * precondition holds it to SECRET_ALPHABET, which has neither ':' nor a line break, so it cannot
 * add a user or a line; the file is 0640 root:www-data either way.
 */
import { createHash } from 'crypto';
import { isDeferred } from '../model';
import { derivedSalt } from './derived-salt';
import { header, lines } from './text';

/** The one user of the portal's admin actions. */
export const PORTAL_ADMIN_USER = 'admin';

const ROUNDS = 5000;
const ITOA64 = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** The byte triples of the SHA-512 crypt encoding (Drepper's specification), then the last byte alone. */
const ORDER: readonly (readonly [number, number, number])[] = Array.from({ length: 21 }, (_, i) => [i, i + 21, i + 42] as const).map(
  ([a, b, c], i) =>
    [
      [a, b, c],
      [b, c, a],
      [c, a, b],
    ][i % 3] as [number, number, number],
);

const sha512 = (...parts: Buffer[]): Buffer => {
  const hash = createHash('sha512');
  for (const part of parts) hash.update(part);
  return hash.digest();
};

/** `count` bytes of `block` repeated. */
const repeated = (block: Buffer, count: number): Buffer =>
  Buffer.concat(Array.from({ length: Math.ceil(count / block.length) }, () => block)).subarray(0, count);

/** SHA-512 crypt of `password` with `salt` (at most 16 characters of ITOA64), as crypt(3) writes it. */
export function sha512Crypt(password: string, salt: string): string {
  const p = Buffer.from(password, 'utf8');
  const s = Buffer.from(salt.slice(0, 16), 'utf8');
  const b = sha512(p, s, p);
  const a = createHash('sha512').update(p).update(s).update(repeated(b, p.length));
  for (let n = p.length; n > 0; n >>= 1) a.update(n & 1 ? b : p);
  let c = a.digest();
  const pBytes = repeated(sha512(...Array.from({ length: p.length }, () => p)), p.length);
  const sBytes = repeated(sha512(...Array.from({ length: 16 + c[0] }, () => s)), s.length);
  for (let i = 0; i < ROUNDS; i++) {
    const round = createHash('sha512');
    round.update(i & 1 ? pBytes : c);
    if (i % 3) round.update(sBytes);
    if (i % 7) round.update(pBytes);
    round.update(i & 1 ? c : pBytes);
    c = round.digest();
  }
  const encode = (w: number, n: number): string => Array.from({ length: n }, (_, k) => ITOA64[(w >> (6 * k)) & 0x3f]).join('');
  const body = ORDER.map(([x, y, z]) => encode((c[x] << 16) | (c[y] << 8) | c[z], 4)).join('') + encode(c[63], 2);
  return `$6$${s.toString('utf8')}$${body}`;
}

/** 16 crypt salt characters derived from the password and the user (see the file comment). */
function cryptSalt(password: string, user: string): string {
  return Array.from(derivedSalt('htpasswd', password, user), (byte) => ITOA64[byte & 0x3f]).join('');
}

/** The htpasswd line's secret part: a crypt of a literal, `{PLAIN}` and the value of an apply-time one. */
export function storedHtpasswd(password: string, user: string): string {
  return isDeferred(password) ? `{PLAIN}${password}` : sha512Crypt(password, cryptSalt(password, user));
}

export function renderPortalHtpasswd(password: string): string {
  return lines(header(), `${PORTAL_ADMIN_USER}:${storedHtpasswd(password, PORTAL_ADMIN_USER)}`);
}
