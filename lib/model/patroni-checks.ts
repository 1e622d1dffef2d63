/** Health-check endpoints of the Patroni REST API that HAProxy services may use. */
export const PATRONI_CHECK_PATHS: readonly string[] = [
  '/primary',
  '/read-write',
  '/leader',
  '/standby-leader',
  '/replica',
  '/read-only',
  '/health',
  '/sync',
  '/synchronous',
  '/async',
  '/asynchronous',
  '/read-only-sync',
];

const QUERY = /^(lag=[0-9]+(B|kB|MB|GB)?|tag_[a-z0-9_]+=[a-z0-9_]+)$/;

/** True for a known path with an optional `?lag=` / `?tag_x=` query. */
export function isPatroniCheck(check: string): boolean {
  if (typeof check !== 'string') return false;
  const [path, query, ...rest] = check.split('?');
  if (rest.length > 0 || !PATRONI_CHECK_PATHS.includes(path)) return false;
  return query === undefined || query.split('&').every((part) => QUERY.test(part));
}
