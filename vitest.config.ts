import { defineConfig } from 'vitest/config';

/** Tests that run the package's code in this process: cheap enough to run again in other time zones. */
const IN_PROCESS = [
  'tests/helpers-api/**/*.test.ts',
  'tests/lib/**/*.test.ts',
  'tests/schemas/**/*.test.ts',
  'tests/data/**/*.test.ts',
  'tests/rules/**/*.test.ts',
  'tests/reliability/**/*.test.ts',
  'tests/summary/**/*.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    globalSetup: ['tests/setup/scratch-root.ts'],
    // Many tests run the built command, tsc, npm or a build in a child process; a slow or busy
    // machine must not turn them into timeouts.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // The whole suite in the machine's own time zone, and the in-process tests again east and
    // west of Greenwich (Hanoi, the subject's own zone, is UTC+7), so that no result depends on
    // where the tests run.
    projects: [
      { extends: true, test: { name: 'all', include: ['tests/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'Asia/Ho_Chi_Minh',
          include: IN_PROCESS,
          env: { TZ: 'Asia/Ho_Chi_Minh' },
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'America/Los_Angeles',
          include: IN_PROCESS,
          env: { TZ: 'America/Los_Angeles' },
          isolate: false,
        },
      },
    ],
  },
});
