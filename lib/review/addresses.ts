/**
 * What a planned address is, in the deployment's terms: looked up in the manifest of this synth,
 * then in the manifest of the applied configuration (`--before`), then read from the address by
 * the construct-ID contract (README, "Construct IDs are a contract"): a resource of a node that
 * left the spec is in neither manifest of this synth, but its address still names it.
 */
import type { DeploymentManifest, ManifestCluster, ManifestNode, ResourceRole, ReviewManifest } from './manifest';

export interface AddressRole {
  readonly deployment: string;
  readonly role: ResourceRole;
  /** Where the answer came from: this synth, the applied configuration, or the address alone. */
  readonly source: 'manifest' | 'before' | 'address';
  /** From the address alone: the instance it names (`pg-test-4`), if any. */
  readonly instance?: { readonly cluster: string; readonly name: string };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `type.<deployment>_<cluster>_<cluster>-<seq>_machine_…` or `type.<deployment>_<meta>_machine_…`. */
function fromAddress(resource: string, deployments: readonly string[]): AddressRole | undefined {
  for (const deployment of deployments) {
    const prefix = `^[\\w-]+\\.${escapeRegExp(deployment)}_`;
    const instance = new RegExp(`${prefix}([a-z0-9-]+)_(\\1-\\d+)_machine_`).exec(resource);
    if (instance) return { deployment, source: 'address', role: { kind: 'machine', node: instance[2] }, instance: { cluster: instance[1], name: instance[2] } };
    const meta = new RegExp(`${prefix}([a-z0-9-]+)_machine_`).exec(resource);
    if (meta) return { deployment, source: 'address', role: { kind: 'machine', node: meta[1] } };
  }
  return undefined;
}

/** Finds what each address is, in the manifests given. */
export class AddressBook {
  private readonly deploymentNames: string[];

  constructor(
    readonly manifest: ReviewManifest,
    readonly before?: ReviewManifest,
  ) {
    this.deploymentNames = [...new Set([...manifest.deployments, ...(before?.deployments ?? [])].map((d) => d.name))];
  }

  roleOf(resource: string): AddressRole | undefined {
    for (const [manifest, source] of [
      [this.manifest, 'manifest'],
      [this.before, 'before'],
    ] as const) {
      for (const deployment of manifest?.deployments ?? []) {
        const role = deployment.resources[resource];
        if (role) return { deployment: deployment.name, role, source };
      }
    }
    return fromAddress(resource, this.deploymentNames);
  }

  /** The deployment as this synth has it, else as the applied configuration had it. */
  deployment(name: string): DeploymentManifest | undefined {
    return this.manifest.deployments.find((d) => d.name === name) ?? this.before?.deployments.find((d) => d.name === name);
  }

  /** A node as the applied configuration had it (when given), else as this synth has it. */
  node(deployment: string, name: string): ManifestNode | undefined {
    const find = (m?: ReviewManifest) => m?.deployments.find((d) => d.name === deployment)?.nodes.find((n) => n.name === name);
    return find(this.before) ?? find(this.manifest);
  }

  /** A cluster as the applied configuration had it (when given), else as this synth has it. */
  cluster(deployment: string, name: string): ManifestCluster | undefined {
    const find = (m?: ReviewManifest) => m?.deployments.find((d) => d.name === deployment)?.clusters.find((c) => c.name === name);
    return find(this.before) ?? find(this.manifest);
  }

  /** Set on the cluster in this synth or in the applied configuration. */
  allowsDestroy(deployment: string, cluster: string): boolean {
    const find = (m?: ReviewManifest) => m?.deployments.find((d) => d.name === deployment)?.clusters.find((c) => c.name === cluster)?.allowDestroy;
    return find(this.manifest) === true || find(this.before) === true;
  }
}
