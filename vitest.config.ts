import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One DynamoDB Local and one local SES per run; each test file makes its own tables and data.
    globalSetup: ['test/support/global-setup.ts'],
    // A measuring aid, only when asked for (docs/testing.md, "Where the CPU goes").
    setupFiles: process.env.TEST_CPU_REPORT ? ['test/support/cpu-per-file.ts'] : [],
    pool: 'forks',
    // Two files at a time even on 2 cores (vitest's default there is one): most files wait on DynamoDB
    // Local, local SES or Chromium, so a second file fills those waits (docs/testing.md: fresh clone 924 s → 872 s).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
