// A Vite build plugin: the side panel's opening screen (src/ui/openingScreen), rendered by the app's own components in
// Node (src/ui/openingScreen/prerender.tsx, through Vite's module runner), emitted as one file per UI language and
// Teams theme under /assets/ by its content hash, and named in index.html: where each variant is, as JSON the page
// reads (a data block, not a script: the CSP allows no inline script). The app fetches the one variant it needs once
// it knows the host's language and theme, while sign-in is on the network.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { OutputBundle } from 'rolldown';
import { runnerImport, type Plugin } from 'vite';
import { OPENING_SCREENS_ID, type OpeningScreen } from '../src/ui/openingScreen/openingScreen.ts';

export interface OpeningScreensOptions {
  /** The module that renders the variants (its `openingScreens` export). */
  source: string;
  /** The app's entry (ending of the path): another page built with this config (the bench's bare page) gets none. */
  entry: string;
}

function hasEntry(bundle: OutputBundle, entry: string): boolean {
  return Object.values(bundle).some(
    (output) => output.type === 'chunk' && output.moduleIds.some((id) => id.endsWith(entry)),
  );
}

/** JSON for inside an HTML element: no `<` that could close it. */
function jsonInHtml(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export function openingScreens(options: OpeningScreensOptions): Plugin {
  let addresses: Record<string, string> | undefined;
  let root = process.cwd();
  return {
    name: 'opening-screens',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async generateBundle(_output, bundle) {
      if (!hasEntry(bundle, options.entry)) return;
      const { module } = await runnerImport<{ openingScreens: Record<string, OpeningScreen> }>(
        resolve(root, options.source),
        { configFile: false, root, logLevel: 'error' },
      );
      addresses = {};
      for (const [variant, screen] of Object.entries(module.openingScreens)) {
        const source = JSON.stringify(screen);
        const fileName = `assets/opening-${variant}-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.json`;
        this.emitFile({ type: 'asset', fileName, source });
        addresses[variant] = `/${fileName}`;
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle || !context.filename.endsWith('/index.html') || addresses === undefined) return html;
        // Before the first script: the preload script (scripts/preloadSurfaces.ts) reads it.
        const data = `<script type="application/json" id="${OPENING_SCREENS_ID}">${jsonInHtml(addresses)}</script>`;
        return html.replace('<script', `${data}\n    <script`);
      },
    },
  };
}
