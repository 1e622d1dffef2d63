/** Golden files: rendered output is compared with test/golden; UPDATE_GOLDEN=1 rewrites them. */
import * as fs from 'fs';
import * as path from 'path';

const GOLDEN_DIR = path.join(__dirname, '..', 'golden');

export function expectGolden(name: string, actual: string): void {
  const file = path.join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  if (!fs.existsSync(file)) throw new Error(`golden file ${name} is missing: run UPDATE_GOLDEN=1 npm test and review it`);
  expect(actual).toBe(fs.readFileSync(file, 'utf8'));
}
