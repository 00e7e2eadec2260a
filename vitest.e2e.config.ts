/**
 * The browser tests: the built site in Debian's chromium (playwright-core). `npm run test:e2e`.
 * Files run one after another: WebGL is software-rendered and the machine has two cores.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    environment: 'node',
  },
});
