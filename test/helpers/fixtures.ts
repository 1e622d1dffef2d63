import { buildModel, DeploymentSpec, ResolvedDeployment, sandboxSpec } from '../../lib/model';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { certificateNames, ETCD_ROOT_USER, NodeKeysOf, NodePlan, planDeployment, PlatformTraits, RunnerText } from '../../lib/plan';
import { generatedCa, issue, sshHostKey } from '../../lib/private/pki';

/** A fixed key, so rendered output is the same on every machine. */
export const TEST_SSH_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFixtureKeyForGoldenFilesOnly0000000000000 test@pigsty';

/** A platform like libvirt's: the gateway resolves, the nodes keep their own clocks. */
export const TEST_TRAITS: PlatformTraits = { upstreamDns: ['10.10.10.1'], sharesHostClock: false };

export function sandboxModel(overrides: Partial<DeploymentSpec> = {}): ResolvedDeployment {
  return buildModel({ ...sandboxSpec([TEST_SSH_KEY]), ...overrides });
}

/** The sandbox as this host can run it: no Grafana (Debian ships none). */
export function sandboxModelWithoutGrafana(): ResolvedDeployment {
  const spec = sandboxSpec([TEST_SSH_KEY]);
  return buildModel({ ...spec, metaNodes: spec.metaNodes.map((meta) => ({ ...meta, infra: { grafana: { enabled: false } } })) });
}

/** Stand-ins for the runner's PKI files, the same on every machine (golden files hold them). */
function fixtureText(what: string, node: string): RunnerText {
  const text = `-----BEGIN ${what}-----\nfixture of ${node} only\n-----END ${what}-----\n`;
  return { text, inJson: text };
}

export const TEST_KEYS: NodeKeysOf = (node) => ({
  tls: {
    caCert: fixtureText('CERTIFICATE', 'the CA'),
    cert: fixtureText('CERTIFICATE', node.name),
    key: fixtureText('PRIVATE KEY', node.name),
    etcdRoot: node.isMeta ? { cert: fixtureText('CERTIFICATE', 'etcd root'), key: fixtureText('PRIVATE KEY', 'etcd root') } : undefined,
  },
  sshHostKey: {
    privateKey: fixtureText('OPENSSH PRIVATE KEY', node.name),
    publicKey: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFixtureHostKey${node.name} root@${node.name}`,
  },
});

/**
 * A real PKI for the deployment (lib/private/pki.ts, the one synth uses), made once per machine in
 * the temp directory, its files as literal text: for tests that run the programs with the keys.
 */
export function realKeys(d: ResolvedDeployment): NodeKeysOf {
  const layout = generatedCa(path.join(os.tmpdir(), 'pigsty-test-pki', d.name), `${d.name} test CA`);
  const read = (file: string): RunnerText => {
    const text = fs.readFileSync(file, 'utf8');
    return { text, inJson: text };
  };
  const root = issue(layout, { file: 'clients/etcd-root', commonName: ETCD_ROOT_USER, dnsNames: [], ips: [] });
  return (node) => {
    const issued = issue(layout, { file: `nodes/${node.name}`, commonName: node.name, ...certificateNames(d, node) });
    const ssh = sshHostKey(layout, node.name);
    return {
      tls: {
        caCert: read(layout.caCert),
        cert: read(issued.cert),
        key: read(issued.key),
        etcdRoot: node.isMeta ? { cert: read(root.cert), key: read(root.key) } : undefined,
      },
      sshHostKey: { privateKey: read(ssh.privateKey), publicKey: fs.readFileSync(ssh.publicKey, 'utf8').trim() },
    };
  };
}

/** A client identity of the real test PKI (etcd users in tests): its files' paths. */
export function realClient(d: ResolvedDeployment, commonName: string): { ca: string; cert: string; key: string } {
  const layout = generatedCa(path.join(os.tmpdir(), 'pigsty-test-pki', d.name), `${d.name} test CA`);
  const issued = issue(layout, { file: `clients/${commonName}`, commonName, dnsNames: [], ips: [] });
  return { ca: layout.caCert, ...issued };
}

/** The plan of every node, meta nodes first. */
export function renderAllNodes(d: ResolvedDeployment, keysOf: NodeKeysOf = TEST_KEYS): readonly NodePlan[] {
  return planDeployment(d, TEST_TRAITS, keysOf).nodes;
}

export function fileOf(config: NodePlan, path: string): string {
  const file = config.files.find((f) => f.path === path);
  if (!file) throw new Error(`${config.node.name} has no ${path}`);
  return file.content;
}
