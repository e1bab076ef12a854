// One cold page load in a fresh browser context: the time from navigation start until the page is usable (a
// condition checked every animation frame), and the scripts that had arrived by then.
import type { Browser } from 'playwright-core';
import { freshPage, type DESKTOP_VIEWPORT } from './chromium';

export interface PageLoad {
  /** performance.now() at the first frame where the page was usable: milliseconds since navigation start. */
  usableMs: number;
  /** Paths of the JavaScript files received before the page was usable. */
  scripts: string[];
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

export async function loadUntilUsable(
  browser: Browser,
  url: string,
  usable: Usable,
  viewport: typeof DESKTOP_VIEWPORT,
): Promise<PageLoad> {
  const { context, page } = await freshPage(browser, viewport);
  try {
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
    const usableMs = await page.evaluate(() => window.__benchUsableAt ?? Number.NaN);
    return { usableMs, scripts: [...scripts] };
  } finally {
    await context.close();
  }
}
