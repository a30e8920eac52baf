/**
 * End-to-end tests of the in-browser preview in Debian's Chromium (playwright-core): `npm run test:e2e`.
 * The preview is built once for production (globalSetup), served by the tests on a free port of 127.0.0.1.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.test.ts'],
  globalSetup: '<rootDir>/tests/e2e/globalSetup.ts',
  testTimeout: 120_000,
  // One browser for the whole run: the scenarios share it, each in a context of its own.
  maxWorkers: 1,
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      {
        tsconfig: {
          module: 'commonjs',
          moduleResolution: 'node10',
          jsx: 'react-jsx',
          esModuleInterop: true,
          resolveJsonModule: true,
          isolatedModules: true,
        },
      },
    ],
  },
};
