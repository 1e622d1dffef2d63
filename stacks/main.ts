/**
 * The project's runnable stacks (cdktf.json points here):
 *   sandbox        the four-node Pigsty sandbox on libvirt/KVM
 *   sandbox-local  the same topology as systemd-nspawn containers on this Linux host (root),
 *                  offline: node-1..3 install from the meta node's repository; no Grafana
 * PIGSTY_RTO=fast|norm|safe|wide picks the RTO preset of both (default norm).
 */
import * as path from 'path';
import { Annotations, App, Fn, TerraformStack } from 'cdktf';
import { PackageRepo, Platform, RtoPreset, Sandbox, synthApp } from '../lib';
import { sandboxKey } from './sandbox-key';

const PRESETS: Record<string, RtoPreset> = { fast: RtoPreset.FAST, norm: RtoPreset.NORM, safe: RtoPreset.SAFE, wide: RtoPreset.WIDE };
const rtoName = process.env.PIGSTY_RTO ?? 'norm';
if (!PRESETS[rtoName]) {
  process.stderr.write(`PIGSTY_RTO=${rtoName} is not a preset: use fast, norm, safe or wide.\n`);
  process.exit(1);
}

const app = new App();
const key = sandboxKey(path.join(__dirname, '..'));
const ssh = { publicKeys: [key.publicKey], privateKey: Fn.file(key.privateKeyPath) };

new Sandbox(new TerraformStack(app, 'sandbox'), 'sandbox', {
  platform: Platform.libvirt({ imageUrl: process.env.PIGSTY_IMAGE_URL }),
  ssh,
  rto: PRESETS[rtoName],
});

const local = new TerraformStack(app, 'sandbox-local');
new Sandbox(local, 'sandbox', {
  platform: Platform.local(),
  ssh,
  rto: PRESETS[rtoName],
  // The offline mode: node-1..3 install only from the meta node's repository.
  repo: PackageRepo.META_ONLY,
  grafana: false,
});
Annotations.of(local).addWarning(
  'sandbox-local runs no Grafana: Debian ships no Grafana package and the local nodes are offline. Prometheus (p.pigsty) and Alertmanager (a.pigsty) run as usual.',
);

synthApp(app);
