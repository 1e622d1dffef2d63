/**
 * A node's #cloud-config: admin user, packages, every config file (write_files) and the
 * runcmd that starts units in dependency order. First boot only (DESIGN decision 2).
 */
import type { ResolvedDeployment } from '../model';
import type { RenderedFile } from '../render/file';
import type { NodeConfig } from '../render/node';
import { PATHS } from '../render/paths';
import { toYaml } from '../render/text';

export interface UserDataOptions {
  /** apt configuration for cloud-init's apt module (e.g. the meta node's local repository). */
  readonly apt?: Readonly<Record<string, unknown>>;
  /** Update the package index before installing (off when the packages are preinstalled). */
  readonly packageUpdate?: boolean;
}

/** Kept from package scripts: no service may start with a stock config while packages install. */
const POLICY_RC_D = { path: '/usr/sbin/policy-rc.d', content: '#!/bin/sh\nexit 101\n', permissions: '0755' };

/** Files cloud-init must write before packages install (the rest wait for their owners to exist). */
const EARLY_PATHS: readonly string[] = [PATHS.createClusterConf];

function writeFile(file: RenderedFile): Record<string, unknown> {
  return {
    path: file.path,
    content: file.content,
    owner: file.owner,
    permissions: file.mode,
    ...(EARLY_PATHS.includes(file.path) ? {} : { defer: true }),
  };
}

function runcmd(config: NodeConfig, admin: string): string[] {
  const { services } = config;
  const commands = [
    'rm -f /usr/sbin/policy-rc.d',
    'systemctl daemon-reload',
    `install -d -o ${admin} -g ${admin} -m 0700 ${PATHS.stageDir}`,
  ];
  if (config.node.instance) commands.push(`install -d -o postgres -g postgres -m 0750 ${PATHS.pgRoot}`);
  for (const unit of services.disable) commands.push(`systemctl disable --now ${unit}`);
  for (const unit of services.startNoBlock) commands.push(`systemctl enable ${unit}`, `systemctl restart --no-block ${unit}`);
  for (const unit of services.start) commands.push(`systemctl enable ${unit}`, `systemctl restart ${unit}`);
  for (const unit of services.enableOnly) commands.push(`systemctl enable ${unit}`);
  return commands;
}

export function buildUserData(d: ResolvedDeployment, config: NodeConfig, options: UserDataOptions = {}): string {
  const document = {
    hostname: config.node.name,
    fqdn: `${config.node.name}.${d.network.domain}`,
    manage_etc_hosts: false,
    locale: 'C.UTF-8',
    timezone: 'UTC',
    users: [
      {
        name: d.admin.user,
        gecos: 'Pigsty admin',
        shell: '/bin/bash',
        groups: ['sudo', 'adm'],
        sudo: 'ALL=(ALL) NOPASSWD:ALL',
        lock_passwd: true,
        ssh_authorized_keys: [...d.admin.sshKeys],
      },
    ],
    disable_root: true,
    ssh_pwauth: false,
    ...(options.apt ? { apt: options.apt } : {}),
    package_update: options.packageUpdate ?? true,
    packages: [...config.packages],
    write_files: [POLICY_RC_D, ...config.scripts.map(writeFile), ...config.files.map(writeFile)],
    runcmd: runcmd(config, d.admin.user),
    final_message: `pigsty node ${config.node.name} is up after $UPTIME seconds`,
  };
  return `#cloud-config\n${toYaml(document)}`;
}

/** Bytes of a cloud-init document; some platforms cap user-data (vSphere guestinfo, EC2 16 KiB). */
export function sizeOf(document: string): number {
  return Buffer.byteLength(document, 'utf8');
}
