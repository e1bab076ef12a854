// `npx tsx bench/profileTyping.ts`: where the time of typing in the notes goes, for issue 17's keystroke budget. Opens
// the 60-item record as the bench does (built with source maps), lays the bench's plain textarea over it, and types
// 100 keys at a typist's pace into each under a Chrome trace and the CPU profiler (Chrome DevTools Protocol). Prints,
// for each, what a keystroke's frame (keydown to paint) spends its time on, and the functions with the most self
// time inside those frames, named by their source.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Locator, Page } from 'playwright-core';
import { startStack } from '../test/support/stack';
import { appInNode } from './appInNode';
import { freshPage, launchChromium } from './chromium';
import { selfTimes, type CallFrame, type Profile } from './cpuProfile';
import { installTypingProbe, typeMeasured } from './editorProbe';
import { addBaseline, openLargeRecord } from './editorTyping';
import { frameBreakdown, type TraceEvent } from './frameBreakdown';
import { seedLargeRecord } from './seedLargeRecord';
import { sourceNames } from './sourceNames';
import { median, percentile } from './stats';

const TEXT = 'Forumet diskuterade samverkan kring hemsjukvarden och beslutade att aterkomma med en plan i mars. ';
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8', 'v8.execute'];
// "(program)" stays in: it is the browser's own work (editing the contenteditable, style, layout), most of a frame.
const IDLE = ['(idle)'];

interface Recorded {
  painted: number[];
  events: TraceEvent[];
  profile: Profile;
}

async function recordTyping(cdp: CDPSession, page: Page, target: Locator): Promise<Recorded> {
  const events: TraceEvent[] = [];
  // Playwright types the trace's events as string maps; they are Chrome's trace format.
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  await cdp.send('Profiler.start');
  const painted = await typeMeasured(page, target, TEXT, 90_000);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  await cdp.send('Tracing.end');
  await complete;
  return { painted, events, profile };
}

function report(what: string, { painted, events, profile }: Recorded, name: (frame: CallFrame) => string): void {
  const { windows, meanFrame, byKind } = frameBreakdown(events);
  const p95 = percentile(painted, 0.95).toFixed(1);
  console.log(`\n${what}: p95 ${p95} ms, median ${median(painted).toFixed(1)} ms over ${painted.length} keys`);
  console.log(`mean keystroke frame (${windows.length} frames, keydown to paint, traced): ${meanFrame.toFixed(1)} ms`);
  for (const [kind, ms] of [...byKind].filter(([, ms]) => ms >= 0.1).sort((a, b) => b[1] - a[1])) {
    console.log(`${ms.toFixed(2).padStart(8)} ms  ${kind}`);
  }
  const busy = selfTimes(profile, { within: windows, name }).filter((entry) => !IDLE.includes(entry.name.trim()));
  console.log('script self time per keystroke frame (CPU profile, mean):');
  for (const entry of busy.slice(0, 20)) {
    console.log(`${(entry.ms / windows.length).toFixed(2).padStart(8)} ms  ${entry.name}`);
  }
}

async function main(): Promise<void> {
  const temp = await mkdtemp(join(tmpdir(), 'motessekreteraren-profile-'));
  const outDir = join(temp, 'app');
  const stack = await startStack({ outDir, sourcemap: true });
  const browser = await launchChromium();
  try {
    await seedLargeRecord(appInNode(stack.emulator.url));
    const { page } = await freshPage(browser);
    await openLargeRecord(page, stack.appUrl);
    await installTypingProbe(page);
    const cdp = await page.context().newCDPSession(page);
    const name = sourceNames(join(outDir, 'assets'));
    await addBaseline(page);
    report('plain textarea', await recordTyping(cdp, page, page.locator('#bench-baseline')), name);
    await page.evaluate(() => document.getElementById('bench-baseline')?.remove());
    const notes = page
      .getByRole('article', { name: /Ärende 1 om samverkan/ })
      .getByRole('textbox', { name: /^Anteckningar för/ });
    report('notes editor', await recordTyping(cdp, page, notes), name);
  } finally {
    await browser.close();
    await stack.close();
    await rm(temp, { recursive: true, force: true });
  }
}

void main();
