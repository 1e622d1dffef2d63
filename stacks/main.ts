/**
 * The project's runnable stacks (cdktf.json points here):
 *   sandbox  - the four-node Pigsty sandbox on libvirt/KVM
 */
import * as path from 'path';
import { App, Fn, TerraformStack } from 'cdktf';
import { Platform, Sandbox, synthApp } from '../lib';
import { sandboxKey } from './sandbox-key';

const app = new App();
const key = sandboxKey(path.join(__dirname, '..'));
const ssh = { publicKeys: [key.publicKey], privateKey: Fn.file(key.privateKeyPath) };

const sandbox = new TerraformStack(app, 'sandbox');
new Sandbox(sandbox, 'sandbox', {
  platform: Platform.libvirt({ imageUrl: process.env.PIGSTY_IMAGE_URL }),
  ssh,
});

synthApp(app);
