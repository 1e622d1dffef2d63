/**
 * A value that is only known at apply time: a Terraform expression (a sensitive variable, a
 * random_password) carried as a CDK token string. The model does not import cdktf, so it
 * recognises the token's text form; validation skips the checks it cannot make on such a value.
 */
/** The text form of a CDK string token. */
export const TOKEN_PATTERN = /\$\{TfToken\[[A-Z_]+\.\d+\]\}/;
const TOKEN = TOKEN_PATTERN;

export function isDeferred(value: unknown): boolean {
  return typeof value === 'string' && TOKEN.test(value);
}

/**
 * Characters a secret may hold. It is written into systemd environment files, the pgbouncer
 * auth file, SQL literals, HAProxy's config and connection URLs that some exporters build
 * without escaping, so quotes, backslashes, '$', '@', ':', '/', '?', '#', '%' and white space
 * are kept out. Secrets from Terraform variables must follow it too (validation cannot see them).
 */
export const SECRET_ALPHABET = /^[A-Za-z0-9._~+\-=!*,]{8,128}$/;

/**
 * `SECRET_ALPHABET` in words, for messages (validation's, a Terraform variable's): what a
 * secret may be. Tests check that it agrees with the pattern.
 */
export const SECRET_ALPHABET_TEXT = '8 to 128 characters from A-Z a-z 0-9 . _ ~ + - = ! * ,';
