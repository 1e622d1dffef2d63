/**
 * The one boundary where rendered text enters a Terraform resource. Terraform reads `${` and
 * `%{` in strings as interpolation and template directives, so literal text is escaped here,
 * once; CDK tokens inside the text (sensitive variables, file() of a key) stay live.
 *
 * Sensitive text and deferred fingerprints are written as Terraform expressions directly, as strings:
 * cdktf's Fn.* helpers escape neither quotes nor backslashes in literal arguments, and every
 * Fn.* call records a stack trace, which dominated synth time for large fleets.
 */
import { TOKEN_PATTERN } from '../model';
import type { Trigger } from '../plan';

const TOKENS = new RegExp(`(${TOKEN_PATTERN.source})`, 'g');

/** Applies `escape` to the literal parts of text and `token` to the CDK tokens in it. */
function mapLiterals(text: string, escape: (literal: string) => string, token = (t: string) => t): string {
  // split() with a capturing group puts the tokens at the odd positions.
  return text
    .split(TOKENS)
    .map((part, i) => (i % 2 === 1 ? token(part) : escape(part)))
    .join('');
}

function escapeTemplate(literal: string): string {
  return literal.replace(/\$\{/g, '$$${').replace(/%\{/g, '%%{');
}

/** A literal inside an HCL quoted string (which is itself a template). */
function escapeQuoted(literal: string): string {
  // One native pass per character (backslashes first): a replacer callback per match was a
  // visible part of synth time for the user-data of large fleets.
  return escapeTemplate(literal.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t'));
}

/** Text for a resource attribute: literal parts escaped, tokens kept. */
export function terraformText(text: string): string {
  return mapLiterals(text, escapeTemplate);
}

/**
 * An HCL quoted string of the text, for use inside an expression. cdktf writes a token inside an
 * expression as a bare reference (var.x), so each token is wrapped into an interpolation.
 */
export function quoted(text: string): string {
  return `"${mapLiterals(text, escapeQuoted, (token) => `\${${token}}`)}"`;
}

/** Text that must show as (sensitive value) in plans: secret files, user-data holding them. */
export function sensitiveText(text: string): string {
  return `\${sensitive(${quoted(text)})}`;
}

/**
 * A step trigger for a resource: literal text escaped, or the fingerprint the plan left to
 * Terraform's sha256() because the text holds apply-time values. That fingerprint is sensitive:
 * an unsalted digest of a file whose other bytes are known would let anyone who reads the plan
 * test password guesses offline. Hidden, it still changes (and replaces the step) exactly when
 * the text does; the state already holds the secret file itself, marked sensitive.
 */
export function triggerText(trigger: Trigger): string {
  return typeof trigger === 'string' ? terraformText(trigger) : `\${sensitive(sha256(${quoted(trigger.sha256Of)}))}`;
}
