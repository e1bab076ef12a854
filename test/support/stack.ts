// The whole product on this machine: the Graph emulator on a free port and the app built for it
// (as `npm run build` builds it, only the Graph base URL differs), served over HTTPS.
// Used by the end-to-end tests, the benchmarks and the screenshot script.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { HOST_TENANT } from '../../emulator/state/tenants';
import { startEmulator, type RunningEmulator } from '../../emulator/server';
import { certificate } from '../../emulator/tls';

export interface Stack {
  appUrl: string;
  emulator: RunningEmulator;
  close(): Promise<void>;
}

export interface StackOptions {
  outDir?: string;
  pageSize?: number;
  /** `msal`: the app signs in with MSAL against the emulator's Entra endpoints instead of minting dev tokens. */
  signIn?: 'dev' | 'msal';
  /** Source maps beside the chunks, for a profile that names functions by their source (bench/profileTyping.ts). */
  sourcemap?: boolean;
}

/** The client id the emulator's Entra accepts for the app (any id is accepted; this one names the app). */
export const EMULATOR_CLIENT_ID = '6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b';

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const emulator: RunningEmulator = await startEmulator({
    port: 0,
    persist: false,
    ...(options.pageSize ? { pageSize: options.pageSize } : {}),
  });
  const outDir = resolve(options.outDir ?? '.test-data/dist');
  await mkdir(outDir, { recursive: true });
  process.env.VITE_GRAPH_BASE_URL = emulator.url;
  process.env.VITE_FILE_HOST_ORIGIN = emulator.downloadOrigin;
  process.env.VITE_AUTH_MODE = options.signIn ?? 'dev';
  process.env.VITE_AAD_CLIENT_ID = options.signIn === 'msal' ? EMULATOR_CLIENT_ID : '';
  process.env.VITE_AUTHORITY = options.signIn === 'msal' ? `${emulator.url}/${HOST_TENANT.id}` : '';
  process.env.VITE_COLLABORATION_TENANT_ID = HOST_TENANT.id;
  await build({
    configFile: resolve('vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, sourcemap: options.sourcemap ?? false },
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
