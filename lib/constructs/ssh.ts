/** How steps reach the nodes over SSH. */
import type { SSHProvisionerConnection } from 'cdktf';
import { arrayOf, number, optional, secret, shape, string } from '../model/validation/props';

export interface BastionProps {
  readonly host: string;
  /** @default the admin user */
  readonly user?: string;
  /** @default the admin private key */
  readonly privateKey?: string;
  /** @default 22 */
  readonly port?: number;
}

export interface SshAccessProps {
  /**
   * Admin user created on every node, with sudo and the public keys.
   * @default 'dba'
   */
  readonly user?: string;
  /** Public keys (one `ssh-ed25519 AAAA... comment` line each) authorized for the admin user. */
  readonly publicKeys: string[];
  /**
   * Private key the steps log in with: e.g. `Fn.file('/home/me/.ssh/id_ed25519')`, or the value of
   * a sensitive variable. Terraform reads it at apply time; it never lands in the plan.
   */
  readonly privateKey: string;
  /**
   * Jump host, when the Terraform runner cannot reach the nodes' network directly.
   * @default none: connect straight to each node's address
   */
  readonly bastion?: BastionProps;
  /**
   * How long a step waits for SSH to answer (a VM still booting).
   * @default '10m'
   */
  readonly timeout?: string;
}

/** The run-time form of SshAccessProps. */
export const SSH_ACCESS = shape({
  user: optional(string),
  publicKeys: arrayOf(string),
  privateKey: secret(string),
  bastion: optional(shape({ host: string, user: optional(string), privateKey: optional(secret(string)), port: optional(number) })),
  timeout: optional(string),
});

/** A connection to a node; with the node's host key pinned, Terraform refuses any other host answering there. */
export function sshConnection(access: SshAccessProps, user: string, host: string, hostKey?: string): SSHProvisionerConnection {
  return {
    type: 'ssh',
    host,
    user,
    ...(hostKey ? { hostKey } : {}),
    privateKey: access.privateKey,
    timeout: access.timeout ?? '10m',
    ...(access.bastion
      ? {
          bastionHost: access.bastion.host,
          bastionUser: access.bastion.user ?? user,
          bastionPrivateKey: access.bastion.privateKey ?? access.privateKey,
          bastionPort: access.bastion.port ?? 22,
        }
      : {}),
  };
}
