// End-to-end set-up: the emulator and the built app, once for all browser tests.
import type { TestProject } from 'vitest/node';
import { startStack, type Stack } from '../support/stack';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    emulatorUrl: string;
  }
}

let stack: Stack | undefined;

export async function setup(project: TestProject): Promise<void> {
  stack = await startStack({ outDir: '.test-data/e2e-dist' });
  project.provide('appUrl', stack.appUrl);
  project.provide('emulatorUrl', stack.emulator.url);
}

export async function teardown(): Promise<void> {
  await stack?.close();
}
