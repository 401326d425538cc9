import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/setup/scratch-root.ts'],
    // Many tests run the built command, tsc, npm or a build in a child process; a slow or busy
    // machine must not turn them into timeouts.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
