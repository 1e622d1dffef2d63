/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
  // The examples import the package by name, as a company repo does.
  moduleNameMapper: { '^cdktf-pigsty$': '<rootDir>/lib/index.ts' },
  testTimeout: 120000,
};
