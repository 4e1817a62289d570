/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Transpile only (isolatedModules): `npm test` type-checks the whole project with `tsc --noEmit` first.
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  setupFilesAfterEnv: ['<rootDir>/test/_matchers.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/test/fixtures/'],
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
};
