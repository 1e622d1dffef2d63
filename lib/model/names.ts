/** Naming rules shared by validation and rendering. */

/** A DNS label: cluster names become host names, DNS records and HAProxy sections. */
export const DNS_LABEL = /^[a-z]([a-z0-9-]{0,38}[a-z0-9])?$/;
/** Postgres role and database names that need no quoting anywhere (SQL, HBA, pgbouncer). */
export const PG_IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;
export const LINUX_USER = /^[a-z_][a-z0-9_-]{0,31}$/;
export const DNS_DOMAIN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;
export const PG_PARAMETER = /^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/;

/** The Patroni member name of an instance. */
export function instanceName(cluster: string, seq: number): string {
  return `${cluster}-${seq}`;
}
