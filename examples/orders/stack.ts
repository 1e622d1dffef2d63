/**
 * How a company repo uses the package: its own stack, with the platform's meta nodes and one
 * business cluster, pg-orders, that has a custom "standby" service for reporting reads.
 * Secrets come from sensitive Terraform variables (TF_VAR_pigsty_superuser_password, ...).
 */
import { Fn, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import {
  Deployment,
  DeploymentSecrets,
  HbaRule,
  HealthCheck,
  InstanceRole,
  LoadBalancing,
  MetaNode,
  PgCluster,
  Platform,
  Rpo,
  RtoPreset,
  ServiceDestination,
} from 'cdktf-pigsty';

export class OrdersStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const ordersPassword = new TerraformVariable(this, 'orders_password', { type: 'string', sensitive: true, description: 'Password of dbuser_orders.' });

    const prod = new Deployment(this, 'prod', {
      platform: Platform.libvirt({ uri: 'qemu+ssh://hypervisor.example.internal/system' }),
      network: { cidr: '10.20.0.0/24', domain: 'db.example.internal' },
      ssh: {
        publicKeys: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOfTheDbaTeam000000000000000000 dba@example'],
        privateKey: Fn.file('~/.ssh/id_ed25519'),
      },
      secrets: DeploymentSecrets.fromVariables(this),
      rto: RtoPreset.FAST,
    });
    for (const [i, name] of ['meta-1', 'meta-2', 'meta-3'].entries()) new MetaNode(prod, name, { ip: `10.20.0.${10 + i}` });

    const orders = new PgCluster(prod, 'pg-orders', {
      instances: [
        { seq: 1, role: InstanceRole.PRIMARY, ip: '10.20.0.21', size: { cpus: 8, memoryMiB: 32768, diskGiB: 500 } },
        { seq: 2, role: InstanceRole.REPLICA, ip: '10.20.0.22', size: { cpus: 8, memoryMiB: 32768, diskGiB: 500 } },
        { seq: 3, role: InstanceRole.OFFLINE, ip: '10.20.0.23', size: { cpus: 4, memoryMiB: 16384, diskGiB: 500 } },
      ],
      vip: { address: '10.20.0.20' },
      rpo: Rpo.SYNCHRONOUS,
      users: [{ name: 'dbuser_orders', password: ordersPassword.stringValue, pgbouncer: true, roles: ['dbrole_readwrite'] }],
      databases: [{ name: 'orders', owner: 'dbuser_orders', extensions: ['pg_stat_statements'] }],
      hba: [HbaRule.host({ database: 'orders', user: 'dbuser_orders', address: '10.30.0.0/16', comment: 'application servers' })],
      parameters: { work_mem: '32MB' },
    });
    orders.addService('standby', {
      port: 5435,
      check: HealthCheck.replicaWithLag(16 * 1024 * 1024),
      destination: ServiceDestination.POSTGRES,
      balance: LoadBalancing.LEAST_CONNECTIONS,
    });
  }
}
