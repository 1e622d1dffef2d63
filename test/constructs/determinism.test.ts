/** The same spec gives byte-identical synth output, so plans diff cleanly. */
import * as fs from 'fs';
import * as path from 'path';
import { fleetApp, sandboxApp, tempOutdir } from '../../bench/fleet';

function synthFile(build: (outdir: string) => { synth(): void }, stack: string): Buffer {
  const outdir = tempOutdir();
  try {
    build(outdir).synth();
    return fs.readFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'));
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

describe('synth output', () => {
  it('is byte-identical across two runs of the sandbox', () => {
    expect(synthFile(sandboxApp, 'sandbox').equals(synthFile(sandboxApp, 'sandbox'))).toBe(true);
  });

  it('is byte-identical across two runs of a small fleet', () => {
    const fleet = (outdir: string) => fleetApp(outdir, { clusters: 5 });
    expect(synthFile(fleet, 'fleet').equals(synthFile(fleet, 'fleet'))).toBe(true);
  });
});
