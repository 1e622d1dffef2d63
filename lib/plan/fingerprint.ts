/**
 * Fingerprints of what a step applies, for its triggers: a change of the text runs the step
 * again. Plain text is hashed now; text that holds apply-time values (a password from a
 * variable) is left for Terraform to hash, so the value never lands in the plan.
 */
import { createHash } from 'crypto';
import { TOKEN_PATTERN } from '../model';
import type { Trigger } from './plan';

export function fingerprint(text: string): Trigger {
  if (TOKEN_PATTERN.test(text)) return { sha256Of: text };
  return createHash('sha256').update(text).digest('hex');
}
