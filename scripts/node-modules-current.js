#!/usr/bin/env node
/**
 * Whether node_modules holds what `npm ci` would install from package-lock.json: every package
 * the lock lists is installed at its path with the lock's version (an optional one may be
 * missing: npm skips those meant for another platform). Reads each package's own package.json,
 * not npm's record of what it installed, which a later install elsewhere may have changed.
 * Usage: node scripts/node-modules-current.js [project dir]; exits 0 when current, else 1 and
 * says why. Plain JavaScript: it runs before the node modules exist.
 */
'use strict';
const fs = require('fs');
const path = require('path');

/** Why node_modules differs from the lock (empty: it does not). `versionAt(where)` is the installed version at a lock path, or undefined. */
function staleReasons(lock, versionAt) {
  if (!lock.packages) return ['package-lock.json lists no packages (lockfileVersion 2 or later is needed)'];
  const reasons = [];
  for (const [where, wanted] of Object.entries(lock.packages)) {
    if (where === '' || wanted.link) continue;
    const have = versionAt(where);
    if (have === undefined) {
      if (!wanted.optional) reasons.push(`${where} is not installed`);
    } else if (have !== wanted.version) {
      reasons.push(`${where} is ${have}, the lock says ${wanted.version}`);
    }
  }
  return reasons;
}

if (require.main === module) {
  const dir = process.argv[2] || process.cwd();
  const lock = JSON.parse(fs.readFileSync(path.join(dir, 'package-lock.json'), 'utf8'));
  const versionAt = (where) => {
    const file = path.join(dir, where, 'package.json');
    return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')).version : undefined;
  };
  const reasons = fs.existsSync(path.join(dir, 'node_modules')) ? staleReasons(lock, versionAt) : ['node_modules is missing'];
  for (const reason of reasons.slice(0, 5)) process.stderr.write(`node modules: ${reason}\n`);
  if (reasons.length > 5) process.stderr.write(`node modules: and ${reasons.length - 5} more\n`);
  process.exit(reasons.length === 0 ? 0 : 1);
}

module.exports = { staleReasons };
