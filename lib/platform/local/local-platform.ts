/**
 * Local nodes: systemd-nspawn containers on this Linux host, one network namespace each on a
 * host bridge, booting real systemd and real cloud-init from the same user-data, meta-data and
 * network-config the libvirt platform puts on its ISO. Terraform built-ins only: terraform_data
 * with create- and destroy-time local-exec provisioners, so no provider is downloaded.
 */
import { createHash } from 'crypto';
import * as path from 'path';
import { TerraformResource, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import type { ResolvedDeployment } from '../../model';
import { macAddressOf, UsageError } from '../../model';
import type { DeploymentPlan, PlatformTraits } from '../../plan';
import { ASSETS_DIR, readAsset } from '../../private/assets';
import { reference } from '../light-resource';
import type { IPlatform, Machine, MachineSpec } from '../platform';
import { TerraformDataResource } from '../terraform-data';
import { sensitiveText, terraformText } from '../terraform-text';
import { GuestinfoBuilder } from '../vsphere/extra-config';

export interface LocalPlatformProps {
  /**
   * Where the nodes' overlays, cloud-init seeds and console logs live.
   * @default '/var/lib/pigsty-local/<deployment name>'
   */
  readonly workDir?: string;
  /**
   * Where base root file systems are built and kept (each about 1.6 GB, reused by every deployment
   * with the same package list).
   * @default '/var/cache/pigsty-local'
   */
  readonly cacheDir?: string;
  /**
   * Name of the host bridge (at most 15 characters).
   * @default 'pgl-' and the first 11 characters of the deployment name
   */
  readonly bridge?: string;
  /**
   * How cloud-init gets each node's documents: a NoCloud seed, as the libvirt platform's ISO
   * holds it, or the guestinfo values the vSphere platform puts in `extra_config`, through
   * cloud-init's VMware datasource (its environment transport, `VMX_GUESTINFO_*`).
   * @default LocalSeed.NOCLOUD
   */
  readonly seed?: LocalSeed;
}

/** Where a local node's cloud-init reads its documents from. */
export class LocalSeed {
  /** A NoCloud seed directory: user-data, meta-data, network-config. */
  static readonly NOCLOUD = new LocalSeed('nocloud');
  /**
   * The vSphere platform's guestinfo, value for value, read by cloud-init's VMware datasource from
   * the environment; a stand-in `vmware-rpctool` on the node records what the datasource writes back.
   */
  static readonly VSPHERE_GUESTINFO = new LocalSeed('guestinfo');
  private constructor(/** @internal */ readonly kind: 'nocloud' | 'guestinfo') {}
}

/** The environment variable cloud-init's VMware datasource reads a guestinfo key from (`guestinfo.userdata` -> `VMX_GUESTINFO_USERDATA`). */
export function guestinfoEnvName(key: string): string {
  return `vmx.${key}`.toUpperCase().replace(/\./g, '_');
}

/** Packages the nodes need beyond the debootstrap base (what an offline bundle would hold). */
function localPackages(plan: DeploymentPlan): string[] {
  return [...new Set(plan.nodes.flatMap((node) => node.packages))].sort();
}

export class LocalPlatform implements IPlatform {
  readonly name = 'local';
  private rootfs?: TerraformDataResource;
  private network?: TerraformDataResource;
  private sweep?: TerraformDataResource;
  private rootfsDir?: string;
  private readonly guestinfo = new GuestinfoBuilder();

  constructor(private readonly props: LocalPlatformProps = {}) {}

  private script(name: string): string {
    return path.join(ASSETS_DIR, 'local', name);
  }

  private workDir(d: ResolvedDeployment): string {
    return this.props.workDir ?? `/var/lib/pigsty-local/${d.name}`;
  }

  /** @internal */
  bridgeName(d: ResolvedDeployment): string {
    return this.props.bridge ?? `pgl-${d.name}`.slice(0, 15);
  }

  /** @internal The cached build (base, full, repo) for these packages; the build script's text is part of the key. */
  rootfsPath(plan: DeploymentPlan): string {
    const packages = localPackages(plan);
    const key = createHash('sha256').update(readAsset('local/build-rootfs.sh')).update(packages.join(' ')).digest('hex').slice(0, 12);
    return `${this.props.cacheDir ?? '/var/cache/pigsty-local'}/rootfs-debian12-${key}`;
  }

  /** @internal */
  traits(): PlatformTraits {
    return { upstreamDns: [], sharesHostClock: true };
  }

  /** @internal */
  prepare(scope: Construct, plan: DeploymentPlan): void {
    const d = plan.deployment;
    if (d.guest.os !== 'debian12') throw new UsageError(`The local platform builds Debian 12 nodes; guest OS ${d.guest.os} needs another platform.`);
    // Nodes are offline: only what Debian ships can be in the rootfs and the repository.
    if (d.infra.grafana.enabled) {
      throw new UsageError(
        'The local platform cannot install Grafana: Debian ships no Grafana package and local nodes are offline. Set grafana: { enabled: false } on the meta nodes.',
      );
    }
    if (d.dcs.kind === 'consul') {
      throw new UsageError('The local platform cannot install Consul: Debian ships no consul package and local nodes are offline. Use Dcs.etcd() here.');
    }
    const rootfs = (this.rootfsDir = this.rootfsPath(plan));
    this.rootfs = new TerraformDataResource(scope, 'rootfs', {
      // Kept across destroys: rebuilding takes minutes; a new package list gets a new key.
      triggersReplace: { rootfs },
      provisioners: [{ type: 'local-exec', command: [this.script('build-rootfs.sh'), rootfs, ...localPackages(plan)].join(' ') }],
    });
    const network = { BRIDGE: this.bridgeName(d), GATEWAY: `${d.network.gateway}/${d.network.prefix}` };
    this.network = new TerraformDataResource(scope, 'network', {
      triggersReplace: network,
      provisioners: [
        // The stack's name marks the bridge: a second stack on it is refused (not a trigger, so
        // it changes no existing plan).
        { type: 'local-exec', command: `${this.script('network.sh')} up`, environment: { ...network, OWNER: this.owner(scope) } },
        {
          type: 'local-exec',
          when: 'destroy',
          command: `${this.script('network.sh')} down`,
          // OWNER: a bridge another stack's mark is on stays.
          environment: { BRIDGE: '${self.triggers_replace.BRIDGE}', GATEWAY: '${self.triggers_replace.GATEWAY}', OWNER: this.owner(scope) },
        },
      ],
    });
    // Destroyed after every machine and before the network: removes this stack's nodes that
    // are still on the host without a state entry (an interrupted deploy, a lost state). Its
    // triggers never change while the stack lives, so it runs at a destroy only.
    this.sweep = new TerraformDataResource(scope, 'sweep', {
      triggersReplace: { WORKDIR: this.workDir(d), BRIDGE: network.BRIDGE, OWNER: this.owner(scope) },
      dependsOn: [this.network],
      provisioners: [
        {
          type: 'local-exec',
          when: 'destroy',
          command: `${this.script('node.sh')} sweep`,
          environment: { WORKDIR: '${self.triggers_replace.WORKDIR}', BRIDGE: '${self.triggers_replace.BRIDGE}', OWNER: '${self.triggers_replace.OWNER}' },
        },
      ],
    });
  }

  /** The stack that deploys the nodes: the bridge's mark, and the owner a sweep recognises. */
  private owner(scope: Construct): string {
    return TerraformStack.of(scope).node.id;
  }

  private noCloudSeed(scope: Construct, spec: MachineSpec, where: Record<string, string>): TerraformDataResource {
    const input = { user_data: sensitiveText(spec.userData), meta_data: terraformText(spec.metaData), network_config: terraformText(spec.networkConfig) };
    return this.seedResource(scope, where, input, {
      USER_DATA: '${self.input.user_data}',
      META_DATA: '${self.input.meta_data}',
      NETWORK_CONFIG: '${self.input.network_config}',
    });
  }

  /** Cloud-init is first boot only: the seed ignores later changes, like the libvirt ISO. */
  private seedResource(scope: Construct, where: Record<string, string>, input: object, environment: Record<string, string>): TerraformDataResource {
    return new TerraformDataResource(scope, 'seed', {
      input,
      triggersReplace: where,
      lifecycle: { ignoreChanges: ['input'] },
      provisioners: [{ type: 'local-exec', command: `${this.script('node.sh')} seed`, environment: { ...where, ...environment } }],
    });
  }

  /** The extra_config values the vSphere platform would give this node, each as the datasource's environment variable. */
  private guestinfoSeed(scope: Construct, d: ResolvedDeployment, spec: MachineSpec, where: Record<string, string>): TerraformDataResource {
    const extraConfig = this.guestinfo.extraConfig(d, spec);
    const names = Object.keys(extraConfig).map(guestinfoEnvName);
    return this.seedResource(
      scope,
      where,
      { extra_config: extraConfig },
      {
        GUESTINFO_VARS: names.join(' '),
        ...Object.fromEntries(Object.keys(extraConfig).map((key) => [guestinfoEnvName(key), `\${self.input.extra_config["${key}"]}`])),
      },
    );
  }

  /** @internal */
  machine(scope: Construct, plan: DeploymentPlan, spec: MachineSpec): Machine {
    const d = plan.deployment;
    if (!this.rootfs || !this.network || !this.sweep || !this.rootfsDir) throw new Error('LocalPlatform.machine() called before prepare()');
    const { node } = spec;
    const nodeScript = this.script('node.sh');
    const where: Record<string, string> = { WORKDIR: this.workDir(d), NODE: node.name };
    const seed =
      (this.props.seed ?? LocalSeed.NOCLOUD) === LocalSeed.VSPHERE_GUESTINFO ? this.guestinfoSeed(scope, d, spec, where) : this.noCloudSeed(scope, spec, where);
    const id = createHash('sha256').update(`${d.name}/${node.name}`).digest('hex').slice(0, 6);
    // Offline mode: only meta nodes boot with every package; the others install from the meta
    // nodes' repository, which the meta nodes serve from the shared build.
    const full = node.isMeta || d.guest.packageSource !== 'meta';
    const container = {
      ...where,
      ROOTFS: `${this.rootfsDir}/${full ? 'full' : 'base'}`,
      REPO: node.isMeta ? `${this.rootfsDir}/repo` : '',
      BRIDGE: this.bridgeName(d),
      MAC: macAddressOf(node.ip),
      NETNS: `pgl-${d.name}-${node.name}`,
      VETH: `pgl${id}`,
    };
    const machine: TerraformResource = new TerraformDataResource(scope, 'container', {
      triggersReplace: container,
      dependsOn: [this.rootfs, this.network, this.sweep, seed],
      provisioners: [
        // OWNER is recorded with the node for a sweep; outside the triggers, so it replaces no node.
        { type: 'local-exec', command: `${nodeScript} start`, environment: { ...container, OWNER: this.owner(scope) } },
        {
          type: 'local-exec',
          when: 'destroy',
          command: `${nodeScript} destroy`,
          environment: { WORKDIR: '${self.triggers_replace.WORKDIR}', NODE: '${self.triggers_replace.NODE}' },
        },
      ],
    });
    const running = new TerraformDataResource(scope, 'running', {
      triggersReplace: { state: runningTrigger(`${where.WORKDIR}/nodes/${node.name}/pid`) },
      dependsOn: [machine],
      provisioners: [{ type: 'local-exec', command: `${nodeScript} start`, environment: where }],
    });
    // The steps wait for a healed node too; its identity stays the container's, so healing reruns no step.
    return { node, dependables: [machine, running], identity: reference(machine, 'id'), keepsNode: [running] };
  }
}

/**
 * A trigger that reads "running" while the node's systemd-nspawn runs (its /proc stat, read by
 * Terraform at plan time: that command name, in a state other than zombie or dead), and is
 * unknown at plan time otherwise, so the plan replaces the node's `running` resource, whose
 * create starts the node again: a deploy heals a stopped or dead node. Either way it is
 * "running" once applied, so a second plan of a running node changes nothing.
 */
export function runningTrigger(pidFile: string): string {
  const stat = `try(file("/proc/\${trimspace(try(file(${JSON.stringify(pidFile)}), "none"))}/stat"), "")`;
  return `\${can(regex("^[0-9]+ \\\\(systemd-nspawn\\\\) [^ZX]", ${stat})) ? "running" : "running\${substr(timestamp(), 0, 0)}"}`;
}
