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

const RUNS = 5;

/** What bounds the fleet's synth time, from profiles of this code (node --cpu-prof); see the README of bench/. */
const BOUNDS = [
  'What bounds it (profiled with `node --cpu-prof` on the fleet):',
  '- About two thirds of the fleet synth is cdktf resolving every value of every resource twice (`prepareStack`, then `toTerraform`),',
  '  at roughly 7 microseconds a value: ~165k JSON values for 303 nodes (a managed file is ~23 values, a libvirt domain ~75).',
  '- The rest is rendering (Patroni YAML through the yaml library), cloud-init documents (gzip of each file, cached by content), and',
  '  constructing resources.',
  '- Already removed: per-resource `terraform version` checks (one per process now), cdktf Fn.* calls and generated libvirt classes',
  '  (each captured a full stack trace; 3 ms per domain), dependsOn tokens (plain addresses instead), a quadratic findAll, the',
  '  per-node copies of static files (one local per deployment), uncompressed user-data.',
  '- What would lower it further: fewer resources per node (one per component instead of one per file, which would coarsen the',
  '  per-file plan diff DESIGN.md asks for), or a cdktf (cdktn) change that skips the preparing resolve pass when a stack has no',
  '  cross-stack references.',
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
  '| stack | nodes | resources (instances) | cdk.tf.json | synth (median) | whole process (median) | peak RSS (median / max) | identical runs |',
  '|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.which} | ${r.which === 'fleet' ? 303 : 4} | ${r.resources} (${r.instances}) | ${fmt(r.bytes / 1048576, 1)} MiB | ${fmt(r.synth)} s | ${fmt(r.wall)} s | ${fmt(r.peakMedian, 0)} / ${fmt(r.peak, 0)} MiB | ${r.identical ? 'yes' : 'NO'} |`,
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
