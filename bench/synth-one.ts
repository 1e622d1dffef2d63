/**
 * One measured synth, in its own process so that its peak memory is its own:
 *   node dist/bench/synth-one.js sandbox|fleet
 * Prints JSON: synth seconds (App.synth() only), peak RSS, output size and hash.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { fleetApp, sandboxApp, tempOutdir } from './fleet';

const which = process.argv[2];
const outdir = tempOutdir();
const app = which === 'fleet' ? fleetApp(outdir) : sandboxApp(outdir);
const started = process.hrtime.bigint();
app.synth();
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const file = path.join(outdir, 'stacks', which === 'fleet' ? 'fleet' : 'sandbox', 'cdk.tf.json');
const json = fs.readFileSync(file);
const config = JSON.parse(json.toString());
const blocks = Object.values(config.resource as Record<string, Record<string, { for_each?: object | string }>>).flatMap((byName) => Object.values(byName));
const resources = blocks.length;
// What Terraform plans: a resource with for_each is one instance per key (a node's config files,
// whose for_each is a local: `${local.<name>}`).
const forEachKeys = (forEach: object | string): number =>
  Object.keys(typeof forEach === 'string' ? config.locals[/^\$\{local\.([^}]+)\}$/.exec(forEach)![1]] : forEach).length;
const instances = blocks.reduce((n, block) => n + (block.for_each ? forEachKeys(block.for_each) : 1), 0);
fs.rmSync(outdir, { recursive: true, force: true });
process.stdout.write(
  `${JSON.stringify({
    which,
    seconds,
    peakMiB: process.resourceUsage().maxRSS / 1024,
    bytes: json.length,
    resources,
    instances,
    sha256: createHash('sha256').update(json).digest('hex'),
  })}\n`,
);
