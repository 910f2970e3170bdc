// ESM project: run through `node --experimental-vm-modules` (see package.json "test").
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironment: 'node',
};

/** @type {import('jest').Config} */
export default {
  testTimeout: 30000,
  // Jest keeps every ESM test file's module graph (and what a file leaks) alive in the process that ran it: the
  // heap grew ~10 MB per unit file and more per e2e file, until garbage collection starved the last suites past
  // their timeouts. One worker, replaced whenever a file leaves it above this, keeps the run in order and the
  // heap small. (A memory limit makes jest use a worker even with --maxWorkers=1.)
  workerIdleMemoryLimit: '1GB',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e-sqlite',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      setupFiles: ['<rootDir>/test/support/use-sqlite.ts', '<rootDir>/test/support/preload-esm.ts'],
    },
    {
      ...common,
      displayName: 'e2e-postgres',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      setupFiles: ['<rootDir>/test/support/use-postgres.ts', '<rootDir>/test/support/preload-esm.ts'],
    },
  ],
};
