// Two projects: unit (pure code, no processes, no network) and itg (real dockerd, buildx, registry, QEMU).
const common = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
}

export default {
  // read from the top level only (jest-circus ignores it per project): integration tests build real images
  testTimeout: 300000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'itg',
      testMatch: ['<rootDir>/__tests__/itg/**/*.test.ts'],
      globalSetup: '<rootDir>/__tests__/itg/support/global-setup.mjs',
      globalTeardown: '<rootDir>/__tests__/itg/support/global-teardown.mjs',
    },
  ],
}
