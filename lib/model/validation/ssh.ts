/**
 * How the steps log in: the private key, the connection timeout and the jump host. Settings
 * that cannot work are refused at synth instead of failing every step at apply. A message
 * never shows the key; values only known at apply time (Fn.file(), variables) are not judged.
 */
import { isDeferred } from '../deferred';
import { LINUX_USER } from '../names';
import { isInt, show } from './helpers';
import type { RuleSet } from './rule';

/** Why a literal private key cannot be used by Terraform's SSH connection, or undefined when it can. */
export function privateKeyProblem(key: unknown): string | undefined {
  if (key === undefined || isDeferred(key)) return undefined;
  if (typeof key !== 'string' || key.trim() === '') return 'is empty: pass the key text, e.g. Fn.file("~/.ssh/id_ed25519")';
  const text = key.trim();
  if (/^(ssh-|ecdsa-|sk-)/.test(text)) return 'is a public key: pass the private key (the file without .pub), e.g. Fn.file("~/.ssh/id_ed25519")';
  if (!text.includes('\n') && /^[~./]|^[\w.-]+$/.test(text)) {
    return 'looks like a file path, but Terraform wants the key text: pass Fn.file(path) instead of the path';
  }
  const block = /^-----BEGIN ([A-Z ]*)PRIVATE KEY-----\r?\n([^]*?)\r?\n-----END \1PRIVATE KEY-----$/.exec(text);
  if (!block) return 'is not an OpenSSH or PEM private key ("-----BEGIN ... PRIVATE KEY-----")';
  if (block[1] === 'ENCRYPTED ' || /Proc-Type: 4,ENCRYPTED/.test(block[2]))
    return 'is protected by a passphrase, which Terraform cannot enter: use a key without one (or an agent)';
  if (block[1] === 'OPENSSH ') {
    // openssh-key-v1\0, then the cipher name as a length-prefixed string: "none" when unencrypted.
    const body = Buffer.from(block[2].replace(/\s+/g, ''), 'base64');
    const magic = 'openssh-key-v1\0';
    if (body.subarray(0, magic.length).toString('latin1') !== magic) return 'is not a valid OpenSSH private key (its body does not decode)';
    const length = body.readUInt32BE(magic.length);
    const cipher = body.subarray(magic.length + 4, magic.length + 4 + length).toString('latin1');
    if (cipher !== 'none') return 'is protected by a passphrase, which Terraform cannot enter: use a key without one (or an agent)';
  }
  return undefined;
}

/** A duration as Terraform's SSH timeout reads it (Go's time.ParseDuration): `10m`, `90s`, `1h30m`. */
const GO_DURATION = /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/;

const HOST = /^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/;

export const sshRules: RuleSet = {
  deployment: [
    {
      code: 'ssh-private-key',
      check: ({ ssh }) => {
        const why = privateKeyProblem(ssh.privateKey);
        return why && `ssh.privateKey ${why}.`;
      },
    },
    {
      code: 'ssh-timeout',
      check: ({ ssh }) =>
        ssh.timeout === undefined || isDeferred(ssh.timeout) || (typeof ssh.timeout === 'string' && GO_DURATION.test(ssh.timeout) && /[1-9]/.test(ssh.timeout))
          ? undefined
          : `ssh.timeout ${show(ssh.timeout)} is not a duration Terraform reads: write a number and a unit, e.g. "10m", "90s" or "1h30m".`,
    },
    {
      code: 'ssh-bastion',
      check: ({ ssh, admin }) => {
        const b = ssh.bastion;
        if (b === undefined) return undefined;
        if (!isDeferred(b.host) && !(typeof b.host === 'string' && HOST.test(b.host))) {
          return `ssh.bastion.host ${show(b.host)} is not a host name or address: write e.g. "bastion.example.internal" or "192.0.2.10".`;
        }
        if (b.port !== undefined && !isInt(b.port, 1, 65535))
          return `ssh.bastion.port ${show(b.port)} is not a port: use a whole number from 1 to 65535 (default 22).`;
        if (b.user !== undefined && !(typeof b.user === 'string' && LINUX_USER.test(b.user))) {
          return `ssh.bastion.user ${show(b.user)} is not a Linux user name: use lowercase letters, digits, '_' or '-' (default the admin user ${show(admin.user)}).`;
        }
        const why = privateKeyProblem(b.privateKey);
        return why && `ssh.bastion.privateKey ${why}.`;
      },
    },
  ],
};
