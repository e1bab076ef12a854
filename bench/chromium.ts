// Chromium for the browser benchmarks: Debian's build with the flags the e2e tests use, one fresh context
// (no cache, no IndexedDB) per measured page load.
import { createHash, X509Certificate } from 'node:crypto';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { certificate } from '../emulator/tls';
import { CHROMIUM_ARGS } from '../test/e2e/chromium';

export const SIDE_PANEL_VIEWPORT = { width: 320, height: 900 };
export const DESKTOP_VIEWPORT = { width: 1280, height: 900 };

/**
 * Chromium trusts the servers' certificate (this process's, from emulator/tls) by its public key. Chromium keeps
 * nothing in its HTTP cache from a site whose certificate it had to ignore, so a "warm" visit would download every
 * script again, where a returning user of the real host (a valid certificate) reads them from the cache.
 */
async function trustedKey(): Promise<string> {
  const { cert } = await certificate(undefined);
  const spki = new X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' });
  return `--ignore-certificate-errors-spki-list=${createHash('sha256').update(spki).digest('base64')}`;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, await trustedKey()],
  });
}

export async function freshPage(
  browser: Browser,
  viewport = DESKTOP_VIEWPORT,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport, locale: 'sv-SE' });
  // tsx compiles the functions handed to page.evaluate with esbuild's keepNames, which wraps named inner functions in
  // calls to its `__name` helper; the page has no such helper.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  return { context, page: await context.newPage() };
}
