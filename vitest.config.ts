import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 10_000,
    // The default (one worker per core, less one) leaves a 2-core machine running one file at a
    // time, though most files wait on sockets and child processes: three keep both cores busy.
    maxWorkers: 3,
  },
});
