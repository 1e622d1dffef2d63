/**
 * A production-style deployment on VMware vSphere: three meta nodes, an OLTP cluster of three
 * with RPO 0 (Patroni's synchronous mode), and a two-node cluster plus an offline instance for
 * reporting. The vCenter site and every password are Terraform variables (TF_VAR_... or a tfvars
 * file kept out of the repository); the code names only what is the same on every site.
 */
import { Fn, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { Deployment, DeploymentSecrets, InstanceRole, MetaNode, PgCluster, Platform, Rpo, RtoPreset, VsphereCompute } from 'cdktf-pigsty';

export class VsphereProdStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const password = (name: string, description: string): string =>
      new TerraformVariable(this, name, { type: 'string', sensitive: true, nullable: false, description }).stringValue;

    const prod = new Deployment(this, 'prod', {
      // The site: vsphere_server, vsphere_user, vsphere_password, vsphere_datacenter,
      // vsphere_resource_pool, vsphere_datastore, vsphere_network, vsphere_template, vsphere_folder.
      platform: Platform.vsphere({ compute: VsphereCompute.RESOURCE_POOL, upstreamDns: ['10.40.0.2'] }),
      network: { cidr: '10.40.0.0/24', domain: 'db.example.internal' },
      ssh: {
        publicKeys: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOfTheDbaTeam000000000000000000 dba@example'],
        privateKey: Fn.file('~/.ssh/id_ed25519'),
      },
      secrets: DeploymentSecrets.fromVariables(this),
      rto: RtoPreset.NORM,
    });
    for (const [i, name] of ['meta-1', 'meta-2', 'meta-3'].entries()) new MetaNode(prod, name, { ip: `10.40.0.${10 + i}` });

    const oltpSize = { cpus: 16, memoryMiB: 65536, diskGiB: 1000 };
    new PgCluster(prod, 'pg-oltp', {
      instances: [
        { seq: 1, role: InstanceRole.PRIMARY, ip: '10.40.0.31', size: oltpSize },
        { seq: 2, role: InstanceRole.REPLICA, ip: '10.40.0.32', size: oltpSize },
        { seq: 3, role: InstanceRole.REPLICA, ip: '10.40.0.33', size: oltpSize },
      ],
      vip: { address: '10.40.0.30' },
      rpo: Rpo.SYNCHRONOUS,
      users: [{ name: 'dbuser_oltp', password: password('oltp_password', 'Password of dbuser_oltp.'), pgbouncer: true, roles: ['dbrole_readwrite'] }],
      databases: [{ name: 'oltp', owner: 'dbuser_oltp', extensions: ['pg_stat_statements'] }],
      parameters: { work_mem: '64MB' },
    });

    new PgCluster(prod, 'pg-report', {
      instances: [
        { seq: 1, role: InstanceRole.PRIMARY, ip: '10.40.0.41', size: { cpus: 8, memoryMiB: 32768, diskGiB: 500 } },
        { seq: 2, role: InstanceRole.REPLICA, ip: '10.40.0.42', size: { cpus: 8, memoryMiB: 32768, diskGiB: 500 } },
        // Serves the offline service (5438) for reports and ETL, kept out of the replica service.
        { seq: 3, role: InstanceRole.OFFLINE, ip: '10.40.0.43', size: { cpus: 4, memoryMiB: 16384, diskGiB: 500 } },
      ],
      vip: { address: '10.40.0.40' },
      users: [{ name: 'dbuser_report', password: password('report_password', 'Password of dbuser_report.'), pgbouncer: true, roles: ['dbrole_readwrite'] }],
      databases: [{ name: 'report', owner: 'dbuser_report' }],
    });
  }
}
