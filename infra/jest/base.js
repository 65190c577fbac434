// Shared jest settings: TypeScript through SWC (type checking is `tsc`'s job, run before jest).
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // Our suites share no globals between files; skip jest's soft-deletion bookkeeping and its warnings.
  testEnvironmentOptions: { globalsCleanup: 'off' },
};
