// The built app served with its Content-Security-Policy (Vite preview, as production hosting must
// serve it) runs the thin path's first steps without one violation, and keeps no token in web
// storage or IndexedDB after a sign-in and a save.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, emulatorUrl, openAs, useChromium, SECRETARY, SIDE_PANEL } from './browser';
import { saveToSharePoint, openTodaysMeeting } from './editor';

const chromium = useChromium();

interface Watched {
  context: BrowserContext;
  page: Page;
  errors: string[];
  violations: () => Promise<string[]>;
}

/**
 * This machine has no internet: Microsoft's CDNs are answered locally, so only the policy can block
 * them. A CSP check happens before the request, so a blocked URL still reports a violation.
 */
async function stubMicrosoftCdns(context: BrowserContext): Promise<void> {
  await context.route('https://res.cdn.office.net/teams-js/**', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ validOrigins: ['teams.microsoft.com', '*.teams.microsoft.com'] }),
    }),
  );
  // office.js outside Outlook: ready, but no mailbox item, so the app takes the browser host.
  await context.route('https://appsforoffice.microsoft.com/**', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: 'window.Office = { HostType: { Outlook: "Outlook" }, context: {}, onReady: () => Promise.resolve({ host: null }) };',
    }),
  );
}

async function openWatched(
  query: Record<string, string> = {},
  viewport?: { width: number; height: number },
): Promise<Watched> {
  const session = await openAs(chromium(), SECRETARY, query, viewport);
  const { context, page } = session;
  await stubMicrosoftCdns(context);
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`),
    );
  });
  // Uncaught exceptions, and the console's own report of anything the policy refused.
  const errors: string[] = session.errors;
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text()))
      errors.push(message.text());
  });
  // openAs navigated before the listeners existed: load again under watch.
  await page.reload();
  return {
    context,
    page,
    errors,
    violations: () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  };
}

describe('Content-Security-Policy', () => {
  it('is sent with the app page and names the emulator as a Graph origin', async () => {
    const response = await fetch(appUrl());
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(policy).toContain(`connect-src 'self' https://graph.microsoft.com ${new URL(emulatorUrl()).origin}`);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain('frame-ancestors');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('lets the meeting list, an opened meeting and typing a note run without a violation', async () => {
    const session = await openWatched();
    const { page } = session;
    await openTodaysMeeting(page);
    await page.getByRole('tab', { name: 'Protokoll' }).click();
    const notes = page
      .getByRole('article', { name: /^§ \d+ Budget 2027$/ })
      .getByRole('textbox', { name: /^Anteckningar för/ });
    await notes.click();
    await page.keyboard.type('Inga invändningar mot förslaget.');
    await expect.poll(async () => notes.textContent()).toContain('Inga invändningar mot förslaget.');
    // Each editor tab renders different components (Fluent table, preview, approval).
    for (const tab of ['Närvaro', 'Förhandsgranska', 'Justering']) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('tabpanel', { name: tab }).waitFor();
    }
    expect(await session.violations()).toEqual([]);
    expect(session.errors).toEqual([]);

    // The watch works and the policy holds: an injected inline script is refused and reported.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
    });
    expect(ran).toBe(false);
    await expect.poll(session.violations).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
    await session.context.close();
  });

  it('lets the side panel and the approval surface (office.js from its CDN) load without a violation', async () => {
    for (const query of [{ surface: 'sidePanel' }, { surface: 'approval' }]) {
      const session = await openWatched(query, SIDE_PANEL);
      await session.page.waitForLoadState('networkidle');
      await session.page.locator('main, [role="main"], h1, h2').first().waitFor();
      expect({ query, violations: await session.violations() }).toEqual({ query, violations: [] });
      expect({ query, errors: session.errors }).toEqual({ query, errors: [] });
      await session.context.close();
    }
  });
});

const tokenLike = [/eyJ[\w-]{5,}/, /\bBearer\b/i, /[\w-]{10,}\.[\w-]{10,}\.[\w-]*/];

describe('no tokens in storage', () => {
  it('keeps web storage free of tokens and IndexedDB to drafts after sign-in, open and save', async () => {
    const session = await openWatched();
    const { page } = session;
    await openTodaysMeeting(page);
    await saveToSharePoint(page);

    const web = await page.evaluate(() => {
      const dump = (storage: Storage) =>
        Object.fromEntries(
          Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '').map((key) => [
            key,
            storage.getItem(key) ?? '',
          ]),
        );
      return { local: dump(localStorage), session: dump(sessionStorage) };
    });
    for (const text of [...Object.entries(web.local), ...Object.entries(web.session)].flat()) {
      for (const pattern of tokenLike) expect(text).not.toMatch(pattern);
    }

    // Every database, every object store, every key and value, as the page sees them.
    const databases = await page.evaluate(async () => {
      const request = <T>(r: IDBRequest<T>) =>
        new Promise<T>(
          (resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))),
        );
      const dump = async (name: string) => {
        const db = await request(indexedDB.open(name));
        const stores: Record<string, { keys: IDBValidKey[]; values: unknown[] }> = {};
        for (const storeName of Array.from(db.objectStoreNames)) {
          const store = db.transaction(storeName, 'readonly').objectStore(storeName);
          stores[storeName] = { keys: await request(store.getAllKeys()), values: await request(store.getAll()) };
        }
        db.close();
        return { name, stores };
      };
      return Promise.all((await indexedDB.databases()).map((info) => dump(info.name ?? '')));
    });

    // The drafts, and the index that finds a meeting's draft before Graph answers (local first): record keys only.
    expect(databases.map((db) => db.name).sort()).toEqual([
      'motessekreteraren-drafts',
      'motessekreteraren-drafts-meetings',
    ]);
    const meetings = databases.find((db) => db.name === 'motessekreteraren-drafts-meetings')!.stores.entries!;
    for (const value of meetings.values) {
      expect(value).toBeTypeOf('string');
      for (const pattern of tokenLike.slice(0, 2)) expect(value).not.toMatch(pattern);
    }
    const drafts = databases.find((db) => db.name === 'motessekreteraren-drafts')!.stores.entries!;
    expect(drafts.values.length).toBeGreaterThan(0);
    for (const value of drafts.values) {
      expect(typeof value).toBe('string');
      const draft = JSON.parse(value as string) as { minutes?: { schemaVersion?: number }; savedAt?: string };
      expect(draft.minutes?.schemaVersion).toBeTypeOf('number');
      expect(draft.savedAt).toBeTypeOf('string');
      for (const pattern of tokenLike.slice(0, 2)) expect(value).not.toMatch(pattern);
    }
    expect(JSON.stringify(drafts.keys)).not.toMatch(tokenLike[0]!);
    await session.context.close();
  });
});
