// `npx tsx bench/profileTyping.ts`: where the time of typing in the notes goes, for issue 17's keystroke budget. Opens
// the 60-item record as the bench does and types 100 keys at a typist's pace twice: once under a Chrome trace, to say
// what each keystroke's frame (keydown to paint) spends its time on, and once under the CPU profiler (Chrome DevTools
// Protocol), for the script's functions with the most self time inside those frames.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Locator, Page } from 'playwright-core';
import { startStack } from '../test/support/stack';
import { appInNode } from './appInNode';
import { freshPage, launchChromium } from './chromium';
import { selfTimes, type Profile } from './cpuProfile';
import { installTypingProbe, typeMeasured } from './editorProbe';
import { addBaseline, openLargeRecord } from './editorTyping';
import { frameBreakdown, type TraceEvent } from './frameBreakdown';
import { seedLargeRecord } from './seedLargeRecord';
import { median, percentile } from './stats';

const TEXT = 'Forumet diskuterade samverkan kring hemsjukvarden och beslutade att aterkomma med en plan i mars. ';
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8', 'v8.execute'];

function summary(painted: readonly number[]): string {
  return `p95 ${percentile(painted, 0.95).toFixed(1)} ms, median ${median(painted).toFixed(1)} ms over ${painted.length} keys`;
}

async function traced(cdp: CDPSession, page: Page, target: Locator, what: string): Promise<void> {
  const events: TraceEvent[] = [];
  // Playwright types the trace's events as string maps; they are Chrome's trace format.
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  const painted = await typeMeasured(page, target, TEXT, 90_000);
  await cdp.send('Tracing.end');
  await complete;
  const { windows, meanFrame, byKind } = frameBreakdown(events);
  console.log(`${what}, traced: ${summary(painted)}`);
  console.log(`mean keystroke frame (${windows} windows from keydown to paint): ${meanFrame.toFixed(1)} ms, of which:`);
  for (const [kind, ms] of [...byKind].filter(([, ms]) => ms >= 0.1).sort((a, b) => b[1] - a[1])) {
    console.log(`${ms.toFixed(2).padStart(8)} ms  ${kind}`);
  }
}

async function profiled(cdp: CDPSession, page: Page, notes: Locator): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const painted = await typeMeasured(page, notes, TEXT, 90_000);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const busy = selfTimes(profile).filter((entry) => !['(idle) :0', '(program) :0'].includes(entry.name));
  const total = busy.reduce((sum, entry) => sum + entry.ms, 0);
  console.log(`profiled typing: ${summary(painted)}`);
  console.log(`script and GC while typing: ${total.toFixed(0)} ms; top self time:`);
  for (const entry of busy.slice(0, 25)) console.log(`${entry.ms.toFixed(1).padStart(8)} ms  ${entry.name}`);
}

async function main(): Promise<void> {
  const temp = await mkdtemp(join(tmpdir(), 'motessekreteraren-profile-'));
  const stack = await startStack({ outDir: join(temp, 'app') });
  const browser = await launchChromium();
  try {
    await seedLargeRecord(appInNode(stack.emulator.url));
    const { page } = await freshPage(browser);
    await openLargeRecord(page, stack.appUrl);
    await installTypingProbe(page);
    const notes = page
      .getByRole('article', { name: /Ärende 1 om samverkan/ })
      .getByRole('textbox', { name: /^Anteckningar för/ });
    const cdp = await page.context().newCDPSession(page);
    await addBaseline(page);
    await traced(cdp, page, page.locator('#bench-baseline'), 'plain textarea');
    await page.evaluate(() => document.getElementById('bench-baseline')?.remove());
    await traced(cdp, page, notes, 'notes editor');
    await profiled(cdp, page, notes);
  } finally {
    await browser.close();
    await stack.close();
    await rm(temp, { recursive: true, force: true });
  }
}

void main();
