// Signing in with MSAL for real, in Chromium, against the emulator's Entra endpoints (authorization code with PKCE,
// the popup returning through the redirect bridge). The browser's popup blocker is modelled as Chromium applies it:
// a window opened without a user's click gets nothing. Then the app shows a Sign in button, and a click signs in.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack';
import { launchChromium, SECRETARY } from './browser';

let stack: Stack;
let browser: Browser;

beforeAll(async () => {
  stack = await startStack({ outDir: '.test-data/e2e-msal-dist', signIn: 'msal' });
  browser = await launchChromium();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

async function open(query: Record<string, string>): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: 'sv-SE' });
  // The popup blocker, as a person meets it: no window opens until they have clicked something. (Chromium under
  // Playwright runs without its blocker, and its user-activation flag alone proved unreliable here.)
  await context.addInitScript(() => {
    const open = window.open.bind(window);
    let clicked = false;
    addEventListener('click', (event) => (clicked ||= event.isTrusted), true);
    window.open = (...args: Parameters<typeof window.open>) => (clicked ? open(...args) : null);
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const url = new URL(stack.appUrl);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  await page.goto(url.toString());
  return { context, page, errors };
}

async function storedText(page: Page): Promise<string> {
  return page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
}

describe('signing in with MSAL in a plain browser', () => {
  it('turns a blocked popup into a Sign in button, and signs in from its click with the hinted account', async () => {
    const { context, page, errors } = await open({ surface: 'browser', as: SECRETARY });
    await page.getByText('Webbläsaren stoppade inloggningsfönstret').waitFor({ timeout: 60_000 });
    const popup = context.waitForEvent('page');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await popup;
    await page.getByRole('heading', { name: 'Mina möten' }).waitFor({ timeout: 60_000 });
    // The calendar was read with the token Entra issued to the hinted user.
    const requests = (await (await fetch(new URL('/_emulator/requests', stack.emulator.url))).json()) as {
      method: string;
      path: string;
      user?: string;
    }[];
    expect(requests.some((r) => r.path.startsWith('/v1.0/me/calendarView') && r.user === SECRETARY)).toBe(true);
    // MSAL keeps tokens in memory only.
    expect(await storedText(page)).not.toMatch(/eyJ|access_token|refresh_token/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets the person pick their account when the host gives no hint', async () => {
    const { context, page, errors } = await open({ surface: 'browser' });
    await page.getByRole('button', { name: 'Logga in' }).waitFor({ timeout: 60_000 });
    const popupOpened = context.waitForEvent('page');
    await page.getByRole('button', { name: 'Logga in' }).click();
    const popup = await popupOpened;
    await popup.getByRole('heading', { name: 'Pick an account' }).waitFor({ timeout: 30_000 });
    await popup.getByRole('link', { name: 'Åsa Lindqvist' }).click();
    await page.getByRole('heading', { name: 'Mina möten' }).waitFor({ timeout: 60_000 });
    expect(errors).toEqual([]);
    await context.close();
  });
});
