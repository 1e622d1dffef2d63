/** Files shipped in the package's assets/ directory: step scripts, the exporter, the local platform's scripts. */
import * as fs from 'fs';
import * as path from 'path';
import type { NodeRenderOptions } from '../render/node';

export type NodeAssets = Pick<NodeRenderOptions, 'scripts' | 'pgbouncerExporter'>;

/** The package root: the nearest directory above this file that holds assets/ (works from lib/ and dist/lib/). */
function packageRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'assets', 'steps'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cdktf-pigsty: cannot find the package's assets/ directory above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

export const ASSETS_DIR = path.join(packageRoot(), 'assets');

export function readAsset(relative: string): string {
  return fs.readFileSync(path.join(ASSETS_DIR, relative), 'utf8');
}

let cached: NodeAssets | undefined;

/** What the renderers need from assets/ (read once). */
export function nodeAssets(): NodeAssets {
  cached ??= {
    scripts: fs
      .readdirSync(path.join(ASSETS_DIR, 'steps'))
      .filter((name) => name.endsWith('.sh'))
      .sort()
      .map((name) => ({ name, content: readAsset(path.join('steps', name)) })),
    pgbouncerExporter: readAsset(path.join('exporters', 'pgbouncer_exporter.py')),
  };
  return cached;
}
