import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { cacheControlFor } from './src/app/assetCaching.ts';
import { readConfig } from './src/app/config.ts';
import { hardeningHeaders, securityHeaders } from './src/app/securityHeaders.ts';
import { preloadSurfaces } from './scripts/preloadSurfaces.ts';
import { keptScreenScript } from './scripts/keptScreenScript.ts';
import { openingScreens } from './scripts/openingScreens.ts';
import { OPENING_SCREENS_ID } from './src/ui/openingScreen/openingScreen.ts';

// One build serves every surface (Teams side panel and tabs, Outlook pane, plain browser).
// `npm start` and the end-to-end tests serve it over HTTPS with the emulator's certificate:
// Teams and Outlook only load https pages.
/** The preview server caches as the app should be hosted (README): content-hashed files for a year. */
const assetCaching: Plugin = {
  name: 'asset-caching',
  configurePreviewServer(server) {
    server.middlewares.use((request, response, next) => {
      const cacheControl = cacheControlFor(new URL(request.url ?? '/', 'https://localhost').pathname);
      if (cacheControl) response.setHeader('Cache-Control', cacheControl);
      next();
    });
  },
};

export default defineConfig(({ mode }) => {
  // The CSP allows the Graph origin this build talks to (the emulator's in local builds).
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const { graphBaseUrl, authority } = readConfig(env);
  // The emulator serves downloads from a second origin, as Graph sends them to SharePoint.
  const fileHostOrigins = env.VITE_FILE_HOST_ORIGIN ? [env.VITE_FILE_HOST_ORIGIN] : [];
  return {
    plugins: [
      react(),
      assetCaching,
      preloadSurfaces({
        entry: '/src/app/entry.ts',
        always: ['/src/app/signedIn.ts'],
        meeting: ['/src/ui/RecordWorkspace/RecordWorkspace.tsx'],
        compileLater: ['/src/app/main.tsx', '/src/ui/RecordWorkspace/RecordWorkspace.tsx'],
        meetingQuery: /[?&]surface=(sidePanel|meetingTab)(&|$)/,
        // As uiLanguageFor (src/ui/i18n/strings.ts): Swedish for a Swedish locale, English for any other.
        languages: [
          { localePrefix: 'sv', source: '/src/ui/i18n/sv.ts', language: 'sv' },
          { localePrefix: '', source: '/src/ui/i18n/en.ts', language: 'en' },
        ],
        openingScreens: OPENING_SCREENS_ID,
      }),
      keptScreenScript({ source: 'src/ui/keptScreen/boot.ts', entry: '/src/app/entry.ts' }),
      openingScreens({ source: 'src/ui/openingScreen/prerender.tsx', entry: '/src/app/entry.ts' }),
    ],
    // The dev server's hot reload injects inline script and opens a websocket: only the CSP-free headers there.
    server: { port: 5173, strictPort: true, host: 'localhost', headers: { ...hardeningHeaders } },
    preview: { port: 4173, host: 'localhost', headers: securityHeaders({ graphBaseUrl, fileHostOrigins, authority }) },
    build: {
      target: 'es2022',
      sourcemap: true,
      rollupOptions: {
        input: { main: 'index.html', authRedirect: 'auth-redirect.html' },
        // Rolldown's automatic splitting gives every set of screens that shares code a chunk of its own: the side panel's
        // first screen was 75 files, and a returning visit spent ~400 ms just reading them from the browser's cache
        // (issue 17). Its common chunks are copied into the chunks that read them instead, behind one shared module
        // registry (one state and one execution per module), so no screen loads code it would not have loaded anyway.
        // It needs entries whose exports may change: an HTML page's entry has no importers.
        preserveEntrySignatures: false,
        output: { codeSplitting: { experimentalInlineCommonChunks: { maxSize: Infinity } } },
      },
    },
  };
});
