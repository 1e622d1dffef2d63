/**
 * Postgres parameters sized from the node (Pigsty's OLTP template, simplified). Patroni takes
 * the cluster-wide ones only from the DCS, so they are kept apart from the per-node ones.
 */
import type { NodeSize } from './resolved';

/** Parameters Patroni reads only from its dynamic configuration in the DCS (same on every member). */
export const DCS_ONLY_PARAMETERS: readonly string[] = [
  'max_connections',
  'max_locks_per_transaction',
  'max_worker_processes',
  'max_prepared_transactions',
  'wal_level',
  'track_commit_timestamp',
  'max_wal_senders',
  'max_replication_slots',
  'wal_keep_size',
];

const MiB = 1;
const GiB = 1024 * MiB;

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Formats MiB as a Postgres memory setting in the largest exact unit. */
export function formatMemory(mib: number): string {
  const rounded = Math.max(1, Math.floor(mib));
  return rounded % GiB === 0 ? `${rounded / GiB}GB` : `${rounded}MB`;
}

/** Connection slots by the smallest member's memory; clients reach them through pgbouncer. */
export function maxConnectionsFor(memoryMiB: number): number {
  if (memoryMiB < 4 * GiB) return 100;
  if (memoryMiB < 16 * GiB) return 250;
  return 500;
}

/** Cluster-wide parameters, sized for the smallest member (a replica must match the primary). */
export function clusterParameters(sizes: readonly NodeSize[]): Record<string, string> {
  const memory = Math.min(...sizes.map((size) => size.memoryMiB));
  const cpus = Math.max(...sizes.map((size) => size.cpus));
  return {
    max_connections: String(maxConnectionsFor(memory)),
    max_locks_per_transaction: '128',
    max_prepared_transactions: '0',
    max_worker_processes: String(Math.max(8, cpus + 4)),
    max_wal_senders: '50',
    max_replication_slots: '50',
    wal_keep_size: '1GB',
    wal_level: 'logical',
    track_commit_timestamp: 'on',
  };
}

/** Per-node parameters sized from this node's memory, CPUs and disk. */
export function nodeParameters(size: NodeSize, maxConnections: number): Record<string, string> {
  const memory = size.memoryMiB;
  const sharedBuffers = Math.floor(memory / 4);
  const workMem = clamp(Math.floor((memory - sharedBuffers) / (maxConnections * 2)), 4, 256);
  const maxWalSize = clamp(Math.floor((size.diskGiB * GiB) / 8), 1 * GiB, 64 * GiB);
  return {
    shared_buffers: formatMemory(sharedBuffers),
    effective_cache_size: formatMemory(Math.floor((memory * 3) / 4)),
    maintenance_work_mem: formatMemory(clamp(Math.floor(memory / 16), 64, 2 * GiB)),
    work_mem: formatMemory(workMem),
    max_parallel_workers: String(size.cpus),
    max_parallel_workers_per_gather: String(Math.floor(size.cpus / 2)),
    max_parallel_maintenance_workers: String(Math.max(1, Math.floor(size.cpus / 2))),
    max_wal_size: formatMemory(maxWalSize),
    min_wal_size: formatMemory(Math.floor(maxWalSize / 4)),
  };
}

/** Settings every member shares that Patroni lets each node hold locally. */
export const COMMON_PARAMETERS: Readonly<Record<string, string>> = {
  password_encryption: 'scram-sha-256',
  shared_preload_libraries: 'pg_stat_statements, auto_explain',
  hot_standby_feedback: 'on',
  wal_compression: 'on',
  wal_receiver_status_interval: '1s',
  checkpoint_timeout: '15min',
  checkpoint_completion_target: '0.9',
  track_io_timing: 'on',
  track_functions: 'all',
  'pg_stat_statements.max': '5000',
  'pg_stat_statements.track': 'all',
  'auto_explain.log_min_duration': '1s',
  log_min_duration_statement: '100',
  log_checkpoints: 'on',
  log_lock_waits: 'on',
  log_temp_files: '1024',
  log_autovacuum_min_duration: '1s',
  log_line_prefix: '%m [%p] %q%u@%d ',
  idle_in_transaction_session_timeout: '10min',
  timezone: 'UTC',
};
