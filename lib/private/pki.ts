/**
 * The deployment's PKI on the machine that synthesizes and deploys (the "admin node"): a CA, and
 * per node a TLS key and certificate signed by it, plus an SSH host key; each client identity
 * (etcd's root user) a key and certificate too. Made once with openssl and ssh-keygen in a
 * directory (0700, keys 0600) and reused by every later synth, so a deployment's keys survive
 * repeated synth and deploy runs. Terraform reads the files at plan time (file()), so the
 * synthesized JSON holds only their paths (docs/architecture.md, decision 15).
 *
 * A certificate is issued again when its names change, when it no longer verifies against the
 * CA (a CA brought in later), or when it is within RENEW_DAYS of expiry: its file changes, and
 * the next plan replaces it on the node.
 */
import { execFileSync } from 'child_process';
import { X509Certificate } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

/** Issued certificates last this long; a synth within RENEW_DAYS of the end issues a new one. */
export const CERT_DAYS = 365;
export const RENEW_DAYS = 30;
const CA_DAYS = 3650;

/** What a certificate is for: a server (and client of its peers), or a client only. */
export interface CertificateRequest {
  /** Where the files go, under the PKI directory: `<file>.crt`, `<file>.key`. */
  readonly file: string;
  /** The subject's CN (etcd takes it as the user name). */
  readonly commonName: string;
  /** DNS names and IP addresses, in the subjectAltName. */
  readonly dnsNames: readonly string[];
  readonly ips: readonly string[];
}

export interface IssuedFiles {
  readonly cert: string;
  readonly key: string;
}

function openssl(args: readonly string[]): string {
  try {
    return execFileSync('openssl', args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`openssl ${args[0]} failed (install openssl): ${stderr.trim() || (error as Error).message}`, { cause: error });
  }
}

/** Writes a file whole or not at all: a rename, so a reader never sees half a key. */
function writeAtomic(file: string, text: string, mode: number): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text, { mode });
  fs.chmodSync(tmp, mode);
  fs.renameSync(tmp, file);
}

/**
 * One synth at a time per directory: parallel test workers and a `cdktf synth` beside a deploy
 * must not each make a CA. A directory as the lock (mkdir is atomic); a lock older than a
 * minute is a crashed synth's and is taken over.
 */
function withLock<T>(dir: string, fn: () => T): T {
  const lock = path.join(dir, '.lock');
  const wait = new Int32Array(new SharedArrayBuffer(4));
  for (let attempt = 0; ; attempt++) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const held = fs.statSync(lock, { throwIfNoEntry: false });
      if (!held) continue; // released meanwhile
      if (Date.now() - held.mtimeMs > 60_000) fs.rmSync(lock, { recursive: true, force: true });
      else if (attempt > 3000) throw new Error(`${lock} is held by another synth for over a minute; remove it if no synth runs.`, { cause: error });
      Atomics.wait(wait, 0, 0, 20);
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** Where a deployment's PKI lives, and the CA it signs with. */
export interface PkiLayout {
  readonly dir: string;
  readonly caCert: string;
  readonly caKey: string;
}

/** The CA of a generated PKI: <dir>/ca.crt and ca.key, made when missing. */
export function generatedCa(dir: string, commonName: string): PkiLayout {
  const layout = { dir: path.resolve(dir), caCert: path.resolve(dir, 'ca.crt'), caKey: path.resolve(dir, 'ca.key') };
  ensureDir(layout.dir);
  withLock(layout.dir, () => {
    if (fs.existsSync(layout.caCert) && fs.existsSync(layout.caKey)) return;
    const key = openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256']);
    writeAtomic(layout.caKey, key, 0o600);
    const cert = openssl([
      'req', '-x509', '-new', '-key', layout.caKey, '-sha256', '-days', String(CA_DAYS), '-subj', `/O=cdktf-pigsty/CN=${commonName}`,
      '-addext', 'basicConstraints=critical,CA:TRUE,pathlen:0', '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
    ]); // prettier-ignore
    writeAtomic(layout.caCert, cert, 0o644);
  });
  return layout;
}

/** A CA the user brings: its certificate and key stay where they are; node files go to dir. */
export function existingCa(dir: string, caCert: string, caKey: string): PkiLayout {
  for (const [what, file] of [
    ['certFile', caCert],
    ['keyFile', caKey],
  ]) {
    if (!fs.existsSync(file))
      throw new Error(`Tls.existingCa: ${what} ${file} does not exist; give the path of the CA's PEM ${what === 'certFile' ? 'certificate' : 'private key'}.`);
  }
  ensureDir(path.resolve(dir));
  return { dir: path.resolve(dir), caCert: path.resolve(caCert), caKey: path.resolve(caKey) };
}

function ensureDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
}

/** The subjectAltName extension of a request, in a fixed order. */
function subjectAltName(request: CertificateRequest): string {
  return [...request.dnsNames.map((name) => `DNS:${name}`), ...request.ips.map((ip) => `IP:${ip}`)].join(',');
}

/**
 * Whether the certificate at `file` is still right: the same names, signed by the CA, not near
 * expiry. Checked in process (node:crypto), so a synth that issues nothing starts no program.
 */
function current(layout: PkiLayout, file: string, request: CertificateRequest): boolean {
  if (!fs.existsSync(file)) return false;
  try {
    const cert = new X509Certificate(fs.readFileSync(file));
    const ca = new X509Certificate(fs.readFileSync(layout.caCert));
    const names = [...request.dnsNames.map((name) => `DNS:${name}`), ...request.ips.map((ip) => `IP Address:${ip}`)].join(', ');
    const renewBy = Date.now() + RENEW_DAYS * 86_400_000;
    return (cert.subjectAltName ?? '') === names && cert.checkIssued(ca) && cert.verify(ca.publicKey) && Date.parse(cert.validTo) > renewBy;
  } catch {
    return false;
  }
}

/** The key and certificate of one identity, issued (or issued again) when not current. */
export function issue(layout: PkiLayout, request: CertificateRequest): IssuedFiles {
  for (const part of [...request.file.split('/'), request.commonName]) {
    if (!/^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(part))
      throw new Error(`certificate ${JSON.stringify(request.file)}: ${JSON.stringify(part)} is not letters, digits, . and -`);
  }
  const files = { cert: path.join(layout.dir, `${request.file}.crt`), key: path.join(layout.dir, `${request.file}.key`) };
  ensureDir(path.dirname(files.key));
  withLock(layout.dir, () => {
    if (fs.existsSync(files.key) && current(layout, files.cert, request)) return;
    if (!fs.existsSync(files.key)) writeAtomic(files.key, openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256']), 0o600);
    const san = subjectAltName(request);
    const cert = openssl([
      'req', '-x509', '-new', '-key', files.key, '-CA', layout.caCert, '-CAkey', layout.caKey, '-sha256', '-days', String(CERT_DAYS),
      '-subj', `/O=cdktf-pigsty/CN=${request.commonName}`, '-addext', 'basicConstraints=critical,CA:FALSE',
      '-addext', 'keyUsage=critical,digitalSignature,keyEncipherment', '-addext', 'extendedKeyUsage=serverAuth,clientAuth',
      ...(san ? ['-addext', `subjectAltName=${san}`] : []),
    ]); // prettier-ignore
    writeAtomic(files.cert, cert, 0o644);
  });
  return files;
}

export interface SshHostKeyFiles {
  readonly privateKey: string;
  readonly publicKey: string;
}

/** A node's ed25519 SSH host key, made once: cloud-init installs it before sshd first starts. */
export function sshHostKey(layout: PkiLayout, node: string): SshHostKeyFiles {
  if (!/^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(node)) throw new Error(`SSH host key of ${JSON.stringify(node)}: a node name is letters, digits, . and -`);
  const privateKey = path.join(layout.dir, 'ssh', `${node}.ssh_host_ed25519_key`);
  ensureDir(path.dirname(privateKey));
  const files = { privateKey, publicKey: `${privateKey}.pub` };
  withLock(layout.dir, () => {
    if (fs.existsSync(files.privateKey) && fs.existsSync(files.publicKey)) return;
    fs.rmSync(files.privateKey, { force: true });
    fs.rmSync(files.publicKey, { force: true });
    try {
      execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', `root@${node}`, '-f', files.privateKey], { stdio: 'pipe' });
    } catch (error) {
      throw new Error(`Could not make the SSH host key of ${node} with ssh-keygen (install openssh-client): ${(error as Error).message}`, { cause: error });
    }
    fs.chmodSync(files.privateKey, 0o600);
  });
  return files;
}
