/** Patroni: its YAML config (plain) and the environment file with every credential (secret). */
import type { ResolvedCluster, ResolvedDeployment, ResolvedInstance } from '../model';
import { DBSU, REPLICATION_USER } from '../model';
import { etcdEndpoints, etcdScheme } from './dcs-endpoints';
import { PATHS, PG_SOCKET_DIR, pgBinDir } from './paths';
import { envFile, header, toYaml } from './text';

export const PATRONI_API_USER = 'patroni';

function dcsSection(d: ResolvedDeployment): Record<string, unknown> {
  if (d.dcs.kind === 'consul') {
    // Every node runs a consul agent; Patroni registers the member as a consul service.
    return { consul: { host: `127.0.0.1:${d.ports.consulHttp}`, register_service: true } };
  }
  const tls = d.tls.enabled ? { cacert: PATHS.tlsCa, cert: PATHS.tlsCert, key: PATHS.tlsKey } : {};
  return { [d.dcs.etcdApi === 'v3' ? 'etcd3' : 'etcd']: { hosts: etcdEndpoints(d), protocol: etcdScheme(d), ...tls } };
}

/**
 * Patroni's dynamic configuration: the cluster-wide settings Patroni keeps in the DCS. It is
 * bootstrap.dcs of patroni.yml (used when the cluster is created) and, the same object, the
 * file that a step pushes to the DCS when it changes (renderPatroniDcsConfig).
 */
export function patroniDynamicConfig(cluster: ResolvedCluster): Record<string, unknown> {
  return {
    ttl: cluster.ha.ttl,
    loop_wait: cluster.ha.loopWait,
    retry_timeout: cluster.ha.retryTimeout,
    maximum_lag_on_failover: cluster.ha.maximumLagOnFailover,
    synchronous_mode: cluster.ha.synchronousMode,
    synchronous_mode_strict: cluster.ha.synchronousModeStrict,
    failsafe_mode: true,
    postgresql: {
      use_pg_rewind: true,
      use_slots: true,
      parameters: cluster.dcsParameters,
    },
  };
}

/** The dynamic configuration alone, for `patronictl edit-config --apply` (assets/steps/patroni-dcs.sh). */
export function renderPatroniDcsConfig(cluster: ResolvedCluster): string {
  return `${header()}\n# Patroni's dynamic configuration (bootstrap.dcs of patroni.yml): pushed to the DCS when it changes.\n${toYaml(patroniDynamicConfig(cluster))}`;
}

/** Who may make unsafe REST calls: the cluster's members (patronictl on any of them), the meta nodes, this node. */
export function restApiAllowlist(d: ResolvedDeployment, cluster: ResolvedCluster): string[] {
  return [...new Set([...cluster.instances.map((i) => i.ip), ...d.metaNodes.map((m) => m.ip), '127.0.0.1'])];
}

/** Postgres serves TLS with the node's certificate (every name and address it answers to) when TLS is on. */
function sslParameters(d: ResolvedDeployment): Record<string, string> {
  if (!d.tls.enabled) return {};
  return { ssl: 'on', ssl_cert_file: PATHS.tlsCert, ssl_key_file: PATHS.tlsKey, ssl_ca_file: PATHS.tlsCa, ssl_min_protocol_version: 'TLSv1.2' };
}

export function renderPatroniConfig(d: ResolvedDeployment, cluster: ResolvedCluster, instance: ResolvedInstance): string {
  const config = {
    scope: cluster.name,
    namespace: d.dcs.namespace,
    name: instance.name,
    restapi: {
      listen: `0.0.0.0:${d.ports.patroni}`,
      connect_address: `${instance.ip}:${d.ports.patroni}`,
      // Unsafe calls (POST, PATCH, DELETE) only from these, and with PATRONI_RESTAPI_* (patroni.env); checks are safe GETs.
      allowlist: restApiAllowlist(d, cluster),
    },
    ...dcsSection(d),
    bootstrap: {
      dcs: patroniDynamicConfig(cluster),
      pg_hba: ['local all postgres peer'],
      initdb: [
        { encoding: 'UTF8' },
        { 'lc-collate': 'C' },
        { 'lc-ctype': 'C.UTF-8' },
        'data-checksums',
        { 'auth-local': 'peer' },
        { 'auth-host': 'scram-sha-256' },
      ],
    },
    postgresql: {
      listen: `0.0.0.0:${d.ports.postgres}`,
      connect_address: `${instance.ip}:${d.ports.postgres}`,
      data_dir: PATHS.pgData,
      bin_dir: pgBinDir(d.guest.pgVersion),
      pgpass: PATHS.patroniPgpass,
      use_unix_socket: true,
      use_unix_socket_repl: true,
      authentication: {
        superuser: { username: DBSU },
        replication: { username: REPLICATION_USER },
        rewind: { username: REPLICATION_USER },
      },
      parameters: {
        hba_file: PATHS.pgHba,
        unix_socket_directories: PG_SOCKET_DIR,
        // Any session can ask which member serves it, also through pgbouncer and HAProxy.
        'pigsty.instance': instance.name,
        ...sslParameters(d),
        ...instance.parameters,
      },
      create_replica_methods: ['basebackup'],
      basebackup: [{ checkpoint: 'fast' }],
      remove_data_directory_on_rewind_failure: true,
    },
    watchdog: { mode: 'off' },
    tags: { nofailover: false, noloadbalance: false, clonefrom: true, nosync: false },
  };
  return `${header()}\n${toYaml(config, PATRONI_COMMENTS)}`;
}

const PATRONI_COMMENTS = {
  'bootstrap.dcs':
    'Cluster-wide settings, the same as dcs.yml beside this file. Patroni applies them when it creates the cluster; later changes are pushed to the DCS when dcs.yml is applied.',
  'bootstrap.pg_hba': "Only for Patroni 3.0's config validator: Postgres reads hba_file (below).",
  'bootstrap.initdb': 'C collation sorts fast and never changes with a libc upgrade; C.UTF-8 classifies characters.',
  'postgresql.authentication': 'Passwords come from PATRONI_* variables in patroni.env, never from this file.',
  'postgresql.parameters': 'Local parameters: shared settings, then sizes computed from this node, then the spec.',
  'postgresql.remove_data_directory_on_rewind_failure': 'A former primary that cannot rewind re-clones instead of staying down.',
};

/** Every Patroni credential, read by the unit as an EnvironmentFile (mode 0600). */
export function renderPatroniEnv(d: ResolvedDeployment): string {
  return envFile(
    {
      PATRONI_SUPERUSER_USERNAME: DBSU,
      PATRONI_SUPERUSER_PASSWORD: d.secrets.superuserPassword,
      PATRONI_REPLICATION_USERNAME: REPLICATION_USER,
      PATRONI_REPLICATION_PASSWORD: d.secrets.replicationPassword,
      PATRONI_REWIND_USERNAME: REPLICATION_USER,
      PATRONI_REWIND_PASSWORD: d.secrets.replicationPassword,
      PATRONI_RESTAPI_USERNAME: PATRONI_API_USER,
      PATRONI_RESTAPI_PASSWORD: d.secrets.patroniApiPassword,
    },
    'Patroni credentials (secret).',
  );
}
