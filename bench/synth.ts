/**
 * npm run bench:synth — measures synth of the sandbox and of the fleet, in-process from
 * compiled JS (App.synth()), nine runs each in fresh processes, and writes BENCHMARKS.md.
 * Beside the fleet, alternating with it, the floor: the fleet's own document written again
 * through bare cdktf constructs (synth-floor.ts), which is what cdktf alone costs for it.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fleetApp, tempOutdir } from './fleet';
import { median, writeSection } from './report';

interface Run {
  which: string;
  sameDocument?: boolean;
  seconds: number;
  peakMiB: number;
  bytes: number;
  resources: number;
  instances: number;
  sha256: string;
}

/** Enough runs for a stable median on a shared machine, where single runs vary by about 15%. */
const RUNS = 9;

/** What bounds the fleet's synth time, from profiles of this code (node --cpu-prof); see the README of bench/. */
const BOUNDS = [
  'What bounds it (profiled with `node --cpu-prof` on the fleet):',
  '- cdktf resolves every JSON value of the stack twice (each element, then the merged document), about 2-3 microseconds a value',
  '  a pass: ~89k values for 303 nodes, about a third of the synth. Then cdktf writes the JSON with sorted keys (~0.15 s).',
  '- Rendering is another third: Patroni YAML through the yaml library (~0.5 ms a node), cloud-init documents (gzip of each file,',
  '  cached by content), the libvirt resources. Garbage collection takes ~0.25 s.',
  "- Peak memory is cdktf's JSON write: the fleet process holds ~170 MiB once the stack is resolved, and writing it with sorted",
  '  keys (json-stable-stringify builds every nesting level as its own string) takes it to ~320 MiB.',
  '- Removed so far: per-resource `terraform version` checks (one per process now); cdktf Fn.* calls and generated libvirt classes',
  '  (each captured a full stack trace); dependsOn tokens; a quadratic findAll; per-node copies of static files (one local per',
  "  deployment); uncompressed user-data; one resource per config file (a node's files are one resource with an instance per path,",
  '  so the plan still diffs each file, and owner/mode/apply are one local per deployment: 8799 resource blocks became 2730, and',
  '  240k values 87k); the undefined keys of generated libvirt attributes; target files rendered once, not once per meta node;',
  '  config file texts written once per deployment rather than once per instance (for the plan; this document: 17.8 MiB became 14.6).',
  "- The floor is what cdktf alone costs for this document: the fleet above it is our construct tree and rendering. The floor's",
  '  peak includes the source document it reads and parses (~35-70 MiB).',
  '- "Whole process" adds ~0.3 s of Node start-up and module loading (cdktf ~0.1 s, the generated libvirt bindings ~0.07 s).',
  "  The fleet has 75 times the sandbox's nodes; 3x the sandbox's whole process (0.9-1.4 s here, with the machine's load)",
  "  leaves 0.6-1 s for the synth, less than the floor: cdktf's own resolve and JSON write of this document.",
];

interface Measured {
  runs: Run[];
  wallSeconds: number[];
}

function once(args: string[], into: Measured): void {
  const started = process.hrtime.bigint();
  const out = execFileSync(process.execPath, [path.join(__dirname, 'synth-one.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, CHECKPOINT_DISABLE: '1' },
  });
  into.wallSeconds.push(Number(process.hrtime.bigint() - started) / 1e9);
  into.runs.push(JSON.parse(out.trim().split('\n').pop()!));
}

/** RUNS runs of each command, alternating: a, b, a, b, ... */
function measure(...commands: string[][]): Measured[] {
  const measured = commands.map(() => ({ runs: [], wallSeconds: [] }));
  for (let i = 0; i < RUNS; i++) commands.forEach((args, j) => once(args, measured[j]));
  return measured;
}

const fmt = (n: number, digits = 2): string => n.toFixed(digits);

const [sandbox] = measure(['sandbox']);
// The fleet's document, for the floor to write again.
const documentDir = tempOutdir();
fleetApp(documentDir).synth();
const fleetDocument = path.join(documentDir, 'stacks', 'fleet', 'cdk.tf.json');
const [fleet, floor] = measure(['fleet'], ['floor', fleetDocument]);
fs.rmSync(documentDir, { recursive: true, force: true });
const rows = [sandbox, fleet, floor].map(({ runs, wallSeconds }) => {
  const synth = median(runs.map((r) => r.seconds));
  return {
    which: runs[0].which,
    synth,
    synthRange: [Math.min(...runs.map((r) => r.seconds)), Math.max(...runs.map((r) => r.seconds))],
    wall: median(wallSeconds),
    peak: Math.max(...runs.map((r) => r.peakMiB)),
    peakMedian: median(runs.map((r) => r.peakMiB)),
    bytes: runs[0].bytes,
    resources: runs[0].resources,
    instances: runs[0].instances,
    identical: new Set(runs.map((r) => r.sha256)).size === 1,
  };
});
const [s, f, fl] = rows;
// Each fleet run against the floor run after it (the pairs ran back to back).
const pairRatios = fleet.runs.map((run, i) => run.seconds / floor.runs[i].seconds);
const ratio = f.synth / fl.synth;
const sameDocument = floor.runs.every((run) => run.sameDocument);
const checks = [
  [`sandbox synth < 1 s`, s.synth < 1],
  [`fleet synth < 2 s`, f.synth < 2],
  [`fleet < 3x sandbox (whole process)`, f.wall < 3 * s.wall],
  [`fleet peak < 500 MB`, f.peak < 500],
  [`fleet synth at most 1.8x the floor (median ${fmt(ratio)}x)`, ratio <= 1.8],
  [`fleet synth never above 2.3x the floor (pairs ${fmt(Math.min(...pairRatios))}x–${fmt(Math.max(...pairRatios))}x)`, Math.max(...pairRatios) <= 2.3],
  [`output byte-identical across ${RUNS} runs`, s.identical && f.identical && fl.identical],
  [`the floor writes the fleet's document (same blocks and values, cdktf's "//" metadata aside)`, sameDocument],
] as const;

const table = [
  '| stack | nodes | resources (instances) | cdk.tf.json | synth (median; range) | whole process (median) | peak RSS (median / max) | identical runs |',
  '|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.which === 'floor' ? "floor (the fleet's document, bare cdktf)" : r.which} | ${r.which === 'sandbox' ? 4 : 303} | ${r.resources} (${r.instances}) | ${fmt(r.bytes / 1048576, 1)} MiB | ${fmt(r.synth)} s; ${fmt(r.synthRange[0])}–${fmt(r.synthRange[1])} | ${fmt(r.wall)} s | ${fmt(r.peakMedian, 0)} / ${fmt(r.peak, 0)} MiB | ${r.identical ? 'yes' : 'NO'} |`,
  ),
  '',
  `Fleet synth / floor: ${fmt(ratio)}x (medians; each fleet run against the floor run after it: ${pairRatios.map((r) => fmt(r)).join(', ')}).`,
  '',
  ...checks.map(([what, ok]) => `- ${ok ? 'met' : 'NOT MET'}: ${what}`),
];
writeSection('synth', 'Synth', [
  `Command: \`npm run bench:synth\` (compiles, then runs \`node dist/bench/synth.js\`: ${RUNS} runs of each stack and of the floor, each in a fresh process; "synth" is \`App.synth()\` alone, "whole process" includes Node start-up and module loading).`,
  `Machine: ${os.cpus()[0].model}, ${os.cpus().length} cores, ${fmt(os.totalmem() / 1024 ** 3, 0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}.`,
  `Fleet: 100 clusters of 3 nodes (VIP, one user, one database each) on 3 meta nodes, libvirt platform.`,
  `Floor: the fleet's own cdk.tf.json written again through bare cdktf constructs (bench/synth-floor.ts: a TerraformResource subclass whose synthesizeAttributes returns the block, meta-arguments set as the project sets them, TerraformLocal, TerraformOutput, a bare provider), timed from building those constructs to the end of App.synth(); fleet and floor runs alternate.`,
  '',
  ...table,
  '',
  ...BOUNDS,
]);
process.stdout.write(`${table.join('\n')}\n`);
if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
