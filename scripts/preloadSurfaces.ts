// A Vite build plugin: index.html fetches, beside the entry, the code every surface needs next (signing in) and,
// on the meeting surfaces only, the record workspace. Without it those chunks are asked for only once the entry has
// run and found the host: a second wave of some 40 requests after the first (issue 17's profile). Teams and the
// browser open the meeting surfaces with `surface=sidePanel|meetingTab` in the URL (ConfigView's contentUrl), so a
// tiny classic script can tell them apart before any module runs. A script file, not inline: the CSP has no
// 'unsafe-inline' for scripts.
import { createHash } from 'node:crypto';
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';

export interface PreloadSurfacesOptions {
  /** The source file index.html loads (ending of the path). */
  entry: string;
  /** Source files (ending of the path) whose chunks every surface needs soon after the entry. */
  always: readonly string[];
  /** Source files whose chunks the meeting surfaces need for their first screen. */
  meeting: readonly string[];
  /** The query that marks a meeting surface. */
  meetingQuery: RegExp;
}

function chunksOf(bundle: OutputBundle): OutputChunk[] {
  return Object.values(bundle).filter((output): output is OutputChunk => output.type === 'chunk');
}

/** A chunk and every chunk it imports statically, as the browser would fetch them. */
function staticGraph(start: readonly OutputChunk[], byFile: ReadonlyMap<string, OutputChunk>): Set<string> {
  const seen = new Set<string>();
  const visit = (chunk: OutputChunk) => {
    if (seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    for (const file of chunk.imports) {
      const imported = byFile.get(file);
      if (imported) visit(imported);
    }
  };
  start.forEach(visit);
  return seen;
}

function facadesOf(chunks: readonly OutputChunk[], sources: readonly string[]): OutputChunk[] {
  return sources.map((source) => {
    const chunk = chunks.find((candidate) => candidate.facadeModuleId?.endsWith(source));
    if (!chunk) throw new Error(`preloadSurfaces: no chunk has ${source} as its entry`);
    return chunk;
  });
}

function preloadScript(hrefs: readonly string[], meetingQuery: RegExp): string {
  return `if(${meetingQuery.toString()}.test(location.search))for(const h of ${JSON.stringify(hrefs)}){const l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=h;document.head.appendChild(l)}\n`;
}

export function preloadSurfaces(options: PreloadSurfacesOptions): Plugin {
  // Found from the bundle's chunks, then written into index.html, which Vite emits after the chunks.
  let tags: { preloader: string; links: string[] } | null | undefined;
  return {
    name: 'preload-surfaces',
    apply: 'build',
    generateBundle(_output, bundle) {
      const chunks = chunksOf(bundle);
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const entry = chunks.find((chunk) => chunk.isEntry && chunk.facadeModuleId?.endsWith('/index.html'));
      // Another page built with this config (the bench's bare page) has nothing of the app's to preload.
      if (!entry?.moduleIds.some((id) => id.endsWith(options.entry))) {
        tags = null;
        return;
      }
      const loaded = staticGraph([entry], byFile);
      const always = [...staticGraph(facadesOf(chunks, options.always), byFile)].filter((file) => !loaded.has(file));
      const meeting = [...staticGraph(facadesOf(chunks, options.meeting), byFile)].filter(
        (file) => !loaded.has(file) && !always.includes(file),
      );
      const source = preloadScript(
        meeting.map((file) => `/${file}`),
        options.meetingQuery,
      );
      const fileName = `assets/preloadMeeting-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName, source });
      tags = {
        // A module, so it is fetched as early as the entry (a classic async script waits behind the preloads), and
        // async, so it runs as soon as it arrives instead of after the document.
        preloader: `<script type="module" async crossorigin src="/${fileName}"></script>`,
        links: always.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
      };
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle || !context.filename.endsWith('/index.html')) return html;
        if (tags === undefined) throw new Error('preloadSurfaces: index.html came before the chunks were known');
        if (tags === null) return html;
        return html
          .replace('<script type="module"', `${tags.preloader}\n    <script type="module"`)
          .replace('</head>', `  ${tags.links.join('\n    ')}\n  </head>`);
      },
    },
  };
}
