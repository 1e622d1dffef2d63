/** npm run e2e: the end-to-end suite on the local platform (root, several minutes). */
/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.ts'],
  moduleNameMapper: { '^cdktf-pigsty$': '<rootDir>/lib/index.ts' },
  testTimeout: 45 * 60 * 1000,
  bail: true,
};
