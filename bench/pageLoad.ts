// Page loads measured from navigation start until the page is usable (a condition checked every animation frame),
// with the scripts that had arrived by then. Cold: a fresh browser context (no HTTP cache, no IndexedDB). Warm: a
// second visit in a context that has been there once, so its cache and stored data are what a returning user has.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { freshPage, type DESKTOP_VIEWPORT } from './chromium';

export interface PageLoad {
  /** performance.now() at the first frame where the page was usable: milliseconds since navigation start. */
  usableMs: number;
  /** Paths of the JavaScript files received before the page was usable. */
  scripts: string[];
  /** The page's marks of its phases (the app's `load:…`, src/app/loadMarks.ts) made by then, in ms. */
  phases: Record<string, number>;
}

declare global {
  interface Window {
    __benchUsableAt?: number;
  }
}

/** The page is usable once this many elements match the selector (e.g. the rows of the attendance list). */
export interface Usable {
  selector: string;
  count: number;
}

async function measure(page: Page, url: string, usable: Usable): Promise<PageLoad> {
  const scripts: string[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (/\.m?js$/.test(path)) scripts.push(path);
  });
  await page.goto(url, { waitUntil: 'commit' });
  // Stamped inside the check, at the frame it first holds, not after another round trip to the page.
  await page.waitForFunction(
    ({ selector, count }) => {
      const ok = document.querySelectorAll(selector).length >= count;
      if (ok && window.__benchUsableAt === undefined) window.__benchUsableAt = performance.now();
      return ok;
    },
    usable,
    { polling: 'raf', timeout: 60_000 },
  );
  const { usableMs, phases } = await page.evaluate(() => {
    const at = window.__benchUsableAt ?? Number.NaN;
    const marks = performance.getEntriesByType('mark').filter((mark) => mark.startTime <= at);
    return { usableMs: at, phases: Object.fromEntries(marks.map((mark) => [mark.name, mark.startTime])) };
  });
  return { usableMs, scripts: [...scripts], phases };
}

export async function loadUntilUsable(
  browser: Browser,
  url: string,
  usable: Usable,
  viewport: typeof DESKTOP_VIEWPORT,
): Promise<PageLoad> {
  const { context, page } = await freshPage(browser, viewport);
  try {
    return await measure(page, url, usable);
  } finally {
    await context.close();
  }
}

/**
 * A returning visit: the first visit is made usable and handed to `prepare` (e.g. to leave a draft behind), then
 * the page is closed and the same URL measured in a new page of the same context.
 */
export async function loadWarmUntilUsable(
  browser: Browser,
  url: string,
  usable: Usable,
  viewport: typeof DESKTOP_VIEWPORT,
  prepare: (page: Page, context: BrowserContext) => Promise<void> = async () => undefined,
): Promise<PageLoad> {
  const { context, page } = await freshPage(browser, viewport);
  try {
    await measure(page, url, usable);
    await prepare(page, context);
    await page.close();
    return await measure(await context.newPage(), url, usable);
  } finally {
    await context.close();
  }
}
