/**
 * The salt of a password's stored form (SCRAM verifier, crypt), derived, not random: synth must be
 * byte-identical for the same spec. An HMAC keyed by the password over who holds it, so each
 * (holder, password) gets its own salt and no table can be computed ahead; what it gives away is
 * only equality (the same password of the same holder gives the same stored form).
 */
import { createHmac } from 'crypto';

/** 16 bytes for `purpose` (`scram`, `htpasswd`): a different purpose gives an unrelated salt. */
export function derivedSalt(purpose: string, password: string, holder: string): Buffer {
  return createHmac('sha256', password).update(`cdktf-pigsty ${purpose} salt\0${holder}`).digest().subarray(0, 16);
}
