/**
 * The project's runnable stacks (cdktf.json points here):
 *   sandbox        the four-node Pigsty sandbox on libvirt/KVM
 *   sandbox-local  the same topology as systemd-nspawn containers on this Linux host (root),
 *                  offline: node-1..3 install from the meta node's repository; no Grafana
 *   sandbox-local-3meta  the same with three meta nodes, meta-1..3 at 10.10.10.10/14/15; it
 *                  uses the same host bridge and network, so only one of the two runs at a time
 *   sandbox-local-vmware  sandbox-local, each node booted from the guestinfo values sandbox-vsphere
 *                  gives its VM, through cloud-init's VMware datasource (same bridge: one at a time)
 *   sandbox-vsphere  the four-node sandbox on VMware vSphere: every site value (vCenter, user,
 *                  password, datacenter, cluster, datastore, port group, template, folder) is a
 *                  Terraform variable, so it synthesizes without vCenter
 * PIGSTY_RTO=fast|norm|safe|wide picks the RTO preset of every stack (default norm); a suffix
 * :ttl/loop_wait/retry_timeout keeps the preset's HAProxy checks with other Patroni timings
 * (PIGSTY_RTO=fast:10/2/4).
 */
import * as fs from 'fs';
import * as path from 'path';
import { Annotations, App, Fn, TerraformStack } from 'cdktf';
import { LocalSeed, PackageRepo, Platform, RtoPreset, Sandbox, SandboxMetaCount, synthApp, Tls } from '../lib';
import { RTO_PRESET_NAMES, RTO_PRESETS } from '../lib/model';
import { choices } from '../lib/model/validation/helpers';
import { optionOf } from '../lib/private/option-of';
import { sandboxKey } from './sandbox-key';

function rtoFromEnv(value: string): RtoPreset {
  const match = /^(\w+)(?::(\d+)\/(\d+)\/(\d+))?$/.exec(value);
  const preset = match && match[1] in RTO_PRESETS ? optionOf(RtoPreset, match[1], (option) => option.spec.preset) : undefined;
  if (!match || !preset) {
    process.stderr.write(
      `PIGSTY_RTO=${value} is not a preset: use ${choices(RTO_PRESET_NAMES)}, optionally with :ttl/loop_wait/retry_timeout (fast:10/2/4).\n`,
    );
    process.exit(1);
  }
  return match[2] ? preset.with({ ttl: Number(match[2]), loopWait: Number(match[3]), retryTimeout: Number(match[4]) }) : preset;
}
const rto = rtoFromEnv(process.env.PIGSTY_RTO ?? 'norm');

/** The project root, whether this runs from stacks/ or compiled in dist/stacks/ (cdktf.json runs the latter). */
function projectDir(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

const app = new App();
const key = sandboxKey(projectDir());
const ssh = { publicKeys: [key.publicKey], privateKey: Fn.file(key.privateKeyPath) };
/**
 * Each stack's own CA and node keys: the stacks share the deployment name `sandbox` but not their
 * nodes' names (Grafana's portal name, meta-1..3), and one directory would issue the meta node's
 * certificate again at every synth, for whichever stack came last.
 */
const tls = (stack: string): Tls => Tls.generatedCa({ dir: path.join(projectDir(), '.pigsty', 'pki', stack) });

new Sandbox(new TerraformStack(app, 'sandbox'), 'sandbox', {
  platform: Platform.libvirt({ imageUrl: process.env.PIGSTY_IMAGE_URL }),
  ssh,
  tls: tls('sandbox'),
  rto,
});

new Sandbox(new TerraformStack(app, 'sandbox-vsphere'), 'sandbox', {
  platform: Platform.vsphere(),
  ssh,
  tls: tls('sandbox-vsphere'),
  rto,
});

/** The sandbox as local containers, offline, with one meta node or three, seeded as libvirt or as vSphere seeds its VMs. */
function localSandbox(id: string, metaNodes: SandboxMetaCount, seed = LocalSeed.NOCLOUD): void {
  const stack = new TerraformStack(app, id);
  new Sandbox(stack, 'sandbox', {
    platform: Platform.local({ seed }),
    ssh,
    tls: tls(id),
    rto,
    metaNodes,
    // The offline mode: node-1..3 install only from the meta nodes' repository.
    repo: PackageRepo.META_ONLY,
    grafana: false,
  });
  Annotations.of(stack).addWarning(
    `${id} runs no Grafana: Debian ships no Grafana package and the local nodes are offline. Prometheus (p.pigsty) and Alertmanager (a.pigsty) run as usual.`,
  );
}
localSandbox('sandbox-local', 1);
localSandbox('sandbox-local-3meta', 3);
localSandbox('sandbox-local-vmware', 1, LocalSeed.VSPHERE_GUESTINFO);

synthApp(app);
