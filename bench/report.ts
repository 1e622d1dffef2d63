/** Writes one section of BENCHMARKS.md, leaving the other benchmarks' sections as they are. */
import * as fs from 'fs';
import * as path from 'path';

/** BENCHMARKS.md at the project root, whether this runs from bench/ (ts-node) or dist/bench/. */
function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

const FILE = path.join(projectRoot(), 'BENCHMARKS.md');

export function writeSection(key: string, title: string, body: string[]): void {
  const begin = `<!-- bench:${key}:begin -->`;
  const end = `<!-- bench:${key}:end -->`;
  const section = [begin, `## ${title}`, '', `Measured ${new Date().toISOString().slice(0, 10)}.`, '', ...body, end].join('\n');
  let text = fs.existsSync(FILE) ? fs.readFileSync(FILE, 'utf8') : '# Benchmarks\n\nWritten by the scripts in bench/; each section says how it was measured.\n';
  const pattern = new RegExp(`${begin}[\\s\\S]*?${end}`);
  text = pattern.test(text) ? text.replace(pattern, section) : `${text.trimEnd()}\n\n${section}`;
  fs.writeFileSync(FILE, `${text.trimEnd()}\n`);
}

/** The median of a list of measurements (the upper one of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}
