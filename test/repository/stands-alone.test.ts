/** The repository stands alone: nothing in it points to files outside it, and no build output is committed. */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '..', '..');
const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
/** The outside design document's name, split so that this file does not match itself. */
const OUTSIDE = ['../' + 'shared', 'DESIGN' + '.md', 'DESIGN' + ' decision'];

describe('the repository', () => {
  it('refers to no file outside it', () => {
    const offenders = tracked.filter((file) => {
      const full = path.join(root, file);
      if (!fs.statSync(full).isFile() || fs.statSync(full).size > 2_000_000) return false;
      const text = fs.readFileSync(full, 'utf8');
      return OUTSIDE.some((needle) => text.includes(needle));
    });
    expect(offenders).toEqual([]);
  });

  it("ignores node_modules also as a link (a worktree links another checkout's install), so it is never committed", () => {
    // check-ignore judges the path as a file, as git sees a link: a "node_modules/" pattern misses it.
    expect(execFileSync('git', ['check-ignore', '--no-index', '-v', 'node_modules'], { cwd: root, encoding: 'utf8' })).toMatch(
      /^\.gitignore:\d+:node_modules\t/,
    );
    expect(tracked.filter((file) => file.split('/').includes('node_modules'))).toEqual([]);
  });

  it('keeps its decisions in docs/architecture.md, numbered as the comments cite them', () => {
    const doc = fs.readFileSync(path.join(root, 'docs', 'architecture.md'), 'utf8');
    const numbers = [...doc.matchAll(/^### (\d+)\. /gm)].map((m) => Number(m[1]));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    const cited = tracked
      .filter((file) => file.startsWith('lib/') && file.endsWith('.ts'))
      .flatMap((file) => [...fs.readFileSync(path.join(root, file), 'utf8').matchAll(/docs\/architecture\.md, decision (\d+)/g)].map((m) => Number(m[1])));
    expect(cited.length).toBeGreaterThan(0);
    for (const n of cited) expect(numbers).toContain(n);
  });
});
