/** The benchmark topologies: the sandbox, and a fleet of 100 three-node clusters on 3 meta nodes. */
import * as os from 'os';
import * as path from 'path';
import * as fs from 'fs';
import { App, Fn, TerraformStack } from 'cdktf';
import { Deployment, DeploymentSecrets, InstanceRole, MetaNode, PgCluster, Platform, Sandbox } from '../lib';

const SSH = {
  publicKeys: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBenchmarkKey000000000000000000000000000000 bench@pigsty'],
  privateKey: Fn.file('/dev/null'),
};

export function sandboxApp(outdir: string): App {
  const app = new App({ outdir });
  new Sandbox(new TerraformStack(app, 'sandbox'), 'sandbox', { platform: Platform.libvirt(), ssh: SSH });
  return app;
}

export function fleetApp(outdir: string, clusters = 100): App {
  const app = new App({ outdir });
  const deployment = new Deployment(new TerraformStack(app, 'fleet'), 'fleet', {
    platform: Platform.libvirt(),
    network: { cidr: '10.1.0.0/16' },
    ssh: SSH,
    secrets: DeploymentSecrets.demo(),
  });
  for (let i = 0; i < 3; i++) new MetaNode(deployment, `meta-${i + 1}`, { ip: `10.1.0.${10 + i}` });
  for (let c = 1; c <= clusters; c++) {
    new PgCluster(deployment, `pg-app${c}`, {
      instances: [1, 2, 3].map((seq) => ({ seq, role: seq === 1 ? InstanceRole.PRIMARY : InstanceRole.REPLICA, ip: `10.1.${c}.${10 + seq}` })),
      vip: { address: `10.1.${c}.10` },
      users: [{ name: `dbuser_app${c}`, password: `App${c}.Password`, pgbouncer: true, roles: ['dbrole_readwrite'] }],
      databases: [{ name: `app${c}`, owner: `dbuser_app${c}` }],
    });
  }
  return app;
}

export function tempOutdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'pigsty-bench-'));
}
