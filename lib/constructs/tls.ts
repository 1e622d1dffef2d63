/**
 * Where the deployment's CA comes from, and the node keys the runner keeps for it
 * (docs/architecture.md, decision 15). Synth makes what is missing in the PKI directory and hands
 * the plan Terraform expressions that read those files at plan time: the synthesized JSON holds
 * their paths, never a key.
 */
import * as path from 'path';
import { Fn, TerraformLocal } from 'cdktf';
import { Construct } from 'constructs';
import type { ResolvedDeployment, ResolvedNode } from '../model';
import { TOKEN_PATTERN, UsageError } from '../model';
import { checkArgument, optional, shape, string } from '../model/validation/props';
import { certificateNames, ETCD_ROOT_USER, NodeKeys, NodeKeysOf, RunnerText } from '../plan/tls';
import { existingCa, generatedCa, issue, PkiLayout, sshHostKey } from '../private/pki';

/** Where `Tls.generatedCa()` keeps the CA and the node keys. */
export interface GeneratedCaOptions {
  /**
   * The PKI directory on the machine that runs synth and deploy (0700, keys 0600; keep it out of
   * git and back it up: it is the deployment's CA).
   * @default `.pigsty/pki/<deployment name>` under the working directory of synth
   */
  readonly dir?: string;
}

/** A CA of your own for `Tls.existingCa()`, and where the node keys go. */
export interface ExistingCaOptions {
  /** The CA's PEM certificate. */
  readonly certFile: string;
  /** The CA's PEM private key (unencrypted; openssl signs the node certificates with it at synth). */
  readonly keyFile: string;
  /**
   * Where the node keys and certificates go.
   * @default `.pigsty/pki/<deployment name>` under the working directory of synth
   */
  readonly dir?: string;
}

/** The PKI directory's default: beside the project, one per deployment. */
const defaultDir = (deployment: string): string => path.resolve('.pigsty', 'pki', deployment);

/** TLS with the deployment's own CA, or off. The SSH host keys are made and pinned either way. */
export class Tls {
  /** A CA made at the first synth in the PKI directory (ca.crt, ca.key) and kept there. The default. */
  static generatedCa(options: GeneratedCaOptions = {}): Tls {
    checkArgument('Tls.generatedCa()', 'options', options, shape({ dir: optional(string) }));
    return new Tls(true, (deployment) => generatedCa(options.dir ?? defaultDir(deployment), `${deployment} CA`));
  }

  /** A CA of your own: synth signs the node certificates with it; its key never leaves the runner. */
  static existingCa(options: ExistingCaOptions): Tls {
    checkArgument('Tls.existingCa()', 'options', options, shape({ certFile: string, keyFile: string, dir: optional(string) }));
    return new Tls(true, (deployment) => existingCa(options.dir ?? defaultDir(deployment), options.certFile, options.keyFile));
  }

  /** No TLS: etcd, Postgres and the others speak plain text, as on a trusted lab network. */
  static disabled(options: GeneratedCaOptions = {}): Tls {
    checkArgument('Tls.disabled()', 'options', options, shape({ dir: optional(string) }));
    return new Tls(false, (deployment) => generatedCa(options.dir ?? defaultDir(deployment), `${deployment} CA`));
  }

  /**
   * No TLS and no keys from the runner at all: nodes make their own SSH host keys at first boot
   * and the connections do not pin them. For images that bring their own host keys, and for
   * platforms that must carry user-data without apply-time values.
   */
  static none(): Tls {
    return new Tls(false);
  }

  private constructor(
    /** @internal */ readonly enabled: boolean,
    /** @internal The PKI directory and CA; none: no keys from the runner. */ readonly layout?: (deployment: string) => PkiLayout,
  ) {}
}

/**
 * What each runner-file token stands for, by its token text: a token's text holds a counter that
 * differs between two synths in one process, so anything hashed from text that holds one (the
 * config files' keys) hashes this instead, and stays the same (docs/architecture.md, decision 13).
 */
const STANDS_FOR = new Map<string, string>();

/** The text with each runner-file token replaced by what it stands for. */
export function stableText(text: string): string {
  if (STANDS_FOR.size === 0 || !text.includes('${TfToken[')) return text;
  return text.replace(new RegExp(TOKEN_PATTERN.source, 'g'), (token) => STANDS_FOR.get(token) ?? token);
}

function standingFor(token: string, what: string): string {
  STANDS_FOR.set(token, what);
  return token;
}

/**
 * The keys of every node, made (or reused) in the PKI directory, as Terraform reads them: file()
 * for what a step uploads, and the same text with its newlines escaped for user-data's JSON
 * strings (one local per deployment, keyed by path).
 */
export function runnerKeys(scope: Construct, d: ResolvedDeployment, tls: Tls): NodeKeysOf | undefined {
  try {
    return makeRunnerKeys(scope, d, tls);
  } catch (error) {
    // A missing program or an unreadable CA is the user's to fix: a message, not a stack trace.
    throw new UsageError(`Deployment "${d.name}": ${(error as Error).message}`);
  }
}

function makeRunnerKeys(scope: Construct, d: ResolvedDeployment, tls: Tls): NodeKeysOf | undefined {
  if (!tls.layout) return undefined;
  const layout = tls.layout(d.name);
  const escaped: Record<string, string> = {};
  const local = new TerraformLocal(scope, 'pki-texts', escaped);
  const text = (file: string): RunnerText => {
    escaped[file] = `\${replace(file(${JSON.stringify(file)}), "\\n", "\\\\n")}`;
    return { text: standingFor(Fn.file(file), `file(${file})`), inJson: standingFor(Fn.lookup(local.asAnyMap, file) as string, `json(${file})`) };
  };
  const root =
    tls.enabled && d.dcs.kind === 'etcd' ? issue(layout, { file: 'clients/etcd-root', commonName: ETCD_ROOT_USER, dnsNames: [], ips: [] }) : undefined;
  const keys = new Map<string, NodeKeys>();
  for (const node of d.nodes) {
    const ssh = sshHostKey(layout, node.name);
    const sshHostKeyFiles = { privateKey: text(ssh.privateKey), publicKey: standingFor(Fn.trimspace(Fn.file(ssh.publicKey)), `file(${ssh.publicKey})`) };
    const issued = tls.enabled ? issue(layout, { file: `nodes/${node.name}`, commonName: node.name, ...certificateNames(d, node) }) : undefined;
    const tlsKeys = issued && {
      caCert: text(layout.caCert),
      cert: text(issued.cert),
      key: text(issued.key),
      etcdRoot: node.isMeta && root ? { cert: text(root.cert), key: text(root.key) } : undefined,
    };
    keys.set(node.name, { tls: tlsKeys, sshHostKey: sshHostKeyFiles });
  }
  return (node: ResolvedNode) => keys.get(node.name)!;
}
