/**
 * End-to-end tests: the preview (`npm start`) driven in Debian's Chromium by
 * playwright-core. Run by `npm run test:e2e`, after the unit tests, with dist/ built.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.ts'],
  globalSetup: '<rootDir>/test/global-setup.js',
  testTimeout: 60_000,
  maxWorkers: 1,
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { tsconfig: { module: 'commonjs', moduleResolution: 'node', target: 'ES2020', isolatedModules: true } },
    ],
  },
};
