/**
 * npm run bench:failover — the RTO of the local sandbox per RTO preset. For each preset it
 * deploys sandbox-local (PIGSTY_RTO=<preset>, pg-test with RPO 0), fails the current primary
 * over ROUNDS times (network cut plus a killed container, the old primary rejoining between
 * rounds), counts acknowledged writes lost, destroys, and writes BENCHMARKS.md. Needs root.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { RTO_PRESETS } from '../lib/model';
import { STACK, TEST_NODES, WORKDIR, cdktf, emergencyCleanup, failover, leftovers, lostWrites, rejoin } from '../test/e2e/lab';
import { writeSection } from './report';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const PRESETS = (process.env.PRESETS ?? 'fast,norm').split(',') as (keyof typeof RTO_PRESETS)[];
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

interface Round {
  rto: number;
  lost: number;
  acknowledged: number;
  failedReads: number;
}

async function measure(preset: keyof typeof RTO_PRESETS): Promise<Round[]> {
  process.env.PIGSTY_RTO = preset;
  const deploy = cdktf('deploy', STACK, '--auto-approve');
  if (deploy.status !== 0) throw new Error(`deploy (${preset}) failed:\n${deploy.stdout.slice(-4000)}`);
  const rounds: Round[] = [];
  try {
    for (let i = 1; i <= ROUNDS; i++) {
      const result = await failover('bench_writes');
      const lost = await lostWrites(result.acknowledged, 'bench_writes');
      rounds.push({ rto: result.rto, lost: lost.length, acknowledged: result.acknowledged.length, failedReads: result.failedReads });
      process.stdout.write(`${preset} round ${i}: RTO ${result.rto.toFixed(1)} s, new primary ${result.newLeader}, ${lost.length} of ${result.acknowledged.length} writes lost, ${result.failedReads} failed reads\n`);
      await rejoinCut();
    }
  } finally {
    const destroy = cdktf('destroy', STACK, '--auto-approve');
    if (destroy.status !== 0 || leftovers().length > 0) emergencyCleanup();
  }
  return rounds;
}

/** Starts the node cut in the last round again (it has no running container) and waits for it to stream. */
async function rejoinCut(): Promise<void> {
  for (const node of TEST_NODES) {
    if (!fs.existsSync(path.join(WORKDIR, 'nodes', node, 'pid'))) await rejoin(node);
  }
}

async function main(): Promise<void> {
  if (leftovers().length > 0) throw new Error(`a local sandbox is already deployed: npx cdktf destroy ${STACK} first`);
  const results: [string, Round[]][] = [];
  for (const preset of PRESETS) results.push([preset, await measure(preset)]);
  const table = [
    '| preset | ttl / loop_wait / retry_timeout | HAProxy checks (inter/fastinter/downinter, rise/fall) | failovers | RTO min | RTO median | RTO max | writes acknowledged | lost | failed reads on 5434 |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...results.map(([preset, rounds]) => {
      const p = RTO_PRESETS[preset as keyof typeof RTO_PRESETS];
      const rto = rounds.map((r) => r.rto);
      const sum = (f: (r: Round) => number) => rounds.reduce((n, r) => n + f(r), 0);
      return `| ${preset} | ${p.ttl} / ${p.loopWait} / ${p.retryTimeout} s | ${p.check.interMs}/${p.check.fastinterMs}/${p.check.downinterMs} ms, ${p.check.rise}/${p.check.fall} | ${rounds.length} | ${Math.min(...rto).toFixed(1)} s | ${median(rto).toFixed(1)} s | ${Math.max(...rto).toFixed(1)} s | ${sum((r) => r.acknowledged)} | ${sum((r) => r.lost)} | ${sum((r) => r.failedReads)} |`;
    }),
  ];
  writeSection('failover', 'Failover (local sandbox)', [
    `Command: \`npm run bench:failover\` (ROUNDS=${ROUNDS} per preset). Each round cuts the current pg-test primary's network and kills its container while a client inserts through 5433 and reads through 5434 on the surviving nodes (one statement per connection, 3 s client timeout, RPO 0); RTO is the time from the cut to the first insert accepted again. The old primary then rejoins before the next round.`,
    `Machine: ${os.cpus()[0].model}, ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB; nodes are systemd-nspawn containers on it.`,
    'Targets: median RTO at most 10 s (fast) and 20 s (norm), no acknowledged write lost. Pigsty documents an average of 14 s (fast) and 21 s (norm).',
    '',
    ...table,
  ]);
  process.stdout.write(`${table.join('\n')}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exitCode = 1;
});
