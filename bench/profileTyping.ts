// `npx tsx bench/profileTyping.ts`: where the time of typing in the notes goes, for issue 17's keystroke budget. Opens
// the 60-item record as the bench does (built with source maps) and types 100 keys at a typist's pace, under a Chrome
// trace, into four text fields in turn, four rounds in alternating order (a round-to-round spread of ±2 ms a frame):
// - the bench's plain textarea laid over the page (outside the app: the budget's floor);
// - a plain contenteditable with the notes' classes in the app's column of item cards, beside the first card;
// - the same inside the first item card, beside its notes;
// - the notes editor itself (Lexical).
// Going down the table, each step adds one thing: the app's place in the page, the item card, the editor. Prints per
// field the p95 (median of the rounds), the mean keystroke frame (keydown to paint) and what it spends its time
// on, and, for the notes editor, the functions with the most self time inside those frames (CPU profiler), named by
// their source.
import type { CDPSession, Locator, Page } from 'playwright-core';
import { freshPage } from './chromium';
import { selfTimes, type CallFrame, type Profile } from './cpuProfile';
import { installTypingProbe, TYPED_SENTENCE, typeMeasured } from './editorProbe';
import { addBaseline, firstNotes, openLargeRecord } from './editorTyping';
import { frameBreakdown, type FrameBreakdown, type TraceEvent } from './frameBreakdown';
import { addPlainEditables } from './plainEditables';
import { sourceNames } from './sourceNames';
import { median, percentile } from './stats';
import { withLargeRecord, type LargeRecordSession } from './withLargeRecord';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8', 'v8.execute'];
// "(program)" stays in: it is the browser's own work (editing the contenteditable, style, layout), most of a frame.
const IDLE = ['(idle)'];
const ROUNDS = 4;
/** Work shown in the table: at least this many ms a frame in one of the fields. */
const SHOWN_MS = 0.15;

interface Recorded {
  painted: number[];
  breakdown: FrameBreakdown;
  profile: Profile;
}

async function recordTyping(cdp: CDPSession, page: Page, target: Locator): Promise<Recorded> {
  const events: TraceEvent[] = [];
  // Playwright types the trace's events as string maps; they are Chrome's trace format.
  const collect = ({ value }: { value: unknown }) => events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  await cdp.send('Profiler.start');
  const painted = await typeMeasured(page, target, TYPED_SENTENCE, 90_000);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return { painted, breakdown: frameBreakdown(events), profile };
}

function table(fields: readonly string[], recorded: ReadonlyMap<string, Recorded[]>): void {
  const rounds = (field: string) => recorded.get(field) ?? [];
  const meanOf = (field: string, value: (r: Recorded) => number) =>
    rounds(field).reduce((sum, r) => sum + value(r), 0) / rounds(field).length;
  const row = (label: string, cells: (field: string) => string) =>
    console.log(`${label.slice(0, 64).padEnd(64)}${fields.map((field) => cells(field).padStart(12)).join('')}`);
  row('', (field) => field);
  row('keystroke to paint p95, ms (median of rounds)', (f) =>
    median(rounds(f).map((r) => percentile(r.painted, 0.95))).toFixed(1),
  );
  row('mean keystroke frame, ms (keydown to paint, traced)', (f) => meanOf(f, (r) => r.breakdown.meanFrame).toFixed(2));
  const kinds = new Set<string>();
  for (const field of fields) {
    for (const r of rounds(field)) for (const [kind, ms] of r.breakdown.byKind) if (ms >= SHOWN_MS) kinds.add(kind);
  }
  for (const kind of [...kinds].sort())
    row(kind, (f) => meanOf(f, (r) => r.breakdown.byKind.get(kind) ?? 0).toFixed(2));
}

function selfTimeReport(what: string, recorded: readonly Recorded[], name: (frame: CallFrame) => string): void {
  const last = recorded.at(-1);
  if (!last) return;
  const { windows } = last.breakdown;
  const busy = selfTimes(last.profile, { within: windows, name }).filter((entry) => !IDLE.includes(entry.name.trim()));
  console.log(`\n${what}: script self time per keystroke frame (CPU profile, mean of the last round):`);
  for (const entry of busy.slice(0, 20))
    console.log(`${(entry.ms / windows.length).toFixed(2).padStart(8)} ms  ${entry.name}`);
}

async function main({ browser, appUrl, assets }: LargeRecordSession): Promise<void> {
  const { page } = await freshPage(browser);
  await openLargeRecord(page, appUrl);
  await installTypingProbe(page);
  const cdp = await page.context().newCDPSession(page);
  const notes = firstNotes(page);
  await addPlainEditables(notes, ['in-column', 'in-card']);
  const fields: [string, () => Promise<Locator>][] = [
    [
      'textarea',
      async () => {
        await addBaseline(page);
        return page.locator('#bench-baseline');
      },
    ],
    ['in column', async () => page.locator('#bench-in-column')],
    ['in card', async () => page.locator('#bench-in-card')],
    ['editor', async () => notes],
  ];
  const recorded = new Map<string, Recorded[]>();
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [field, target] of round % 2 === 0 ? fields : [...fields].reverse()) {
      recorded.set(field, [...(recorded.get(field) ?? []), await recordTyping(cdp, page, await target())]);
      await page.evaluate(() => document.getElementById('bench-baseline')?.remove());
    }
  }
  table(
    fields.map(([field]) => field),
    recorded,
  );
  selfTimeReport('notes editor', recorded.get('editor') ?? [], sourceNames(assets));
}

withLargeRecord('profile', main, { sourcemap: true }).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
