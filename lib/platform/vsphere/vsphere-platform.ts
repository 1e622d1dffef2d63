/**
 * VMware vSphere through vmware/vsphere 2.15.0 (the prebuilt @cdktf/provider-vsphere): the site's
 * datacenter, compute, datastore, port group, folder and template as data sources, and per node
 * one VM cloned from the template. Cloud-init reads the node's documents from guestinfo
 * (`extra_config`), through its VMware datasource; first boot only, so the VM ignores later
 * changes to them, as the libvirt seed does.
 */
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { DataVsphereComputeCluster } from '@cdktf/provider-vsphere/lib/data-vsphere-compute-cluster';
import { DataVsphereDatacenter } from '@cdktf/provider-vsphere/lib/data-vsphere-datacenter';
import { DataVsphereDatastore } from '@cdktf/provider-vsphere/lib/data-vsphere-datastore';
import { DataVsphereDatastoreCluster } from '@cdktf/provider-vsphere/lib/data-vsphere-datastore-cluster';
import { DataVsphereFolder } from '@cdktf/provider-vsphere/lib/data-vsphere-folder';
import { DataVsphereNetwork } from '@cdktf/provider-vsphere/lib/data-vsphere-network';
import { DataVsphereResourcePool } from '@cdktf/provider-vsphere/lib/data-vsphere-resource-pool';
import { DataVsphereVirtualMachine } from '@cdktf/provider-vsphere/lib/data-vsphere-virtual-machine';
import { VsphereProvider } from '@cdktf/provider-vsphere/lib/provider';
import {
  virtualMachineCloneToTerraform,
  virtualMachineDiskToTerraform,
  virtualMachineNetworkInterfaceToTerraform,
} from '@cdktf/provider-vsphere/lib/virtual-machine';
import type { ResolvedDeployment } from '../../model';
import { macAddressOf } from '../../model';
import type { DeploymentPlan, PlatformTraits } from '../../plan';
import { dataReference, LightResource, reference } from '../light-resource';
import type { IPlatform, Machine, MachineSpec } from '../platform';
import { GuestinfoBuilder } from './extra-config';
import { siteVariables, VsphereCompute, VsphereSite, VsphereSiteDefaults, VsphereStorage } from './site';

export interface VspherePlatformProps {
  /**
   * Prefix of the site's Terraform variables: `<prefix>_server`, `_user`, `_password`,
   * `_allow_unverified_ssl`, `_datacenter`, `_cluster` (or `_resource_pool`), `_datastore` (or
   * `_datastore_cluster`), `_network`, `_template`, `_folder`.
   * @default 'vsphere'
   */
  readonly variablePrefix?: string;
  /**
   * Defaults of the site variables, for a repository that targets one site. The password has none.
   * @default none: every site variable must be set (tfvars or TF_VAR_...)
   */
  readonly site?: VsphereSiteDefaults;
  /** @default VsphereCompute.CLUSTER */
  readonly compute?: VsphereCompute;
  /** @default VsphereStorage.DATASTORE */
  readonly storage?: VsphereStorage;
  /**
   * The site's resolvers: the nodes ask them after the meta nodes, and the meta nodes' dnsmasq
   * forwards to them (unless the meta nodes set dns.upstream).
   * @default the deployment network's gateway, as on libvirt
   */
  readonly upstreamDns?: string[];
  /**
   * Prefix of the VM names (`<name>-<node>`).
   * @default the deployment name
   */
  readonly name?: string;
}

const PROVIDER = { providerName: 'vsphere', providerVersion: '2.15.0' };

/** The data sources every VM refers to, read once per deployment. */
interface SiteData {
  readonly resourcePoolId: string;
  readonly datastore: { readonly attribute: 'datastore_id' | 'datastore_cluster_id'; readonly id: string };
  readonly networkId: string;
  readonly template: DataVsphereVirtualMachine;
  readonly folder: string;
}

export class VspherePlatform implements IPlatform {
  readonly name = 'vsphere';
  private data?: SiteData;
  private readonly guestinfo = new GuestinfoBuilder();

  constructor(private readonly props: VspherePlatformProps = {}) {}

  /** @internal */
  traits(d: ResolvedDeployment): PlatformTraits {
    return { upstreamDns: this.props.upstreamDns ?? [d.network.gateway], sharesHostClock: false };
  }

  /** @internal */
  prepare(scope: Construct, _plan: DeploymentPlan): void {
    const stack = TerraformStack.of(scope);
    const compute = this.props.compute ?? VsphereCompute.CLUSTER;
    const storage = this.props.storage ?? VsphereStorage.DATASTORE;
    const site: VsphereSite = siteVariables(stack, this.props.variablePrefix ?? 'vsphere', compute, storage, this.props.site);
    if (!stack.node.tryFindChild('vsphere')) {
      new VsphereProvider(stack, 'vsphere', {
        vsphereServer: site.server,
        user: site.user,
        password: site.password,
        allowUnverifiedSsl: site.allowUnverifiedSsl,
      });
      // The prebuilt package asks for "~> 2.13"; the project pins providers exactly.
      stack.addOverride('terraform.required_providers.vsphere.version', PROVIDER.providerVersion);
    }
    const datacenter = new DataVsphereDatacenter(scope, 'datacenter', { name: site.datacenter });
    const datacenterId = datacenter.id;
    const resourcePoolId =
      compute === VsphereCompute.CLUSTER
        ? new DataVsphereComputeCluster(scope, 'compute', { name: site.compute, datacenterId }).resourcePoolId
        : new DataVsphereResourcePool(scope, 'compute', { name: site.compute, datacenterId }).id;
    const datastore =
      storage === VsphereStorage.DATASTORE
        ? { attribute: 'datastore_id' as const, id: new DataVsphereDatastore(scope, 'storage', { name: site.storage, datacenterId }).id }
        : { attribute: 'datastore_cluster_id' as const, id: new DataVsphereDatastoreCluster(scope, 'storage', { name: site.storage, datacenterId }).id };
    const network = new DataVsphereNetwork(scope, 'network', { name: site.network, datacenterId });
    const template = new DataVsphereVirtualMachine(scope, 'template', { name: site.template, datacenterId });
    // Read so that a missing folder fails the plan, before any VM is cloned.
    new DataVsphereFolder(scope, 'folder', { path: `/${site.datacenter}/vm/${site.folder}` });
    this.data = { resourcePoolId, datastore, networkId: network.id, template, folder: site.folder };
  }

  /** @internal */
  machine(scope: Construct, plan: DeploymentPlan, spec: MachineSpec): Machine {
    const d = plan.deployment;
    if (!this.data) throw new Error('VspherePlatform.machine() called before prepare()');
    const { node } = spec;
    const { template } = this.data;
    const guestinfo = this.guestinfo.extraConfig(d, spec);
    const name = `${this.props.name ?? d.name}-${node.name}`;
    const templateAttribute = (attribute: string) => dataReference(template, attribute);
    const vm = new LightResource(
      scope,
      'vm',
      'vsphere_virtual_machine',
      {
        name,
        resource_pool_id: this.data.resourcePoolId,
        [this.data.datastore.attribute]: this.data.datastore.id,
        folder: this.data.folder,
        num_cpus: node.size.cpus,
        memory: node.size.memoryMiB,
        guest_id: templateAttribute('guest_id'),
        firmware: templateAttribute('firmware'),
        scsi_type: templateAttribute('scsi_type'),
        network_interface: [
          virtualMachineNetworkInterfaceToTerraform({
            networkId: this.data.networkId,
            adapterType: templateAttribute('network_interface_types[0]'),
            // The MAC cloud-init's network-config matches (vSphere accepts any unique static MAC).
            useStaticMac: true,
            macAddress: macAddressOf(node.ip),
          }),
        ],
        disk: [
          virtualMachineDiskToTerraform({
            label: 'disk0',
            size: node.size.diskGiB,
            thinProvisioned: templateAttribute('disks[0].thin_provisioned') as unknown as boolean,
            eagerlyScrub: templateAttribute('disks[0].eagerly_scrub') as unknown as boolean,
          }),
        ],
        clone: virtualMachineCloneToTerraform({ templateUuid: templateAttribute('id') }),
        extra_config: guestinfo,
        // Static addressing: the steps reach the node at its own address (and wait for SSH), so
        // the provider need not wait for VMware Tools to report one.
        wait_for_guest_net_timeout: 0,
      },
      {
        ...PROVIDER,
        lifecycle: {
          // First boot only (docs/architecture.md, decision 2); a new template must not replace a
          // database node, so the clone source is only read at creation. CPU, memory and disk
          // changes apply in place (the provider powers the VM off when hot-add is not enabled).
          ignoreChanges: ['extra_config', 'clone'],
          precondition: [
            {
              condition: `\${data.${template.terraformResourceType}.${template.friendlyUniqueId}.disks[0].size <= ${node.size.diskGiB}}`,
              errorMessage: `Node ${node.name}: its disk (${node.size.diskGiB} GiB) is smaller than the template's: give it a larger size.diskGiB or use a template with a smaller disk.`,
            },
          ],
        },
      },
    );
    return { node, dependables: [vm], identity: reference(vm, 'id') };
  }
}
