/** Construct props from a plain spec carry every field: the cluster's spec round-trips. */
import { TerraformStack, Testing } from 'cdktf';
import { Deployment, DeploymentSecrets, PgCluster, Platform } from '../../lib';
import { clusterPropsOf } from '../../lib/constructs/spec-props';
import type { ClusterSpec } from '../../lib/model';
import { SANDBOX_NETWORK, SANDBOX_PG_META, SANDBOX_PG_TEST } from '../../lib/model';
import { TEST_SSH } from '../helpers/stacks';

/** A spec that sets every field a cluster has. */
const FULL: ClusterSpec = {
  name: 'pg-full',
  instances: [
    { seq: 1, role: 'primary', ip: '10.10.10.21', hostname: 'full-1', weight: 50, size: { cpus: 2, memoryMiB: 4096, diskGiB: 30 } },
    { seq: 2, role: 'offline', ip: '10.10.10.22', offlineQuery: true },
  ],
  users: [{ name: 'dbuser_full', password: 'Full.Password1', pgbouncer: true, roles: ['dbrole_readwrite'], connectionLimit: 10, comment: 'c' }],
  databases: [{ name: 'full', owner: 'dbuser_full', extensions: ['pg_trgm'], schemas: ['app'], poolSize: 8 }],
  hba: [
    { type: 'host', database: 'full', user: 'dbuser_full', address: '10.0.0.0/8', method: 'scram-sha-256', role: 'primary', comment: 'app servers' },
    { type: 'hostssl', database: 'all', user: '+dbrole_readonly', address: 'world', method: 'scram-sha-256' },
    { type: 'local', database: 'all', user: 'dbuser_full', method: 'peer' },
  ],
  services: [
    { name: 'standby', port: 5435, destination: 'postgres', check: '/sync', selector: { roles: ['replica'], seqs: [2] }, balance: 'leastconn', maxconn: 100 },
    { name: 'raw', port: 5437, destinationPort: 5432, check: '/replica?lag=1MB', selector: { offlineQuery: true } },
  ],
  vip: { address: '10.10.10.20', prefix: 24, interface: 'eth0' },
  parameters: { work_mem: '8MB' },
  rto: { preset: 'fast', ttl: 10, loopWait: 2, retryTimeout: 4 },
  rpo: 0,
  synchronousStrict: true,
  pgbouncer: { poolMode: 'session', maxClientConn: 100, defaultPoolSize: 10 },
};

function roundTrip(spec: ClusterSpec): ClusterSpec {
  const stack = new TerraformStack(Testing.app(), 'test');
  const deployment = new Deployment(stack, 'd', {
    platform: Platform.libvirt(),
    network: SANDBOX_NETWORK,
    ssh: TEST_SSH,
    secrets: DeploymentSecrets.demo(),
    policies: { allow: ['no-demo-passwords'] },
  });
  const { props, services } = clusterPropsOf(spec);
  const cluster = new PgCluster(deployment, spec.name, props);
  for (const [name, service] of services) cluster.addService(name, service);
  return JSON.parse(JSON.stringify(cluster.toSpec()));
}

describe('construct props from a cluster spec', () => {
  it.each([FULL, SANDBOX_PG_META, SANDBOX_PG_TEST])('keeps every field of $name', (spec) => {
    expect(roundTrip(spec)).toEqual({ services: [], ...JSON.parse(JSON.stringify(spec)) });
  });
});
