// `npx tsx bench/profileLoad.ts`: where the side panel's load goes, for issue 17's cold and warm budgets. Opens the
// 40-invitee meeting as the bench does, cold (fresh context) and warm (a draft on the device, the browser's cache),
// and prints each load's waterfall (every request, start and end since navigation, and the app's marks of its phases,
// in order) with the moment it was usable, and the functions with the most self time during the warm load (Chrome
// DevTools Protocol Profiler).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { LOAD_MARK_PREFIX } from '../src/app/loadMarks';
import { startStack } from '../test/support/stack';
import { appInNode, SECRETARY } from './appInNode';
import { freshPage, launchChromium, SIDE_PANEL_VIEWPORT } from './chromium';
import { selfTimes, type Profile } from './cpuProfile';
import { leaveDraft } from './leaveDraft';
import { seedLargeRecord } from './seedLargeRecord';

interface Timed {
  label: string;
  start: number;
  end: number;
}

async function waterfall(page: Page, url: string, usable: string, count: number): Promise<string[]> {
  const timed: Timed[] = [];
  page.on('requestfinished', (request) => {
    const timing = request.timing();
    const path = decodeURIComponent(new URL(request.url()).pathname).slice(0, 90);
    timed.push({ label: `${request.method()} ${path}`, start: timing.startTime, end: timing.responseEnd });
  });
  await page.goto(url, { waitUntil: 'commit' });
  const origin = await page.evaluate(() => performance.timeOrigin);
  // Stamped inside the check, as bench/pageLoad.ts does: a long task after the first usable frame (the screens' code
  // evaluated after the opening screen is drawn) must not count.
  await page.waitForFunction(
    ({ selector, n }) => {
      const ok = document.querySelectorAll(selector).length >= n;
      if (ok && window.__benchUsableAt === undefined) window.__benchUsableAt = performance.now();
      return ok;
    },
    { selector: usable, n: count },
    { polling: 'raf', timeout: 60_000 },
  );
  const usableMs = await page.evaluate(() => window.__benchUsableAt ?? Number.NaN);
  // The app's own marks of its phases (src/app/loadMarks.ts), between the requests.
  const marks = await page.evaluate(
    (prefix) =>
      performance
        .getEntriesByType('mark')
        .filter((mark) => mark.name.startsWith(prefix))
        .map((mark) => ({ name: mark.name, at: mark.startTime })),
    LOAD_MARK_PREFIX,
  );
  const rows = [
    ...timed.map(({ label, start, end }) => ({
      at: start - origin,
      line: `${(start - origin).toFixed(0).padStart(6)} → ${(start - origin + end).toFixed(0).padStart(6)} ms  ${label}`,
    })),
    ...marks.map(({ name, at }) => ({ at, line: `${at.toFixed(0).padStart(6)} ms           ${name}` })),
  ]
    .filter((row) => row.at <= usableMs)
    .sort((a, b) => a.at - b.at)
    .map((row) => row.line);
  return [...rows, `${usableMs.toFixed(0).padStart(6)} ms  usable`];
}

async function main(): Promise<void> {
  const temp = await mkdtemp(join(tmpdir(), 'motessekreteraren-profile-'));
  const stack = await startStack({ outDir: join(temp, 'app') });
  const browser = await launchChromium();
  try {
    const seeded = await seedLargeRecord(appInNode(stack.emulator.url));
    const url = new URL(stack.appUrl);
    url.searchParams.set('surface', 'sidePanel');
    url.searchParams.set('as', SECRETARY);
    url.searchParams.set('event', seeded.eventId);
    const usable = 'section[aria-label="Närvaro"] li';
    const { context, page } = await freshPage(browser, SIDE_PANEL_VIEWPORT);
    console.log('cold:');
    for (const line of await waterfall(page, url.toString(), usable, seeded.attendees)) console.log(`  ${line}`);
    await leaveDraft(page);
    await page.close();
    const warm = await context.newPage();
    const cdp = await context.newCDPSession(warm);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    console.log('warm:');
    for (const line of await waterfall(warm, url.toString(), usable, seeded.attendees)) console.log(`  ${line}`);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const busy = selfTimes(profile).filter((entry) => !['(idle) :0', '(program) :0'].includes(entry.name));
    const total = busy.reduce((sum, entry) => sum + entry.ms, 0);
    console.log(`warm load, script and GC: ${total.toFixed(0)} ms; top self time:`);
    for (const entry of busy.slice(0, 30)) console.log(`${entry.ms.toFixed(1).padStart(8)} ms  ${entry.name}`);
    await context.close();
  } finally {
    await browser.close();
    await stack.close();
    await rm(temp, { recursive: true, force: true });
  }
}

void main();
