import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SshSpec } from '../../../../lib/model';
import { requireProgram } from '../../../helpers/programs';
import { base, invalid, RulePair, vary } from '../support';

/** Private keys made by the real ssh-keygen: one plain, one with a passphrase. */
function keys(): { plain: string; encrypted: string; pem: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pigsty-ssh-cases-'));
  try {
    const make = (name: string, ...extra: string[]): string => {
      execFileSync(requireProgram('ssh-keygen'), ['-q', '-t', 'ed25519', '-C', 'case', '-f', path.join(dir, name), ...extra]);
      return fs.readFileSync(path.join(dir, name), 'utf8');
    };
    const pem = (): string => {
      execFileSync(requireProgram('ssh-keygen'), ['-q', '-t', 'rsa', '-b', '2048', '-m', 'PEM', '-N', '', '-C', 'case', '-f', path.join(dir, 'pem')]);
      return fs.readFileSync(path.join(dir, 'pem'), 'utf8');
    };
    return { plain: make('plain', '-N', ''), encrypted: make('encrypted', '-N', 'a passphrase'), pem: pem() };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
const KEYS = keys();

const withSsh = (ssh: SshSpec) => ({ ...base, ssh });

export const sshPairs: RulePair[] = [
  vary({
    code: 'ssh-private-key',
    name: 'a path instead of the key',
    build: (privateKey: string) => withSsh({ privateKey }),
    breaks: '~/.ssh/id_ed25519',
    keeps: KEYS.plain,
    says: ['ssh.privateKey looks like a file path', 'pass Fn.file(path)'],
  }),
  vary({
    code: 'ssh-private-key',
    name: 'the public key instead of the private one',
    build: (privateKey: string) => withSsh({ privateKey }),
    breaks: base.admin.sshKeys[0],
    keeps: KEYS.pem,
    says: ['ssh.privateKey is a public key', 'the file without .pub'],
  }),
  vary({
    code: 'ssh-private-key',
    name: 'a key with a passphrase',
    build: (privateKey: string) => withSsh({ privateKey }),
    breaks: KEYS.encrypted,
    keeps: KEYS.plain,
    says: ['ssh.privateKey is protected by a passphrase, which Terraform cannot enter'],
  }),
  vary({
    code: 'ssh-private-key',
    name: 'an empty key',
    build: (privateKey: string) => withSsh({ privateKey }),
    breaks: '',
    keeps: '${TfToken[TOKEN.1]}',
    says: ['ssh.privateKey is empty'],
  }),
  vary({
    code: 'ssh-timeout',
    name: 'a timeout Terraform cannot read',
    build: (timeout: string) => withSsh({ timeout }),
    breaks: '10 minutes',
    keeps: '10m',
    says: ['ssh.timeout "10 minutes" is not a duration Terraform reads', '"10m", "90s" or "1h30m"'],
  }),
  vary({
    code: 'ssh-timeout',
    name: 'a zero timeout',
    build: (timeout: string) => withSsh({ timeout }),
    breaks: '0s',
    keeps: '30s',
    says: ['ssh.timeout "0s"'],
  }),
  vary({
    code: 'ssh-bastion',
    name: 'a jump host that is not a host',
    build: (host: string) => withSsh({ bastion: { host } }),
    breaks: 'jump host',
    keeps: 'jump.example.internal',
    says: ['ssh.bastion.host "jump host" is not a host name or address'],
  }),
  vary({
    code: 'ssh-bastion',
    name: 'a jump host port out of range',
    build: (port: number) => withSsh({ bastion: { host: '192.0.2.10', port } }),
    breaks: 70000,
    keeps: 2222,
    says: ['ssh.bastion.port 70000 is not a port'],
  }),
  vary({
    code: 'ssh-bastion',
    name: 'a jump host key that is a path',
    build: (privateKey: string) => withSsh({ bastion: { host: '192.0.2.10', privateKey } }),
    breaks: '/home/me/.ssh/jump',
    keeps: KEYS.plain,
    says: ['ssh.bastion.privateKey looks like a file path'],
  }),
  vary({
    code: 'ssh-bastion',
    name: 'a jump host user that is not a user name',
    build: (user: string) => withSsh({ bastion: { host: '192.0.2.10', user: invalid(user) } }),
    breaks: 'Admin User',
    keeps: 'jump',
    says: ['ssh.bastion.user "Admin User" is not a Linux user name'],
  }),
];
