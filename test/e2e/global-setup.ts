// End-to-end set-up: the Graph emulator on a free port, the app built for it exactly as `npm run build`
// builds it (only the Graph base URL differs), served over HTTPS like Teams requires.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build, preview, type PreviewServer } from 'vite';
import { startEmulator, type RunningEmulator } from '../../emulator/server';
import { certificate } from '../../emulator/tls';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    emulatorUrl: string;
  }
}

let emulator: RunningEmulator | undefined;
let server: PreviewServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  emulator = await startEmulator({ port: 0, persist: false });
  const outDir = resolve('.test-data/e2e-dist');
  await mkdir(outDir, { recursive: true });
  process.env.VITE_GRAPH_BASE_URL = emulator.url;
  process.env.VITE_AUTH_MODE = 'dev';
  await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: false } });
  const tls = await certificate(undefined);
  server = await preview({ configFile: resolve('vite.config.ts'), logLevel: 'warn', build: { outDir }, preview: { port: 0, host: 'localhost', https: tls, strictPort: false } });
  const appUrl = server.resolvedUrls?.local[0];
  if (!appUrl) throw new Error('The preview server did not start');
  project.provide('appUrl', appUrl);
  project.provide('emulatorUrl', emulator.url);
}

export async function teardown(): Promise<void> {
  await server?.close();
  await emulator?.close();
}
