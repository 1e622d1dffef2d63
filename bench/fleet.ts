/**
 * The benchmark topologies: the sandbox, and a fleet of three-node clusters on 3 meta nodes
 * (100 clusters, 303 nodes, by default), on libvirt or on the local platform.
 */
import * as os from 'os';
import * as path from 'path';
import * as fs from 'fs';
import { App, Fn, TerraformStack } from 'cdktf';
import { Deployment, DeploymentSecrets, InstanceRole, MetaNode, PackageRepo, PgCluster, Platform, Sandbox } from '../lib';

const SSH = {
  publicKeys: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBenchmarkKey000000000000000000000000000000 bench@pigsty'],
  privateKey: Fn.file('/dev/null'),
};

export type BenchPlatform = 'libvirt' | 'local';

export interface FleetOptions {
  /** @default 'libvirt' */
  readonly platform?: BenchPlatform;
  /** Three-node clusters on the 3 meta nodes. @default 100 (303 nodes) */
  readonly clusters?: number;
}

/** The sandbox on libvirt; on the local platform, the stack sandbox-local's topology (offline, no Grafana). */
export function sandboxApp(outdir: string, platform: BenchPlatform = 'libvirt'): App {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'sandbox');
  if (platform === 'local') new Sandbox(stack, 'sandbox', { platform: Platform.local(), ssh: SSH, repo: PackageRepo.META_ONLY, grafana: false });
  else new Sandbox(stack, 'sandbox', { platform: Platform.libvirt(), ssh: SSH });
  return app;
}

/** Nodes of a fleet of this many clusters. */
export const fleetNodes = (clusters: number): number => 3 + 3 * clusters;

export function fleetApp(outdir: string, options: FleetOptions = {}): App {
  const { platform = 'libvirt', clusters = 100 } = options;
  const local = platform === 'local';
  const app = new App({ outdir });
  const deployment = new Deployment(new TerraformStack(app, 'fleet'), 'fleet', {
    platform: local ? Platform.local() : Platform.libvirt(),
    network: { cidr: '10.1.0.0/16' },
    ssh: SSH,
    secrets: DeploymentSecrets.demo(),
    policies: { allow: ['no-demo-passwords'] },
  });
  // The local platform's nodes are offline: they install from the meta nodes' repository, and Debian has no Grafana.
  const metaOptions = local ? { repo: PackageRepo.META_ONLY, grafana: { enabled: false } } : {};
  for (let i = 0; i < 3; i++) new MetaNode(deployment, `meta-${i + 1}`, { ip: `10.1.0.${10 + i}`, ...metaOptions });
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
