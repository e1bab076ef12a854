import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Three projects: fast unit tests (domain, render, ui in jsdom), integration tests against the
// Graph emulator over HTTPS, and end-to-end tests that drive the built app in Debian's Chromium.
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/integration/**', 'test/emulator/**', 'test/e2e/**'],
          environment: 'node',
          setupFiles: ['test/support/setup-unit.ts'],
          // Component tests render whole screens in jsdom; on two cores a GC pause or a parallel file can take a
          // single test past vitest's 5 s default without anything being wrong. A hang still fails, at 15 s.
          testTimeout: 15_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/emulator/**/*.test.ts', 'test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
