// End-to-end set-up: the emulator and the built app, once for all browser tests.
import type { TestProject } from 'vitest/node';
import { startStack, type Stack } from '../support/stack';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    emulatorUrl: string;
  }
}

/** Where the app is built for the browser tests (test/e2e/preload.test.ts reads its index.html). */
export const E2E_DIST = '.test-data/e2e-dist';

let stack: Stack | undefined;

export async function setup(project: TestProject): Promise<void> {
  stack = await startStack({ outDir: E2E_DIST });
  project.provide('appUrl', stack.appUrl);
  project.provide('emulatorUrl', stack.emulator.url);
}

export async function teardown(): Promise<void> {
  await stack?.close();
}
