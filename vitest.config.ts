import { defineConfig } from 'vitest/config';

/**
 * Two kinds of tests. tests/unit runs the package's code in this process (the CLI, the authoring
 * tools and the release checks included), against small fixture datasets where it tests helpers.
 * Its tree mirrors the code: the tests of src/<folder>/<module>.ts are in
 * tests/unit/<folder>/<module>.test.ts (each data rule has its own file in
 * tests/unit/validate/rules/), those of scripts/lib/<name>.ts in tests/unit/scripts/<name>.test.ts,
 * and tests/unit/data/ checks the bundled data as a whole. It is cheap enough to run twice, east
 * and west of Greenwich (Hanoi, the subject's own zone, is UTC+7; Los Angeles is UTC-8 or -7), so
 * that no answer depends on where the tests run; `npm run test:unit` runs it once, in Hanoi's zone.
 * tests/dist checks what is built and shipped (the package, its exports, the build, the
 * documentation site), once, and tests/hostile feeds the validators hostile input at full size,
 * once.
 */
export default defineConfig({
  test: {
    environment: 'node',
    globalSetup: ['tests/setup/scratch-root.ts'],
    // Most time goes to child processes (npm, tsc, a browser), so run more files at once than there
    // are cores: vitest's default is one worker fewer than the cores, one on a 2-core machine.
    maxWorkers: 3,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    projects: [
      // East and west of Greenwich: a date taken as a local calendar day where a UTC day was meant
      // (or the reverse) moves by a day in one of them; UTC would hide it.
      ...['Asia/Ho_Chi_Minh', 'America/Los_Angeles'].map((zone) => ({
        extends: true as const,
        test: {
          name: `unit ${zone}`,
          include: ['tests/unit/**/*.test.ts'],
          env: { TZ: zone },
          isolate: false,
        },
      })),
      // Hostile input at full size: in process, once (the time zone does not matter to it).
      {
        extends: true as const,
        test: { name: 'hostile', include: ['tests/hostile/**/*.test.ts'] },
      },
      { extends: true as const, test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] } },
    ],
  },
});
