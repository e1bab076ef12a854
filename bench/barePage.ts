// The bare comparison page (bench/bare) built with the app's Vite config, only the entry differs, into a temp
// folder and served by the same kind of preview server over HTTPS as the app.
import { resolve } from 'node:path';
import { build, loadConfigFromFile, mergeConfig, preview, type ConfigEnv, type UserConfig } from 'vite';
import { certificate } from '../emulator/tls';

export interface ServedPage {
  url: string;
  outDir: string;
  close(): Promise<void>;
}

const ENV: ConfigEnv = { command: 'build', mode: 'production' };

async function appConfig(): Promise<UserConfig> {
  const loaded = await loadConfigFromFile(ENV, resolve('vite.config.ts'));
  if (!loaded) throw new Error('vite.config.ts did not load');
  const { rollupOptions: _appEntries, ...build } = loaded.config.build ?? {};
  return { ...loaded.config, build };
}

export async function serveBarePage(outDir: string): Promise<ServedPage> {
  const root = resolve('bench/bare');
  const config = mergeConfig(await appConfig(), {
    root,
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, sourcemap: false, rollupOptions: { input: resolve(root, 'index.html') } },
  } satisfies UserConfig);
  await build({ ...config, configFile: false });
  const server = await preview({
    ...config,
    configFile: false,
    preview: { port: 0, host: 'localhost', https: await certificate(undefined), strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The bare page preview server did not start');
  return { url, outDir, close: () => server.close() };
}
