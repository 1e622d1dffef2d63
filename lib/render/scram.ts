/**
 * SCRAM-SHA-256 verifiers (RFC 5802/7677, as Postgres stores them in pg_authid), computed at
 * synth so SQL and pgbouncer's auth file never carry a literal password.
 *
 * The salt is derived (lib/render/derived-salt.ts): testing a guess still costs the PBKDF2 run a
 * random salt would cost. The same password for the same role yields the same verifier (in every
 * cluster of a deployment, which share those secrets anyway), and a verifier changes exactly when
 * the password does.
 */
import { createHash, createHmac, pbkdf2Sync } from 'crypto';
import { isDeferred } from '../model';
import { derivedSalt } from './derived-salt';

/** Postgres' default (scram_iterations); pgbouncer and libpq accept any count the server stores. */
export const SCRAM_ITERATIONS = 4096;

/**
 * `SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>`. The password is used as is:
 * SASLprep leaves printable ASCII unchanged, and secrets keep to SECRET_ALPHABET.
 */
export function scramVerifier(password: string, role: string): string {
  const key = `${role}\0${password}`;
  let verifier = cache.get(key);
  if (verifier === undefined) cache.set(key, (verifier = computeVerifier(password, role)));
  return verifier;
}

/**
 * What a role's password is stored as in SQL and pgbouncer's auth file: the verifier of a
 * literal; an apply-time value as it is (Terraform has no PBKDF2; a precondition holds it to
 * SECRET_ALPHABET, which no quoting can be broken with).
 */
export function storedPassword(password: string, role: string): string {
  return isDeferred(password) ? password : scramVerifier(password, role);
}

/** The platform's users are the same in every cluster: one PBKDF2 run each per synth. */
const cache = new Map<string, string>();

function computeVerifier(password: string, role: string): string {
  if (!/^[\x21-\x7e]+$/.test(password)) throw new Error(`scramVerifier: the password of ${role} is not printable ASCII (SASLprep would change it)`);
  const salt = derivedSalt('scram', password, role);
  const salted = pbkdf2Sync(password, salt, SCRAM_ITERATIONS, 32, 'sha256');
  const hmac = (text: string): Buffer => createHmac('sha256', salted).update(text).digest();
  const storedKey = createHash('sha256').update(hmac('Client Key')).digest();
  const serverKey = hmac('Server Key');
  return `SCRAM-SHA-256$${SCRAM_ITERATIONS}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}
