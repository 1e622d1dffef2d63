/**
 * The sandbox's own SSH key pair, made once in .sandbox/ssh (git-ignored) so that a fresh
 * machine needs no key of its own. PIGSTY_SSH_KEY=<private key path> uses an existing key instead.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export interface SandboxKey {
  readonly publicKey: string;
  readonly privateKeyPath: string;
}

export function sandboxKey(projectDir: string): SandboxKey {
  const privateKeyPath = process.env.PIGSTY_SSH_KEY ?? path.join(projectDir, '.sandbox', 'ssh', 'id_ed25519');
  if (!fs.existsSync(privateKeyPath)) {
    if (process.env.PIGSTY_SSH_KEY) throw new Error(`PIGSTY_SSH_KEY points to ${privateKeyPath}, which does not exist.`);
    fs.mkdirSync(path.dirname(privateKeyPath), { recursive: true, mode: 0o700 });
    try {
      execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'pigsty-sandbox', '-f', privateKeyPath], { stdio: 'pipe' });
    } catch (error) {
      throw new Error(`Could not create the sandbox SSH key with ssh-keygen (install openssh-client): ${(error as Error).message}`, { cause: error });
    }
  }
  const publicKeyPath = `${privateKeyPath}.pub`;
  if (!fs.existsSync(publicKeyPath)) throw new Error(`${publicKeyPath} is missing: the sandbox needs the public half of ${privateKeyPath}.`);
  return { publicKey: fs.readFileSync(publicKeyPath, 'utf8').trim(), privateKeyPath: path.resolve(privateKeyPath) };
}
