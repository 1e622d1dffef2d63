/**
 * The deployment CA's files on each node (docs/architecture.md, decision 15): which names a
 * node's certificate carries, and the files that bring the CA certificate, the node's key and
 * certificate (and etcd's root identity on meta nodes) to it. The texts come from the caller:
 * at synth, Terraform expressions that read the runner's PKI directory (file()), so no key is in
 * the synthesized JSON; in tests, literal PEM text.
 */
import type { ResolvedDeployment, ResolvedNode } from '../model';
import { instanceName } from '../model';
import { RenderedFile, renderedFile } from '../render/file';
import { portalHosts } from '../render/nginx';
import { PATHS, TLS_GROUP } from '../render/paths';
import { memberOn } from './node-files';

/** A text the runner holds: as a step uploads it, and as it may sit inside user-data's JSON strings. */
export interface RunnerText {
  readonly text: string;
  readonly inJson: string;
}

/** A node's TLS files from the deployment's CA. */
export interface NodeTlsKeys {
  readonly caCert: RunnerText;
  readonly cert: RunnerText;
  readonly key: RunnerText;
  /** Meta nodes: etcd's root user (CN root). */
  readonly etcdRoot?: { readonly cert: RunnerText; readonly key: RunnerText };
}

/** What the runner's PKI gives one node. */
export interface NodeKeys {
  /** With TLS on. */
  readonly tls?: NodeTlsKeys;
  /** The node's ed25519 SSH host key: cloud-init installs it, the steps pin its public half. */
  readonly sshHostKey: { readonly privateKey: RunnerText; readonly publicKey: string };
}

/** The PKI of a deployment, node by node. */
export type NodeKeysOf = (node: ResolvedNode) => NodeKeys;

/** The etcd user of a node: its certificate's CN, which etcd takes as the user name. */
export const etcdUserOf = (node: ResolvedNode): string => node.name;

/** The CN of etcd's root client certificate. */
export const ETCD_ROOT_USER = 'root';

export interface CertificateNames {
  readonly dnsNames: readonly string[];
  readonly ips: readonly string[];
}

/**
 * Every name and address the node answers to: its host name, its instance and cluster names
 * (bare and in the domain), the cluster's VIP, loopback, and on meta nodes the portal's names.
 * So `sslmode=verify-full` works against a node, an instance, the cluster name or the VIP.
 */
export function certificateNames(d: ResolvedDeployment, node: ResolvedNode): CertificateNames {
  const domain = d.network.domain;
  const member = memberOn(d, node);
  const names = [node.name];
  if (member) names.push(instanceName(member.cluster.name, member.instance.seq), member.cluster.name);
  const dnsNames = [
    ...new Set([...names, ...names.map((name) => `${name}.${domain}`), ...(node.isMeta ? portalHosts(d).map((h) => h.name) : []), 'localhost']),
  ];
  const ips = [node.ip, ...(member?.cluster.vip ? [member.cluster.vip.address] : []), '127.0.0.1'];
  return { dnsNames, ips: [...new Set(ips)] };
}

/** A file whose text the runner holds. */
function runnerFile(path: string, text: RunnerText, options: { owner?: string; mode?: string; secret?: boolean; apply?: string }): RenderedFile {
  return { ...renderedFile(path, text.text, options), userDataContent: text.inJson };
}

/**
 * A renewed certificate or key reaches whoever runs on the node (one command for every node: a
 * path is installed one way per deployment): etcd and vip-manager read it only at start; Patroni's
 * reload reloads Postgres, which reads it again, as pgbouncer does on its reload.
 */
const CERTIFICATE_APPLY = [
  'for unit in etcd vip-manager; do if systemctl -q is-active "$unit"; then systemctl restart "$unit"; fi; done',
  'for unit in patroni pgbouncer; do if systemctl -q is-active "$unit"; then systemctl reload "$unit"; fi; done',
].join('; ');

/** The node's CA certificate, key and certificate; with TLS off, none. */
export function tlsFiles(d: ResolvedDeployment, node: ResolvedNode, { tls: keys }: NodeKeys): RenderedFile[] {
  if (!d.tls.enabled) return [];
  if (!keys) throw new Error(`node ${node.name}: TLS is on, but the plan was given no TLS keys for it`);
  const apply = CERTIFICATE_APPLY;
  const files = [
    runnerFile(PATHS.tlsCa, keys.caCert, { apply }),
    runnerFile(PATHS.tlsCert, keys.cert, { apply }),
    // Postgres accepts a key owned by root when only root and the group can read it.
    runnerFile(PATHS.tlsKey, keys.key, { owner: `root:${TLS_GROUP}`, mode: '0640', secret: true, apply }),
  ];
  if (node.isMeta && keys.etcdRoot && d.dcs.kind === 'etcd') {
    files.push(runnerFile(PATHS.etcdRootCert, keys.etcdRoot.cert, {}), runnerFile(PATHS.etcdRootKey, keys.etcdRoot.key, { secret: true }));
  }
  return files;
}
