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
