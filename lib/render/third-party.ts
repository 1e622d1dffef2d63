/** Packages from a vendor's apt repository (Grafana, HashiCorp): Debian ships neither. */
import type { AptSourceSpec } from '../model';

/** Shell commands that add the vendor's signed source and install its packages. */
export function thirdPartyInstall(name: string, source: AptSourceSpec, packages: readonly string[]): string[] {
  const keyring = `/etc/apt/keyrings/${name}.gpg`;
  return [
    'install -d -m 0755 /etc/apt/keyrings',
    `curl -fsSL ${source.keyUrl} | gpg --dearmor --yes -o ${keyring}`,
    `echo "deb [signed-by=${keyring}] ${source.repository}" > /etc/apt/sources.list.d/${name}.list`,
    `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`,
  ];
}
