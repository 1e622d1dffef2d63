#!/usr/bin/env node
// Reads jest --json result files and prints what CI needs first: each failure in a few lines,
// then one line "N passed, N failed" with the totals of all runs. Usage:
//   digest.js <label> <result.json> <exit status> [<label> <result.json> <exit status> ...]
// A run that failed before jest wrote its result (a type error, a crash) counts as one failure.
'use strict';
const fs = require('fs');
const path = require('path');

const LINES_PER_FAILURE = 8;
const root = path.resolve(__dirname, '..');

/** The first lines of a failure message that carry content: the assertion, not the stack. */
function head(message) {
  return String(message)
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() && !/^\s+at /.test(line))
    .slice(0, LINES_PER_FAILURE)
    .map((line) => `    ${line.slice(0, 300)}`);
}

let passed = 0;
let failed = 0;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i += 3) {
  const [label, file, status] = args.slice(i, i + 3);
  let result;
  try {
    result = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    result = undefined;
  }
  if (!result) {
    console.log(`${label}: no result from jest (exit ${status})`);
    if (status !== '0') failed += 1;
    continue;
  }
  const runFailed = (result.numFailedTests || 0) + (result.numRuntimeErrorTestSuites || 0);
  console.log(`${label}: ${result.numPassedTests} passed, ${runFailed} failed (exit ${status})`);
  for (const suite of result.testResults || []) {
    const name = path.relative(root, suite.name);
    const failures = (suite.assertionResults || []).filter((a) => a.status === 'failed');
    for (const assertion of failures) {
      console.log(`  FAIL ${name} > ${assertion.fullName}`);
      console.log(head((assertion.failureMessages || []).join('\n')).join('\n'));
    }
    if (failures.length === 0 && suite.status === 'failed') {
      console.log(`  FAIL ${name} (the suite did not run)`);
      console.log(head(suite.message || '').join('\n'));
    }
  }
  passed += result.numPassedTests || 0;
  failed += runFailed || (status !== '0' ? 1 : 0);
}
console.log(`${passed} passed, ${failed} failed`);
