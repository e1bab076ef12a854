// Screenshots of the main screens at side-panel width (320 px) and full width, light, dark and
// high contrast, for the README and for looking at what a secretary sees: `npx tsx scripts/screenshots.ts [outDir]`.
import { mkdir } from 'node:fs/promises';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../test/e2e/chromium';
import { startStack } from '../test/support/stack';

const outDir = process.argv[2] ?? 'docs/screenshots';
const SECRETARY = 'asa.lindqvist@samverkan.example';

const stack = await startStack();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
await mkdir(outDir, { recursive: true });

async function shoot(name: string, query: Record<string, string>, width: number, act: (page: Page) => Promise<void> = async () => undefined): Promise<void> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width, height: 900 }, locale: 'sv-SE' });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`${name}: ${e.message}`));
  const url = new URL(stack.appUrl);
  for (const [k, v] of Object.entries({ as: SECRETARY, ...query })) url.searchParams.set(k, v);
  await page.goto(url.toString());
  await act(page);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${outDir}/${name}.png`, fullPage: false });
  console.log(`${outDir}/${name}.png`);
  await context.close();
}

const openToday = async (page: Page) => {
  await page.getByRole('button', { name: /^Öppna Styrgrupp närvård/ }).first().click({ timeout: 20_000 });
  await page.getByRole('tablist').waitFor({ timeout: 20_000 });
};

try {
  await shoot('meeting-picker', {}, 1280);
  await shoot('minutes-full', {}, 1280, openToday);
  await shoot('minutes-full-dark', { theme: 'dark' }, 1280, openToday);
  await shoot('side-panel-attendance', { surface: 'sidePanel' }, 320, async (page) => {
    await page.getByRole('tablist').waitFor({ timeout: 20_000 }).catch(() => undefined);
  });
} finally {
  await browser.close();
  await stack.close();
}
