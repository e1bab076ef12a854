// The build plugin that renders the side panel's opening screen (src/ui/openingScreen): one file per UI language and
// Teams theme under /assets/ by content hash, named in index.html before the first script (the preload script reads
// it there), and nothing for another page built with the same config.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openingScreens } from '../../scripts/openingScreens';
import { isOpeningScreen } from '../../src/ui/openingScreen/openingScreen';

const html = [
  '<head>',
  '    <script src="/assets/keptScreen-1.js"></script>',
  '    <script type="module" crossorigin src="/assets/main.js"></script>',
  '  </head>',
].join('\n');

async function build(moduleIds: string[]) {
  const plugin = openingScreens({ source: 'src/ui/openingScreen/prerender.tsx', entry: '/src/app/entry.ts' });
  const emitted: { fileName: string; source: string }[] = [];
  const bundle = { 'assets/main.js': { type: 'chunk', fileName: 'assets/main.js', moduleIds } };
  (plugin.configResolved as unknown as (config: { root: string }) => void)({ root: resolve('.') });
  const generate = plugin.generateBundle as unknown as (
    this: unknown,
    output: unknown,
    bundle: unknown,
  ) => Promise<void>;
  await generate.call({ emitFile: (file: { fileName: string; source: string }) => emitted.push(file) }, {}, bundle);
  const transform = plugin.transformIndexHtml as unknown as {
    handler(html: string, context: { filename: string; bundle: unknown }): string;
  };
  return { page: transform.handler(html, { filename: '/repo/index.html', bundle }), emitted };
}

describe('openingScreens', () => {
  it('emits each language and theme by content hash and names them in index.html before its first script', async () => {
    const { page, emitted } = await build(['/repo/src/app/entry.ts']);
    expect(emitted.map((file) => file.fileName.replace(/-[0-9a-f]{8}\.json$/, '')).sort()).toEqual(
      ['en-contrast', 'en-dark', 'en-light', 'sv-contrast', 'sv-dark', 'sv-light'].map((v) => `assets/opening-${v}`),
    );
    for (const file of emitted) expect(isOpeningScreen(JSON.parse(file.source))).toBe(true);
    const block = /<script type="application\/json" id="opening-screens">([^<]*)<\/script>/.exec(page);
    expect(page.indexOf('opening-screens')).toBeLessThan(page.indexOf('keptScreen-1.js'));
    const addresses = JSON.parse(block![1]!) as Record<string, string>;
    expect(addresses['sv-dark']).toBe(`/${emitted.find((file) => file.fileName.includes('sv-dark'))!.fileName}`);
  }, 60_000);

  it('leaves a page that is not the app (the bench’s bare page) as it is', async () => {
    const { page, emitted } = await build(['/repo/bench/bare/main.tsx']);
    expect(emitted).toEqual([]);
    expect(page).toBe(html);
  });
});
