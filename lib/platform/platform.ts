/**
 * Where the machines of a deployment come from. A platform turns each node's cloud-init
 * documents into a running machine that answers SSH at the node's static address. It is the
 * only place that knows a hypervisor; libvirt and local (systemd-nspawn) implement it.
 */
import type { TerraformResource } from 'cdktf';
import type { Construct } from 'constructs';
import type { ResolvedDeployment, ResolvedNode } from '../model';
import type { DeploymentPlan, PlatformTraits } from '../plan';

/** A node, ready to be turned into a machine. */
export interface MachineSpec {
  readonly node: ResolvedNode;
  /** #cloud-config, possibly holding secrets and CDK tokens; the platform passes it as sensitive. */
  readonly userData: string;
  readonly metaData: string;
  readonly networkConfig: string;
}

/** What steps need to know about a machine the platform created. */
export interface Machine {
  readonly node: ResolvedNode;
  /** Steps that run on this machine depend on these (the VM, its boot). */
  readonly dependables: readonly TerraformResource[];
  /**
   * A Terraform expression (or plain text) that changes when the machine is replaced, so the
   * bootstrap steps run again on the new one.
   */
  readonly identity: string;
  /**
   * Resources of the machine whose replacement leaves the node in place (the local platform's
   * check that a node runs, replaced to start it again): a plan replacing them destroys no node.
   */
  readonly keepsNode?: readonly TerraformResource[];
}

/** A platform: create one with `Platform.libvirt(...)` or `Platform.local(...)`. */
export interface IPlatform {
  /** Short name for messages and docs: `libvirt`, `local`. */
  readonly name: string;
  /** @internal What the plan needs to know of the machines (DNS, clock). */
  traits(deployment: ResolvedDeployment): PlatformTraits;
  /** @internal Creates what all machines share (network, image, pool). Called once, before `machine`. */
  prepare(scope: Construct, plan: DeploymentPlan): void;
  /** @internal Creates one machine. */
  machine(scope: Construct, plan: DeploymentPlan, spec: MachineSpec): Machine;
}
