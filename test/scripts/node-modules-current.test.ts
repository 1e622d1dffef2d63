/** scripts/node-modules-current.js: when npm run sandbox runs npm ci. */
import * as path from 'path';
import { spawnSync } from 'child_process';

const { staleReasons } = require('../../scripts/node-modules-current.js');

const lock = {
  packages: {
    '': { name: 'cdktf-pigsty' },
    'node_modules/yaml': { version: '2.9.1' },
    'node_modules/a/node_modules/diff': { version: '8.0.4' },
    'node_modules/fsevents': { version: '2.3.3', optional: true },
    'node_modules/self': { link: true },
  },
};
const installed = (versions: Record<string, string>) => (where: string) => versions[where];

describe('node-modules-current.js', () => {
  it('finds node_modules current when every package is there at its version, an optional one for another platform aside', () => {
    expect(staleReasons(lock, installed({ 'node_modules/yaml': '2.9.1', 'node_modules/a/node_modules/diff': '8.0.4' }))).toEqual([]);
  });

  it('names a package missing or at another version, nested ones too', () => {
    expect(staleReasons(lock, installed({ 'node_modules/yaml': '2.8.0' }))).toEqual([
      'node_modules/yaml is 2.8.0, the lock says 2.9.1',
      'node_modules/a/node_modules/diff is not installed',
    ]);
  });

  it("finds this checkout's node_modules current (npm test ran npm ci or an equal install)", () => {
    const result = spawnSync('node', [path.join(__dirname, '..', '..', 'scripts', 'node-modules-current.js'), path.join(__dirname, '..', '..')], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
