/** The sandbox stack on libvirt: what `cdktf synth sandbox` describes. */
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LibvirtNetwork, Platform } from '../../lib';
import { synthSandbox } from '../helpers/stacks';

const { config } = synthSandbox();
const resources = (type: string): Record<string, any> => config.resource[type] ?? {};
const byName = (type: string, name: string): any => Object.values(resources(type)).find((r: any) => r.name === name);

describe('sandbox on libvirt', () => {
  it('has a NAT network 10.10.10.0/24 without DHCP', () => {
    const [network] = Object.values(resources('libvirt_network')) as any[];
    expect(network.forward).toEqual({ mode: 'nat' });
    expect(network.ips).toEqual([{ address: '10.10.10.1', family: 'ipv4', prefix: 24 }]);
    expect(network.autostart).toBe(true);
  });

  it('has a base volume from the Debian 12 cloud image and one overlay per node', () => {
    const base = byName('libvirt_volume', 'sandbox-base.qcow2');
    expect(base.create.content.url).toMatch(/debian-12-genericcloud-amd64\.qcow2$/);
    for (const node of ['meta', 'node-1', 'node-2', 'node-3']) {
      const root = byName('libvirt_volume', `sandbox-${node}.qcow2`);
      expect(root.backing_store.path).toMatch(/^\$\{libvirt_volume\.sandbox_platform_base-image_[A-Z0-9]+\.path\}$/);
    }
    expect(Object.keys(resources('libvirt_volume'))).toHaveLength(9); // base + 4 roots + 4 seed ISOs
  });

  it('sizes the meta node 2 vCPU / 4 GiB and the others 1 vCPU / 2 GiB', () => {
    const sizes = Object.fromEntries(Object.values(resources('libvirt_domain')).map((d: any) => [d.name, [d.vcpu, d.memory, d.memory_unit]]));
    expect(sizes).toEqual({
      'sandbox-meta': [2, 4096, 'MiB'],
      'sandbox-node-1': [1, 2048, 'MiB'],
      'sandbox-node-2': [1, 2048, 'MiB'],
      'sandbox-node-3': [1, 2048, 'MiB'],
    });
    expect(domainNamed('sandbox-meta').devices.disks[1]).toMatchObject({ device: 'cdrom', read_only: true });
  });

  it('gives each node its own MAC, which its network-config matches', () => {
    const domain = domainNamed('sandbox-node-2');
    expect(domain.devices.interfaces[0].mac.address).toBe('52:54:00:0a:0a:0c');
    const seed = byName('libvirt_cloudinit_disk', 'sandbox-node-2-seed');
    expect(seed.network_config).toContain('macaddress: 52:54:00:0a:0a:0c');
    expect(seed.network_config).toContain('- 10.10.10.12/24');
  });

  it('passes user-data as sensitive and ignores later changes to it', () => {
    for (const seed of Object.values(resources('libvirt_cloudinit_disk')) as any[]) {
      expect(seed.user_data).toMatch(/^\$\{sensitive\("#cloud-config\\n[^]*"\)\}$/);
      expect(seed.lifecycle.ignore_changes).toEqual(['user_data', 'meta_data', 'network_config']);
    }
  });

  it('pins the provider exactly', () => {
    expect(config.terraform.required_providers.libvirt).toEqual({ source: 'dmacvicar/libvirt', version: '0.9.7' });
  });

  it('outputs the endpoints of each cluster on its VIP', () => {
    const endpoints = Object.entries(config.output!).find(([key]) => key.startsWith('sandbox_pg-test_endpoints'))![1];
    expect(endpoints.value).toEqual({ primary: '10.10.10.3:5433', replica: '10.10.10.3:5434', default: '10.10.10.3:5436', offline: '10.10.10.3:5438' });
  });
});

describe('volume formats libvirt reports back', () => {
  /**
   * What libvirt reports for a volume (dmacvicar/libvirt 0.9.7 reads the format back, so any other
   * declared format fails the apply): cloud-init seeds are ISO images, the cloud images and the
   * overlays on them qcow2.
   */
  const reported = (volume: any): string => {
    if (/cloudinit_disk/.test(volume.create?.content?.url ?? '')) return 'iso';
    return 'qcow2';
  };

  it.each(Object.entries(resources('libvirt_volume')))('%s declares no format libvirt would report differently', (_name, volume: any) => {
    const declared = volume.target?.format?.type;
    if (declared !== undefined) expect(declared).toBe(reported(volume));
  });

  it('leaves the seed ISO format to libvirt, as the provider example does', () => {
    const seeds = Object.values(resources('libvirt_volume')).filter((v: any) => v.name.endsWith('-seed.iso')) as any[];
    expect(seeds).toHaveLength(4);
    for (const seed of seeds) {
      expect(seed.target).toBeUndefined();
      expect(reported(seed)).toBe('iso');
    }
  });
});

describe('libvirt for real sites', () => {
  it('puts the nodes on a host bridge, without a network of its own', () => {
    const { config: bridged } = synthSandbox({ platform: Platform.libvirt({ network: LibvirtNetwork.bridge('br0') }) });
    expect(bridged.resource.libvirt_network).toBeUndefined();
    for (const domain of Object.values(bridged.resource.libvirt_domain) as any[])
      expect(domain.devices.interfaces[0].source).toEqual({ bridge: { bridge: 'br0' } });
  });

  it('uses an existing libvirt network and storage pool by name', () => {
    const { config: existing } = synthSandbox({ platform: Platform.libvirt({ network: LibvirtNetwork.existing('site-net'), existingPool: 'images' }) });
    expect(existing.resource.libvirt_network).toBeUndefined();
    expect(existing.resource.libvirt_pool).toBeUndefined();
    for (const domain of Object.values(existing.resource.libvirt_domain) as any[]) {
      expect(domain.devices.interfaces[0].source).toEqual({ network: { network: 'site-net' } });
      expect(domain.devices.disks[0].source.volume.pool).toBe('images');
    }
    for (const volume of Object.values(existing.resource.libvirt_volume) as any[]) expect(volume.pool).toBe('images');
  });

  it('pins the image by URL and SHA-256: fetched and checked once on the runner, the pool gets the checked copy', () => {
    const sha256 = 'a'.repeat(64);
    const url = 'https://images.example.internal/debian-12-genericcloud-amd64-20250101.qcow2';
    const { config: pinned } = synthSandbox({ platform: Platform.libvirt({ imageUrl: url, imageSha256: sha256 }) });
    const [name, check] = Object.entries(pinned.resource.terraform_data).find(([key]) => key.includes('image-check'))! as [string, any];
    expect(check.triggers_replace).toEqual({ url, sha256, path: `/var/tmp/pigsty-images/${sha256}.img` });
    expect(check.provisioner[0]['local-exec'].command).toMatch(
      new RegExp(`/assets/libvirt/fetch-image\\.sh ${url.replace(/\./g, '\\.')} ${sha256} /var/tmp/pigsty-images/${sha256}\\.img$`),
    );
    const base = Object.values(pinned.resource.libvirt_volume).find((v: any) => v.name === 'sandbox-base.qcow2') as any;
    expect(base.create.content.url).toBe(`/var/tmp/pigsty-images/${sha256}.img`);
    expect(base.depends_on).toEqual([`terraform_data.${name}`]);
  });

  it('refuses an image checksum that is not a SHA-256', () => {
    expect(() => synthSandbox({ platform: Platform.libvirt({ imageSha256: 'abc' }) })).toThrow(
      /imageSha256 "abc" is not a SHA-256: give the image's 64 lowercase hex digits/,
    );
  });

  it('fetch-image.sh keeps only an image with the pinned checksum', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pigsty-image-'));
    const image = path.join(dir, 'image.qcow2');
    fs.writeFileSync(image, 'not really a qcow2 image\n');
    const sha256 = createHash('sha256').update(fs.readFileSync(image)).digest('hex');
    const script = path.join(__dirname, '..', '..', 'assets', 'libvirt', 'fetch-image.sh');
    const dest = path.join(dir, 'cache', `${sha256}.img`);
    expect(spawnSync(script, [image, sha256, dest], { encoding: 'utf8' }).status).toBe(0);
    expect(fs.readFileSync(dest, 'utf8')).toBe('not really a qcow2 image\n');
    // Already there and matching: kept, the source is not read again.
    fs.rmSync(image);
    expect(spawnSync(script, [image, sha256, dest], { encoding: 'utf8' }).status).toBe(0);
    fs.writeFileSync(image, 'another image\n');
    const wrong = spawnSync(script, [image, sha256, path.join(dir, 'cache', 'other.img')], { encoding: 'utf8' });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain(`not the pinned ${sha256}`);
    expect(fs.readdirSync(path.join(dir, 'cache'))).toEqual([`${sha256}.img`]);
  });

  it('refuses a bridge name that is not one, naming the fix', () => {
    expect(() => LibvirtNetwork.bridge('br 0; rm')).toThrow(/LibvirtNetwork.bridge\(\): "br 0; rm" is not a bridge or network name: use letters, digits/);
  });
});

function domainNamed(name: string): any {
  return byName('libvirt_domain', name);
}
