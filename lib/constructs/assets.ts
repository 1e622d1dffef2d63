/** Static files shipped in the package's assets/ directory (step scripts, exporters). */
import * as fs from 'fs';
import * as path from 'path';
import type { ScriptAsset } from '../render/node';

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

let cached: ScriptAsset[] | undefined;

/** Scripts every node gets in /usr/local/lib/pigsty, in a stable order. */
export function nodeScripts(): readonly ScriptAsset[] {
  cached ??= ['steps', 'exporters'].flatMap((dir) =>
    fs
      .readdirSync(path.join(ASSETS_DIR, dir))
      .filter((name) => /\.(sh|py)$/.test(name))
      .sort()
      .map((name) => ({ name, content: readAsset(path.join(dir, name)) })),
  );
  return cached;
}
