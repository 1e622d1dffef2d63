/**
 * A vSphere site: vCenter, credentials and where VMs go, each a Terraform variable, so the same
 * code deploys to any site and the password only ever lives in Terraform's sensitive values.
 */
import { IResolvable, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';

/** Where the VMs run: a compute cluster (its root resource pool) or a resource pool. */
export class VsphereCompute {
  /** The site variable names a compute cluster; VMs go to its root resource pool. */
  static readonly CLUSTER = new VsphereCompute('cluster');
  /** The site variable names a resource pool, by path (`cluster/Resources/pigsty`) or, if unique, by name. */
  static readonly RESOURCE_POOL = new VsphereCompute('resource_pool');
  private constructor(/** @internal */ readonly kind: 'cluster' | 'resource_pool') {}
}

/** Where the VMs' disks go: a datastore, or a datastore cluster (Storage DRS places each VM). */
export class VsphereStorage {
  static readonly DATASTORE = new VsphereStorage('datastore');
  static readonly DATASTORE_CLUSTER = new VsphereStorage('datastore_cluster');
  private constructor(/** @internal */ readonly kind: 'datastore' | 'datastore_cluster') {}
}

/** Defaults of the site variables (a tfvars file or TF_VAR_... still overrides each). The password has none. */
export interface VsphereSiteDefaults {
  /** vCenter's host name. */
  readonly server?: string;
  /** vCenter user, e.g. `terraform@vsphere.local`. */
  readonly user?: string;
  readonly datacenter?: string;
  /** The compute cluster or resource pool, after `compute`. */
  readonly compute?: string;
  /** The datastore or datastore cluster, after `storage`. */
  readonly storage?: string;
  /** The port group of the deployment network. */
  readonly network?: string;
  /** The template VM every node is cloned from (cloud-init with the VMware datasource, open-vm-tools). */
  readonly template?: string;
  /** VM folder, relative to the datacenter's VM folder, e.g. `pigsty/prod`. */
  readonly folder?: string;
  /** Accept a vCenter certificate that does not verify. @default false */
  readonly allowUnverifiedSsl?: boolean;
}

/** The values of the site variables, as Terraform references. */
export interface VsphereSite {
  readonly server: string;
  readonly user: string;
  readonly password: string;
  readonly allowUnverifiedSsl: IResolvable;
  readonly datacenter: string;
  readonly compute: string;
  readonly storage: string;
  readonly network: string;
  readonly template: string;
  readonly folder: string;
}

function variable(scope: Construct, name: string, description: string, value?: string): string {
  return new TerraformVariable(scope, name, { type: 'string', nullable: false, description, default: value }).stringValue;
}

/** Declares the site's variables (`<prefix>_server`, `<prefix>_password`, ...) on the stack. */
export function siteVariables(
  scope: Construct,
  prefix: string,
  compute: VsphereCompute,
  storage: VsphereStorage,
  defaults: VsphereSiteDefaults = {},
): VsphereSite {
  const password = new TerraformVariable(scope, `${prefix}_password`, {
    type: 'string',
    sensitive: true,
    nullable: false,
    description: `Password of the vCenter user (no default: set TF_VAR_${prefix}_password, or a tfvars file kept out of the repository).`,
  });
  const unverified = new TerraformVariable(scope, `${prefix}_allow_unverified_ssl`, {
    type: 'bool',
    nullable: false,
    default: defaults.allowUnverifiedSsl ?? false,
    description: "Accept a vCenter certificate that does not verify (a lab's self-signed one). Keep it false in production.",
  });
  return {
    server: variable(scope, `${prefix}_server`, 'vCenter host name.', defaults.server),
    user: variable(scope, `${prefix}_user`, 'vCenter user.', defaults.user),
    password: password.stringValue,
    allowUnverifiedSsl: unverified.booleanValue,
    datacenter: variable(scope, `${prefix}_datacenter`, 'Datacenter of the deployment.', defaults.datacenter),
    compute: variable(
      scope,
      `${prefix}_${compute.kind}`,
      compute === VsphereCompute.CLUSTER ? 'Compute cluster the VMs run in (its root resource pool).' : 'Resource pool the VMs run in.',
      defaults.compute,
    ),
    storage: variable(
      scope,
      `${prefix}_${storage.kind}`,
      storage === VsphereStorage.DATASTORE ? 'Datastore of the VMs.' : 'Datastore cluster of the VMs.',
      defaults.storage,
    ),
    network: variable(scope, `${prefix}_network`, 'Port group of the deployment network.', defaults.network),
    template: variable(
      scope,
      `${prefix}_template`,
      'Template VM the nodes are cloned from (cloud-init with the VMware datasource, open-vm-tools).',
      defaults.template,
    ),
    folder: variable(scope, `${prefix}_folder`, "VM folder, relative to the datacenter's VM folder.", defaults.folder),
  };
}
