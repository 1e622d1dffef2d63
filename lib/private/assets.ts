/** Files shipped in the package's assets/ directory: step scripts, the exporter, rules, dashboards, the local platform's scripts. */
import * as fs from 'fs';
import * as path from 'path';

/** A text shipped in assets/ (a script, a rule file, a dashboard), by file name. */
export interface NamedText {
  readonly name: string;
  readonly content: string;
}

/** What the plan takes from assets/: the same for every deployment. */
export interface NodeAssets {
  /** The bootstrap steps' scripts (assets/steps), installed on every node. */
  readonly scripts: readonly NamedText[];
  /** Our pgbouncer exporter (assets/exporters/pgbouncer_exporter.py). */
  readonly pgbouncerExporter: string;
  /** Prometheus rule files (assets/prometheus/rules). */
  readonly ruleFiles: readonly NamedText[];
  /** Grafana dashboards (assets/grafana/dashboards). */
  readonly dashboards: readonly NamedText[];
}

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

/** The files of an assets/ directory with this suffix, in a stable order. */
function assetDir(dir: string, suffix: string): NamedText[] {
  return fs
    .readdirSync(path.join(ASSETS_DIR, dir))
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => ({ name, content: readAsset(path.join(dir, name)) }));
}

/** What the renderers need from assets/ (read once). */
export function nodeAssets(): NodeAssets {
  cached ??= {
    scripts: assetDir('steps', '.sh'),
    pgbouncerExporter: readAsset(path.join('exporters', 'pgbouncer_exporter.py')),
    ruleFiles: assetDir(path.join('prometheus', 'rules'), '.yml'),
    dashboards: assetDir(path.join('grafana', 'dashboards'), '.json'),
  };
  return cached;
}
