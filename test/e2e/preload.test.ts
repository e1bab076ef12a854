// What index.html fetches beside the entry (scripts/preloadSurfaces), in the app as built: the sign-in code on every
// surface, and on the meeting surfaces the record workspace, the side panel's opening screen and the words of the
// user's language, asked for by a script that runs before the entry. Issue 17: when the build's chunks changed, the plugin stopped finding the app and
// the panel fetched that code only once the entry had run, and nothing failed.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAs, useChromium, SECRETARY, SIDE_PANEL } from './browser';
import { E2E_DIST } from './global-setup';
import { useTodaysEvent } from './graph';

const chromium = useChromium();
const eventId = useTodaysEvent(SECRETARY, 'Styrgrupp närvård');

/** The chunks the page has been told to preload (compiled or not), by file name without its hash. */
async function preloads(query: Record<string, string>): Promise<string[]> {
  const { page, context } = await openAs(chromium(), SECRETARY, query, SIDE_PANEL);
  const hrefs = await page.$$eval('link[rel="modulepreload"], link[rel="preload"][as="script"]', (links) =>
    links.map((link) => link.getAttribute('href')),
  );
  await context.close();
  return hrefs.map((href) => (href ?? '').replace(/^\/assets\//, '').replace(/-[\w-]+\.js$/, ''));
}

describe('index.html preloads', () => {
  it('runs its preload script before the entry, and preloads the sign-in code for every surface', async () => {
    const html = await readFile(join(E2E_DIST, 'index.html'), 'utf8');
    const preloader = html.search(/<script src="\/assets\/preloadSurface-[0-9a-f]{8}\.js"><\/script>/);
    expect(preloader).toBeGreaterThan(-1);
    expect(preloader).toBeLessThan(html.indexOf('<script type="module"'));
    expect(html).toMatch(/<link rel="modulepreload" crossorigin href="\/assets\/signedIn-[\w-]+\.js">/);
    // The screens' code is fetched beside the entry but compiled only when the entry imports it.
    expect(html).toMatch(/<link rel="preload" as="script" crossorigin href="\/assets\/main-[\w-]+\.js">/);
  });

  it('fetches the side panel’s opening screen of its language and theme beside the scripts', async () => {
    const opening = async (query: Record<string, string>) => {
      const { page, context } = await openAs(chromium(), SECRETARY, query, SIDE_PANEL);
      const hrefs = await page.$$eval('link[rel="preload"][as="fetch"]', (links) =>
        links.map((link) => link.getAttribute('href')),
      );
      await context.close();
      return hrefs.map((href) => (href ?? '').replace(/-[0-9a-f]{8}\.json$/, ''));
    };
    expect(await opening({ surface: 'sidePanel', event: eventId() })).toEqual(['/assets/opening-sv-light']);
    expect(await opening({ surface: 'sidePanel', event: eventId(), theme: 'dark', lang: 'en-GB' })).toEqual([
      '/assets/opening-en-dark',
    ]);
    expect(await opening({ surface: 'personal' })).toEqual([]);
  });

  it('preloads the workspace and the Swedish words in the side panel, and not the workspace elsewhere', async () => {
    expect(await preloads({ surface: 'sidePanel', event: eventId() })).toEqual(
      expect.arrayContaining(['RecordWorkspace', 'sv', 'signedIn']),
    );
    const personal = await preloads({ surface: 'personal' });
    expect(personal).toContain('sv');
    expect(personal).not.toContain('RecordWorkspace');
  });
});
