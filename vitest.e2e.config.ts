import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end tests: real headless Chromium with the built extension loaded.
// One browser at a time (2-core machines), generous timeouts for launches.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    // A fresh browser profile creates its database on first use: give UI polls time.
    expect: { poll: { timeout: 15_000, interval: 50 } },
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
