// The build plugin that lets index.html fetch the next wave of chunks with the entry: what it preloads for every
// surface, the UI's words in the user's language only, what only for the meeting surfaces, and that it leaves
// another page built with the same config alone.
import { describe, expect, it } from 'vitest';
import { preloadSurfaces, type PreloadSurfacesOptions } from '../../scripts/preloadSurfaces';

interface FakeChunk {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  moduleIds: string[];
  imports: string[];
  dynamicImports?: string[];
}

function chunk(fileName: string, facade: string | null, imports: string[] = [], isEntry = false): FakeChunk {
  return { type: 'chunk', fileName, isEntry, facadeModuleId: facade, moduleIds: facade ? [facade] : [], imports };
}

const options = {
  entry: '/src/app/main.tsx',
  always: ['/src/app/signedIn.ts'],
  meeting: ['/src/ui/RecordWorkspace/RecordWorkspace.tsx'],
  meetingQuery: /[?&]surface=(sidePanel|meetingTab)(&|$)/,
  languages: [
    { localePrefix: 'sv', source: '/src/ui/i18n/sv.ts', language: 'sv' },
    { localePrefix: '', source: '/src/ui/i18n/en.ts', language: 'en' },
  ],
  openingScreens: 'opening-screens',
};
const html = '<head>\n    <script type="module" crossorigin src="/assets/main.js"></script>\n  </head>';

function build(bundleChunks: FakeChunk[], more: Partial<PreloadSurfacesOptions> = {}) {
  const plugin = preloadSurfaces({ ...options, ...more });
  const emitted: { fileName: string; source: string }[] = [];
  const bundle = Object.fromEntries(bundleChunks.map((c) => [c.fileName, c]));
  const generate = plugin.generateBundle as unknown as (this: unknown, output: unknown, bundle: unknown) => void;
  generate.call({ emitFile: (file: { fileName: string; source: string }) => emitted.push(file) }, {}, bundle);
  const transform = plugin.transformIndexHtml as unknown as {
    handler(html: string, context: { filename: string; bundle: unknown }): string;
  };
  return { page: transform.handler(html, { filename: '/repo/index.html', bundle }), emitted };
}

const app = () => {
  const entry = chunk('assets/main.js', '/repo/index.html', ['assets/react.js'], true);
  entry.moduleIds.push('/repo/src/app/main.tsx');
  return [
    entry,
    chunk('assets/react.js', null),
    chunk('assets/signedIn.js', '/repo/src/app/signedIn.ts', ['assets/graph.js', 'assets/react.js']),
    chunk('assets/graph.js', null),
    chunk('assets/RecordWorkspace.js', '/repo/src/ui/RecordWorkspace/RecordWorkspace.tsx', [
      'assets/fluent.js',
      'assets/graph.js',
    ]),
    chunk('assets/fluent.js', null, ['assets/react.js']),
    chunk('assets/Archive.js', '/repo/src/ui/Archive/Archive.tsx', ['assets/fluent.js']),
    chunk('assets/sv.js', '/repo/src/ui/i18n/sv.ts'),
    chunk('assets/en.js', '/repo/src/ui/i18n/en.ts'),
  ];
};

/** What index.html names as the opening screen of each language and theme (scripts/openingScreens.ts). */
const OPENING = Object.fromEntries(
  ['sv', 'en'].flatMap((language) =>
    ['light', 'dark', 'contrast'].map((theme) => [`${language}-${theme}`, `/assets/opening-${language}-${theme}.json`]),
  ),
);

interface Page {
  language?: string;
  /** The system's preferences the page's media queries match. */
  system?: readonly string[];
  /** The data block naming the opening screens; none in a build without them. */
  opening?: Record<string, string> | null;
}

/** Runs the emitted preload script as the page would, and says what it asked for (`fetch` for a file, not code). */
function preloaded(source: string, search: string, page: Page | string = {}): string[] {
  const { language = 'sv-SE', system = [], opening = OPENING } = typeof page === 'string' ? { language: page } : page;
  const links: string[] = [];
  const document = {
    head: {
      appendChild: (link: { rel: string; as?: string; href: string }) =>
        links.push(link.rel === 'modulepreload' ? link.href : `${link.as} ${link.href}`),
    },
    createElement: () => ({}),
    getElementById: (id: string) =>
      id === 'opening-screens' && opening ? { textContent: JSON.stringify(opening) } : null,
  };
  const matchMedia = (query: string) => ({ matches: system.includes(query) });
  new Function('location', 'document', 'navigator', 'matchMedia', source)(
    { search },
    document,
    { language },
    matchMedia,
  );
  return links;
}

describe('preloadSurfaces', () => {
  it('preloads beside the entry what it imports dynamically at once (the app, once the kept panel has painted)', () => {
    const chunks = app();
    chunks[0]!.dynamicImports = ['assets/app.js'];
    chunks.push(chunk('assets/app.js', '/repo/src/app/main.tsx', ['assets/fluent.js', 'assets/react.js']));
    const { page } = build(chunks);
    expect(page).toContain('<link rel="modulepreload" crossorigin href="/assets/app.js">');
    expect(page).toContain('<link rel="modulepreload" crossorigin href="/assets/fluent.js">');
    expect(page).not.toContain('href="/assets/react.js"');
  });

  it('fetches the screens’ code beside the entry without compiling it before the entry runs', () => {
    const chunks = app();
    chunks[0]!.dynamicImports = ['assets/begin.js', 'assets/app.js'];
    chunks.push(
      chunk('assets/begin.js', '/repo/src/app/begin.ts'),
      chunk('assets/app.js', '/repo/src/app/main.tsx', ['assets/fluent.js']),
    );
    const compileLater = ['/src/app/main.tsx', '/src/ui/RecordWorkspace/RecordWorkspace.tsx'];
    const { page, emitted } = build(chunks, { compileLater });
    expect(page).toContain('<link rel="preload" as="script" crossorigin href="/assets/app.js">');
    expect(page).toContain('<link rel="modulepreload" crossorigin href="/assets/begin.js">');
    expect(page).toContain('<link rel="modulepreload" crossorigin href="/assets/fluent.js">');
    // The workspace of the meeting surfaces, likewise; what it imports is compiled as before.
    expect(preloaded(emitted[0]!.source, '?surface=sidePanel').filter((link) => !link.startsWith('fetch'))).toEqual([
      '/assets/sv.js',
      'script /assets/RecordWorkspace.js',
    ]);
  });

  it('preloads the sign-in code on every surface, beside the entry and without what the entry already loads', () => {
    const { page } = build(app());
    expect(page).toContain('<link rel="modulepreload" crossorigin href="/assets/signedIn.js">');
    expect(page).toContain('<link rel="modulepreload" crossorigin href="/assets/graph.js">');
    expect(page).not.toContain('href="/assets/react.js"');
    expect(page).not.toContain('Archive');
  });

  it('fetches the record workspace only on the meeting surfaces, from a script that runs before the entry', () => {
    const { page, emitted } = build(app());
    const [script] = emitted;
    expect(script?.fileName).toMatch(/^assets\/preloadSurface-[0-9a-f]{8}\.js$/);
    // A classic script, which runs before any module: an async module ran only after the entry had been evaluated.
    expect(page).toContain(`<script src="/${script!.fileName}"></script>`);
    expect(page.indexOf(script!.fileName)).toBeLessThan(page.indexOf('/assets/main.js'));
    // Its chunks not already preloaded for every surface: the workspace and its Fluent chunk, not graph.js again.
    expect(script?.source).toContain('["/assets/RecordWorkspace.js","/assets/fluent.js"]');
    expect(preloaded(script!.source, '?surface=personal')).toEqual(['/assets/sv.js']);
    expect(preloaded(script!.source, '?surface=meetingTab&group=g1')).toEqual([
      '/assets/sv.js',
      '/assets/RecordWorkspace.js',
      '/assets/fluent.js',
      'fetch /assets/opening-sv-light.json',
    ]);
  });

  it('fetches the side panel’s opening screen of the guessed language and theme on the meeting surfaces only', () => {
    const [script] = build(app()).emitted;
    const opening = (search: string, page?: Page) =>
      preloaded(script!.source, search, page).filter((link) => link.startsWith('fetch'));
    expect(opening('?surface=sidePanel&event=e1')).toEqual(['fetch /assets/opening-sv-light.json']);
    // Teams fills its theme into the content URL; `default` is its light one.
    expect(opening('?surface=meetingTab&theme=default')).toEqual(['fetch /assets/opening-sv-light.json']);
    expect(opening('?surface=meetingTab&theme=dark', { language: 'en-GB' })).toEqual([
      'fetch /assets/opening-en-dark.json',
    ]);
    // Without one in the URL, the system's, as the browser host finds it.
    expect(opening('?surface=sidePanel', { system: ['(prefers-color-scheme: dark)'] })).toEqual([
      'fetch /assets/opening-sv-dark.json',
    ]);
    expect(
      opening('?surface=sidePanel', { system: ['(forced-colors: active)', '(prefers-color-scheme: dark)'] }),
    ).toEqual(['fetch /assets/opening-sv-contrast.json']);
    expect(opening('?surface=personal')).toEqual([]);
    expect(opening('?surface=sidePanel', { opening: null })).toEqual([]);
  });

  it('fetches the words of the user’s language only: the URL’s lang, else the browser’s', () => {
    const [script] = build(app()).emitted;
    expect(preloaded(script!.source, '?surface=browser', 'sv-SE')).toEqual(['/assets/sv.js']);
    expect(preloaded(script!.source, '?surface=browser', 'en-GB')).toEqual(['/assets/en.js']);
    expect(preloaded(script!.source, '?surface=browser', 'fi-FI')).toEqual(['/assets/en.js']);
    expect(preloaded(script!.source, '?surface=browser&lang=SV', 'en-US')).toEqual(['/assets/sv.js']);
    expect(preloaded(script!.source, '?lang=en-US', 'sv-SE')).toEqual(['/assets/en.js']);
  });

  it('finds the app in a chunk the page’s entry imports, as the build with inlined common chunks makes it', () => {
    // index.html's own chunk is a facade; the app's entry module sits in the common chunk beside React.
    const facaded = app().map((c) =>
      c.fileName === 'assets/main.js' ? chunk('assets/main.js', '/repo/index.html', ['assets/react.js'], true) : c,
    );
    facaded.find((c) => c.fileName === 'assets/react.js')!.moduleIds.push('/repo/src/app/main.tsx');
    const { page, emitted } = build(facaded);
    expect(page).toContain('<link rel="modulepreload" crossorigin href="/assets/signedIn.js">');
    expect(emitted).toHaveLength(1);
  });

  it('leaves a page that is not the app (the bench’s bare page) as it is', () => {
    const { page, emitted } = build([chunk('assets/bare.js', '/repo/bench/bare/index.html', [], true)]);
    expect(page).toBe(html);
    expect(emitted).toEqual([]);
  });
});
