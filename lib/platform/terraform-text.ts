/**
 * The one boundary where rendered text enters a Terraform resource. Terraform reads `${` and
 * `%{` in strings as interpolation and template directives, so literal text is escaped here,
 * once; CDK tokens inside the text (sensitive variables, file() of a key) stay live.
 */
import { createHash } from 'crypto';
import { Fn } from 'cdktf';
import { TOKEN_PATTERN } from '../model';

const TOKENS = new RegExp(`(${TOKEN_PATTERN.source})`, 'g');

function escapeLiteral(text: string): string {
  return text.replace(/\$\{/g, '$$${').replace(/%\{/g, '%%{');
}

/** Text for a resource attribute: literal parts escaped, tokens kept. */
export function terraformText(text: string): string {
  // split() with a capturing group puts the tokens at the odd positions.
  return text
    .split(TOKENS)
    .map((part, i) => (i % 2 === 1 ? part : escapeLiteral(part)))
    .join('');
}

/**
 * Text as a Terraform expression, for a function argument. cdktf escapes neither quotes nor
 * backslashes in literal function arguments, so literal parts travel base64-encoded and are
 * decoded by Terraform; tokens stay live.
 */
function textExpression(text: string): string {
  const parts = text
    .split(TOKENS)
    .map((part, i) => (i % 2 === 1 ? part : part === '' ? undefined : Fn.base64decode(Buffer.from(part, 'utf8').toString('base64'))))
    .filter((part): part is string => part !== undefined);
  if (parts.length === 0) return Fn.base64decode('');
  return parts.length === 1 ? parts[0] : Fn.join('', parts);
}

/** Text that must show as (sensitive value) in plans: secret files, user-data holding them. */
export function sensitiveText(text: string): string {
  return Fn.sensitive(textExpression(text));
}

/**
 * A fingerprint of text for step triggers: computed now for plain text, by Terraform's sha256()
 * when the text holds tokens (secrets from variables), so the secret never lands in the plan.
 */
export function fingerprint(text: string): string {
  if (TOKEN_PATTERN.test(text)) return Fn.sha256(textExpression(text));
  return createHash('sha256').update(text).digest('hex');
}
