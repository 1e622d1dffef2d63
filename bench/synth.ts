/**
 * npm run bench:synth — measures synth of the sandbox and of the fleet, in-process from
 * compiled JS (App.synth()), five runs each in fresh processes, and writes BENCHMARKS.md.
 */
import { execFileSync } from 'child_process';
import * as os from 'os';
import * as path from 'path';
import { writeSection } from './report';

interface Run {
  which: string;
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
  '  a pass: ~87k values for 303 nodes, about a third of the synth. Then cdktf writes the JSON with sorted keys (~0.15 s).',
  '- Rendering is another third: Patroni YAML through the yaml library (~0.5 ms a node), cloud-init documents (gzip of each file,',
  '  cached by content), the libvirt resources. Garbage collection takes ~0.25 s.',
  '- Peak memory is cdktf\'s JSON write: the fleet process holds ~170 MiB once the stack is resolved, and writing it with sorted',
  '  keys (json-stable-stringify builds every nesting level as its own string) takes it to ~360 MiB.',
  '- Removed so far: per-resource `terraform version` checks (one per process now); cdktf Fn.* calls and generated libvirt classes',
  '  (each captured a full stack trace); dependsOn tokens; a quadratic findAll; per-node copies of static files (one local per',
  '  deployment); uncompressed user-data; one resource per config file (a node\'s files are one resource with an instance per path,',
  '  so the plan still diffs each file, and owner/mode/apply are one local per deployment: 8799 resource blocks became 2730, and',
  '  240k values 87k); the undefined keys of generated libvirt attributes; target files rendered once, not once per meta node.',
  '- "Whole process" adds ~0.3 s of Node start-up and module loading (cdktf ~0.1 s, the generated libvirt bindings ~0.07 s).',
  '  The fleet has 75 times the sandbox\'s nodes; 3x the sandbox\'s whole process (1.2-1.4 s here) leaves about 1 s for the',
  '  synth, of which cdktf\'s resolve and JSON write of these values alone take ~0.7 s and our rendering ~0.75 s.',
];

function measure(which: string): { runs: Run[]; wallSeconds: number[] } {
  const runs: Run[] = [];
  const wallSeconds: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    const out = execFileSync(process.execPath, [path.join(__dirname, 'synth-one.js'), which], { encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
    wallSeconds.push(Number(process.hrtime.bigint() - started) / 1e9);
    runs.push(JSON.parse(out.trim().split('\n').pop()!));
  }
  return { runs, wallSeconds };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (n: number, digits = 2): string => n.toFixed(digits);

const sandbox = measure('sandbox');
const fleet = measure('fleet');
const rows = [sandbox, fleet].map(({ runs, wallSeconds }) => {
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
const [s, f] = rows;
const checks = [
  [`sandbox synth < 1 s`, s.synth < 1],
  [`fleet synth < 2 s`, f.synth < 2],
  [`fleet < 3x sandbox (whole process)`, f.wall < 3 * s.wall],
  [`fleet peak < 500 MB`, f.peak < 500],
  [`output byte-identical across ${RUNS} runs`, s.identical && f.identical],
] as const;

const table = [
  '| stack | nodes | resources (instances) | cdk.tf.json | synth (median; range) | whole process (median) | peak RSS (median / max) | identical runs |',
  '|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.which} | ${r.which === 'fleet' ? 303 : 4} | ${r.resources} (${r.instances}) | ${fmt(r.bytes / 1048576, 1)} MiB | ${fmt(r.synth)} s; ${fmt(r.synthRange[0])}–${fmt(r.synthRange[1])} | ${fmt(r.wall)} s | ${fmt(r.peakMedian, 0)} / ${fmt(r.peak, 0)} MiB | ${r.identical ? 'yes' : 'NO'} |`,
  ),
  '',
  ...checks.map(([what, ok]) => `- ${ok ? 'met' : 'NOT MET'}: ${what}`),
];
writeSection('synth', 'Synth', [
  `Command: \`npm run bench:synth\` (compiles, then runs \`node dist/bench/synth.js\`: ${RUNS} runs of each stack, each in a fresh process; "synth" is \`App.synth()\` alone, "whole process" includes Node start-up and module loading).`,
  `Machine: ${os.cpus()[0].model}, ${os.cpus().length} cores, ${fmt(os.totalmem() / 1024 ** 3, 0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}.`,
  `Fleet: 100 clusters of 3 nodes (VIP, one user, one database each) on 3 meta nodes, libvirt platform.`,
  '',
  ...table,
  '',
  ...BOUNDS,
]);
process.stdout.write(`${table.join('\n')}\n`);
if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
