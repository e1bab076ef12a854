// A Vite build plugin: index.html runs the kept-screen script (src/ui/keptScreen/boot.ts) first, as a classic script
// in its head, so the side panel kept from the last opening is drawn as soon as the root element is parsed, before any
// module has been evaluated (issue 17). First, because a script further down waited for the other files the browser
// was reading from its cache at the same moment: ~150 ms later on a warm load. It is bundled on its own, as one immediately
// invoked function, with the same bundler Vite uses, and emitted under /assets/ by its content hash: a returning
// visit reads it from the cache without asking. A file, not inline: the CSP has no 'unsafe-inline' for scripts.
import { createHash } from 'node:crypto';
import { build } from 'rolldown';
import type { OutputBundle } from 'rolldown';
import type { Plugin } from 'vite';

export interface KeptScreenScriptOptions {
  /** The script's source file. */
  source: string;
  /** The app's entry (ending of the path): another page built with this config (the bench's bare page) gets none. */
  entry: string;
}

const ROOT = '<div id="root"></div>';

function hasEntry(bundle: OutputBundle, entry: string): boolean {
  return Object.values(bundle).some(
    (output) => output.type === 'chunk' && output.moduleIds.some((id) => id.endsWith(entry)),
  );
}

export function keptScreenScript(options: KeptScreenScriptOptions): Plugin {
  let tag: string | undefined;
  return {
    name: 'kept-screen-script',
    apply: 'build',
    async generateBundle(_output, bundle) {
      if (!hasEntry(bundle, options.entry)) return;
      const built = await build({
        input: options.source,
        write: false,
        logLevel: 'silent',
        output: { format: 'iife', minify: true },
      });
      const source = built.output[0].code;
      const fileName = `assets/keptScreen-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName, source });
      tag = `<script src="/${fileName}"></script>`;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle || tag === undefined || !html.includes(ROOT)) return html;
        return html.replace('<script', `${tag}\n    <script`);
      },
    },
  };
}
