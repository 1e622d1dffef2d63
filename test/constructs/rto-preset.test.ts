/** RtoPreset: presets, custom timings, and a preset's checks with other Patroni timings. */
import { RtoPreset } from '../../lib';
import { buildModel, RTO_PRESETS, sandboxSpec, ValidationError } from '../../lib/model';
import { TEST_SSH_KEY } from '../helpers/fixtures';

const haOf = (preset: RtoPreset) => buildModel({ ...sandboxSpec([TEST_SSH_KEY]), rto: preset.spec }).clusters[1].ha;

describe('RtoPreset', () => {
  it('resolves a preset to its Patroni timings and HAProxy checks', () => {
    expect(haOf(RtoPreset.FAST)).toMatchObject({ preset: 'fast', ttl: 20, loopWait: 5, retryTimeout: 5, check: RTO_PRESETS.fast.check });
  });

  it('keeps the preset checks when only the Patroni timings change', () => {
    const tuned = haOf(RtoPreset.FAST.with({ ttl: 10, loopWait: 2, retryTimeout: 4 }));
    expect(tuned).toMatchObject({ preset: 'custom', ttl: 10, loopWait: 2, retryTimeout: 4, check: RTO_PRESETS.fast.check });
    expect(haOf(RtoPreset.custom({ ttl: 40, loopWait: 10, retryTimeout: 15 }))).toMatchObject({ ttl: 40, check: RTO_PRESETS.norm.check });
  });

  it('leaves the preset itself unchanged', () => {
    RtoPreset.SAFE.with({ ttl: 90 });
    expect(haOf(RtoPreset.SAFE).ttl).toBe(60);
  });

  it('rejects timings that break loop_wait + 2 * retry_timeout <= ttl', () => {
    expect(() => haOf(RtoPreset.FAST.with({ ttl: 8, loopWait: 2, retryTimeout: 4 }))).toThrow(ValidationError);
    expect(() => haOf(RtoPreset.FAST.with({ ttl: 8, loopWait: 2, retryTimeout: 4 }))).toThrow('2 + 2 * 4 = 10 > ttl 8');
  });
});

describe('the preset timings have one owner', () => {
  const fs = require('fs');
  const path = require('path');
  const root = path.join(__dirname, '..', '..');

  it('documents each RtoPreset constant with the timings of RTO_PRESETS', () => {
    const source: string = fs.readFileSync(path.join(root, 'lib/constructs/options.ts'), 'utf8');
    const documented = [
      ...source.matchAll(/\/\*\* ttl (\d+), loop_wait (\d+), retry_timeout (\d+)[^*]*\*\/\s*static readonly (\w+) = new RtoPreset\(\{ preset: '(\w+)' \}\)/g),
    ];
    expect(documented.map((m) => m[5]).sort()).toEqual(Object.keys(RTO_PRESETS).sort());
    for (const [, ttl, loopWait, retryTimeout, constant, name] of documented) {
      const preset = RTO_PRESETS[name as keyof typeof RTO_PRESETS];
      expect([constant, Number(ttl), Number(loopWait), Number(retryTimeout)]).toEqual([name.toUpperCase(), preset.ttl, preset.loopWait, preset.retryTimeout]);
    }
  });

  it('lists the same timings in the README', () => {
    const readme: string = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    for (const [name, preset] of Object.entries(RTO_PRESETS)) {
      expect(readme).toContain(`\`${name.toUpperCase()}\` ${preset.ttl}/${preset.loopWait}/${preset.retryTimeout}`);
    }
  });
});
