/**
 * One measured synth, in its own process so that its peak memory is its own:
 *   node dist/bench/synth-one.js sandbox|fleet
 *   node dist/bench/synth-one.js floor <cdk.tf.json of the fleet>
 * Prints JSON: synth seconds, peak RSS, output size and hash. For sandbox and fleet the seconds
 * are App.synth() alone; for the floor they are building its bare constructs and App.synth()
 * (the fleet builds its resources inside App.synth()); reading the document is not counted.
 */
import { createHash } from 'crypto';
import { isDeepStrictEqual } from 'util';
import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdktf';
import { fleetApp, sandboxApp, tempOutdir } from './fleet';
import { floorApp, SynthDocument, withoutMetadata } from './synth-floor';

const which = process.argv[2];
const outdir = tempOutdir();
let seconds: number;
let stackName: string;
let source: SynthDocument | undefined;
if (which === 'floor') {
  source = JSON.parse(fs.readFileSync(process.argv[3], 'utf8')) as SynthDocument;
  stackName = 'fleet';
  const started = process.hrtime.bigint();
  floorApp(outdir, stackName, source).synth();
  seconds = Number(process.hrtime.bigint() - started) / 1e9;
} else {
  const app: App = which === 'fleet' ? fleetApp(outdir) : sandboxApp(outdir);
  stackName = which === 'fleet' ? 'fleet' : 'sandbox';
  const started = process.hrtime.bigint();
  app.synth();
  seconds = Number(process.hrtime.bigint() - started) / 1e9;
}
const file = path.join(outdir, 'stacks', stackName, 'cdk.tf.json');
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
    // The floor must write what Terraform would read from the fleet's document.
    ...(source ? { sameDocument: isDeepStrictEqual(withoutMetadata(config), withoutMetadata(source)) } : {}),
  })}\n`,
);
