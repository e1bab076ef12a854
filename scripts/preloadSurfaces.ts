// A Vite build plugin: index.html fetches, beside the entry, the code every surface needs next (signing in), the UI's
// words in the user's language and, on the meeting surfaces only, the record workspace. Without it those chunks are
// asked for only once the entry has run and found the host: a second wave of some 40 requests after the first
// (issue 17's profile). Teams and the browser open the meeting surfaces with `surface=sidePanel|meetingTab` in the
// URL (ConfigView's contentUrl), so a tiny script can tell them apart before any module runs. A script file, not
// inline: the CSP has no 'unsafe-inline' for scripts.
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
  /**
   * Source files whose chunks, among those fetched beside the entry or for the meeting surfaces, are compiled only
   * when imported: fetched with `preload`, not `modulepreload`, which also compiles a module, on the main thread,
   * before the entry can run or the kept side panel can paint. The screens' code (~490 KB) is imported once the first
   * screen is drawn (src/app/entry.ts), and compiling it first held the entry back by ~70 ms on a cold load; the
   * record workspace's, the kept panel's paint by ~50 ms on a warm one (bench/abLoad.ts, 11 pairs each).
   */
  compileLater?: readonly string[];
  /** The query that marks a meeting surface. */
  meetingQuery: RegExp;
  /**
   * The UI's word tables, one chunk per language, as src/ui/i18n/strings.ts picks them: the first whose locale
   * prefix the page's locale starts with ('' for every other locale). The locale is the URL's `lang` (the browser
   * host's) or the browser's language: Teams and Outlook tell theirs only once their SDK has started, and their
   * web views run in the user's display language, so this is a guess that is nearly always right; a wrong one costs
   * one table's bytes, as the shell then loads the right one itself.
   */
  languages: readonly { localePrefix: string; source: string; language: string }[];
  /**
   * The id of index.html's data block naming the side panel's opening screen of each language and theme
   * (scripts/openingScreens.ts, placed before this script): on a meeting surface, the one of the guessed language
   * and theme is fetched at once. The theme is the URL's (`{app.theme}` in Teams' content URL, the browser host's
   * `theme`), else the system's, as the browser host finds it; a wrong guess costs one file, as the app then fetches
   * the right one itself.
   */
  openingScreens?: string;
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

function facadeOf(chunks: readonly OutputChunk[], source: string): OutputChunk {
  const chunk = chunks.find((candidate) => candidate.facadeModuleId?.endsWith(source));
  if (!chunk) throw new Error(`preloadSurfaces: no chunk has ${source} as its entry`);
  return chunk;
}

function facadesOf(chunks: readonly OutputChunk[], sources: readonly string[]): OutputChunk[] {
  return sources.map((source) => facadeOf(chunks, source));
}

/** The theme the browser host would find: the URL's (Teams' `default` is light), else the system's. */
const GUESSED_THEME = [
  `({default:'light',light:'light',dark:'dark',contrast:'contrast'})[q.get('theme')]`,
  `||(matchMedia('(forced-colors: active)').matches?'contrast':matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light')`,
].join('');

function preloadScript(
  meeting: { modules: readonly string[]; later: readonly string[] },
  meetingQuery: RegExp,
  languages: readonly string[][],
  openingScreens: string | undefined,
): string {
  const opening = openingScreens
    ? [
        `const o=JSON.parse(document.getElementById(${JSON.stringify(openingScreens)})?.textContent||'{}')[t[2]+'-'+(${GUESSED_THEME})];`,
        `if(o)k(o,'preload','fetch');`,
      ]
    : [];
  return [
    `const k=(h,r,a)=>{const l=document.createElement('link');l.rel=r;if(a)l.as=a;l.crossOrigin='';l.href=h;document.head.appendChild(l)};`,
    `const p=h=>k(h,'modulepreload');`,
    `const q=new URLSearchParams(location.search);const c=(q.get('lang')||navigator.language||'').toLowerCase();`,
    `const t=${JSON.stringify(languages)}.find(([prefix])=>c.startsWith(prefix));if(t)p(t[1]);`,
    `if(${meetingQuery.toString()}.test(location.search)){${JSON.stringify(meeting.modules)}.forEach(p);`,
    `${JSON.stringify(meeting.later)}.forEach(h=>k(h,'preload','script'));`,
    ...opening,
    `}\n`,
  ].join('\n');
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
      // What index.html loads before any module runs. The app's entry module may sit in a chunk the page's own
      // entry imports (the inlined common chunks of vite.config.ts), so it is looked for in all of them.
      const loaded = entry ? staticGraph([entry], byFile) : new Set<string>();
      // Another page built with this config (the bench's bare page) has nothing of the app's to preload.
      if (![...loaded].some((file) => byFile.get(file)?.moduleIds.some((id) => id.endsWith(options.entry)))) {
        tags = null;
        return;
      }
      // What the entry imports at once but dynamically (the app, after the kept side panel has painted: src/app/entry.ts)
      // is fetched beside it, not when the import runs.
      const imported = (entry?.dynamicImports ?? []).flatMap((file) => byFile.get(file) ?? []);
      const always = [...staticGraph([...imported, ...facadesOf(chunks, options.always)], byFile)].filter(
        (file) => !loaded.has(file),
      );
      const later = new Set(facadesOf(chunks, options.compileLater ?? []).map((chunk) => chunk.fileName));
      const meeting = [...staticGraph(facadesOf(chunks, options.meeting), byFile)].filter(
        (file) => !loaded.has(file) && !always.includes(file),
      );
      // A word table imports nothing: its own chunk is all there is to fetch.
      const tables = options.languages.map(({ localePrefix, source, language }) => [
        localePrefix,
        `/${facadeOf(chunks, source).fileName}`,
        language,
      ]);
      const source = preloadScript(
        {
          modules: meeting.filter((file) => !later.has(file)).map((file) => `/${file}`),
          later: meeting.filter((file) => later.has(file)).map((file) => `/${file}`),
        },
        options.meetingQuery,
        tables,
        options.openingScreens,
      );
      const fileName = `assets/preloadSurface-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName, source });
      tags = {
        // A classic script before the entry: it runs before any module does. An async module ran only once the
        // entry's chunk had been evaluated (issue 17's resource timing: the workspace asked for 200 ms after the
        // entry), too late to preload anything. It holds the parser up for one small cached file; the browser's
        // preload scanner has found the entry and its chunks by then and fetches them meanwhile.
        preloader: `<script src="/${fileName}"></script>`,
        links: always.map((file) =>
          later.has(file)
            ? `<link rel="preload" as="script" crossorigin href="/${file}">`
            : `<link rel="modulepreload" crossorigin href="/${file}">`,
        ),
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
