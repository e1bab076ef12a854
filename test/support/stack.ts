// The whole product on this machine: the Graph emulator on a free port and the app built for it
// (as `npm run build` builds it, only the Graph base URL differs), served over HTTPS.
// Used by the end-to-end tests, the benchmarks and the screenshot script.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { startEmulator, type RunningEmulator } from '../../emulator/server';
import { certificate } from '../../emulator/tls';

export interface Stack {
  appUrl: string;
  emulator: RunningEmulator;
  close(): Promise<void>;
}

export async function startStack(options: { outDir?: string; pageSize?: number } = {}): Promise<Stack> {
  const emulator: RunningEmulator = await startEmulator({
    port: 0,
    persist: false,
    ...(options.pageSize ? { pageSize: options.pageSize } : {}),
  });
  const outDir = resolve(options.outDir ?? '.test-data/dist');
  await mkdir(outDir, { recursive: true });
  process.env.VITE_GRAPH_BASE_URL = emulator.url;
  process.env.VITE_FILE_HOST_ORIGIN = emulator.downloadOrigin;
  process.env.VITE_AUTH_MODE = 'dev';
  await build({
    configFile: resolve('vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
  const server: PreviewServer = await preview({
    configFile: resolve('vite.config.ts'),
    logLevel: 'error',
    build: { outDir },
    preview: { port: 0, host: 'localhost', https: await certificate(undefined), strictPort: false },
  });
  const appUrl = server.resolvedUrls?.local[0];
  if (!appUrl) throw new Error('The preview server did not start');
  return {
    appUrl,
    emulator,
    async close() {
      await server.close();
      await emulator.close();
    },
  };
}
