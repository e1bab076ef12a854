// Debian's Chromium driven by playwright-core, with the flags this machine needs, and helpers to
// talk to the emulator's control API from a test.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, inject, onTestFailed } from 'vitest';
import { CHROMIUM_ARGS } from './chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** One Chromium for a test file, started on the demo tenant as the emulator's reset leaves it. */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    await control('/_emulator/reset', {});
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running: call useChromium() at the top of the test file');
    return browser;
  };
}

/** The demo group's secretary, who keeps its record in most of these tests. */
export const SECRETARY = 'asa.lindqvist@samverkan.example';
/** The Teams meeting side panel's size. */
export const SIDE_PANEL = { width: 320, height: 800 };

export const appUrl = (): string => inject('appUrl');
export const emulatorUrl = (): string => inject('emulatorUrl');

/** A browser context as one demo user; the page's console errors are collected for assertions. */
export async function openAs(
  browser: Browser,
  upn: string,
  query: Record<string, string> = {},
  viewport = { width: 1280, height: 900 },
  /** Done to the page before it opens the app: routes that hold the network back, say. */
  beforeOpen: (page: Page) => Promise<unknown> = async () => undefined,
  /** How far the opening goes before this returns: `commit` where routes hold back what the page's load waits for. */
  waitUntil: 'load' | 'commit' = 'load',
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport, locale: 'sv-SE' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const url = new URL(appUrl());
  url.searchParams.set('as', upn);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  // A failing test leaves a picture of what the user saw.
  onTestFailed(async ({ task }) => {
    if (page.isClosed()) return;
    mkdirSync('.test-data/e2e-failures', { recursive: true });
    await page
      .screenshot({
        path: `.test-data/e2e-failures/${task.name.replace(/\W+/g, '-')}-${upn.split('@')[0]}.png`,
        fullPage: true,
      })
      .catch(() => undefined);
  });
  await beforeOpen(page);
  await page.goto(url.toString(), { waitUntil });
  return { context, page, errors };
}

// The control API is served with the emulator's self-signed certificate.
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

export async function control<T = unknown>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(
    new URL(path, emulatorUrl()),
    body === undefined
      ? {}
      : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
  );
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
