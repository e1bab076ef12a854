// A Vite build plugin: the side panel's opening screen (src/ui/openingScreen), rendered by the app's own components in
// Node (src/ui/openingScreen/prerender.tsx, through Vite's module runner, in a process of its own), emitted as one
// file per UI language and Teams theme under /assets/ by its content hash, and named in index.html: where each variant
// is, as JSON the page reads (a data block, not a script: the CSP allows no inline script), placed before the preload
// script (scripts/preloadSurfaces.ts), which fetches the variant it guesses beside the scripts. The app reads it again
// once it knows the host's language and theme.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { OutputBundle } from 'rolldown';
import type { Plugin } from 'vite';
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

/**
 * Vite's module runner in a Node process of its own, which prints the module's `openingScreens`. In the process that
 * builds, the runner shares the packages that process has loaded already (React, Fluent UI: a bench or test that
 * imported the app's UI first), and the server render then suspended into an empty shell.
 */
const PRERENDER = [
  "import { runnerImport } from 'vite';",
  "const { module } = await runnerImport(process.argv[1], { configFile: false, root: process.cwd(), logLevel: 'error' });",
  'process.stdout.write(JSON.stringify(module.openingScreens));',
].join('\n');

async function prerender(source: string, root: string): Promise<Record<string, OpeningScreen>> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', PRERENDER, source], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as Record<string, OpeningScreen>;
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
      addresses = {};
      for (const [variant, screen] of Object.entries(await prerender(resolve(root, options.source), root))) {
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
