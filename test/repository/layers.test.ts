/**
 * The layers of docs/architecture.md: each directory of lib/ imports only from the layers below
 * it, and nothing below the platform imports cdktf.
 */
import * as fs from 'fs';
import * as path from 'path';

const LIB = path.join(__dirname, '..', '..', 'lib');

/** What each layer may import (besides itself). */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  model: [],
  render: ['model'],
  plan: ['model', 'render', 'private'],
  cloudinit: ['model', 'render', 'plan'],
  platform: ['model', 'plan', 'private'],
  // Pure: reads the plan data and Terraform's plan JSON, knows nothing of cdktf.
  review: ['model', 'plan'],
  constructs: ['model', 'render', 'plan', 'cloudinit', 'platform', 'review', 'private'],
  private: [],
};
const WITHOUT_CDKTF = ['model', 'render', 'plan', 'cloudinit', 'review', 'private'];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gen' ? [] : sources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const imports = sources(LIB).flatMap((file) => {
  const layer = path.relative(LIB, file).split(path.sep)[0].replace(/\.ts$/, '');
  return [...fs.readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*from '([^']+)'/gm)].map((m) => {
    const relative = m[1].startsWith('.');
    const target = relative ? path.relative(LIB, path.resolve(path.dirname(file), m[1])).split(path.sep)[0] : m[1];
    return { file: path.relative(LIB, file), layer, target, relative };
  });
});

describe('the layers of lib/', () => {
  it('finds the imports it checks', () => {
    expect(imports.filter((i) => i.relative && i.layer === 'plan' && i.target === 'render').length).toBeGreaterThan(5);
    expect(imports.filter((i) => !i.relative && i.layer === 'platform' && i.target === 'cdktf').length).toBeGreaterThan(3);
  });

  it.each(Object.keys(ALLOWED))('%s imports only from the layers below it', (layer) => {
    const wrong = imports.filter((i) => i.relative && i.layer === layer && i.target !== layer && !ALLOWED[layer].includes(i.target));
    expect(wrong.map((i) => `${i.file} -> ${i.target}`)).toEqual([]);
  });

  it.each(WITHOUT_CDKTF)('%s imports neither cdktf nor constructs', (layer) => {
    const wrong = imports.filter((i) => !i.relative && i.layer === layer && ['cdktf', 'constructs'].includes(i.target));
    expect(wrong.map((i) => `${i.file} -> ${i.target}`)).toEqual([]);
  });
});
