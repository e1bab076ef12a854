// `npx tsx bench/typingPlaces.ts`: where the notes editor's keystroke latency over the textarea's comes from, measured
// as the bench measures it (keydown to paint, no trace), by typing the same keys into seven fields of one page with the
// 60-item record open, 16 rounds of 40 keys each in alternating order (a single bench run moves by ±0.05 ×; the means
// of 640 keys a field in one page tell places 1 ms apart, where a p95 still moves with a few slow keys):
// - the bench's textarea laid over the page (the budget's floor);
// - a textarea in the first item card, above the notes: the browser's own field where the notes are;
// - a plain contenteditable laid over the page the same way: an editable as such, outside the app;
// - a plain contenteditable with the notes' classes inside the first item card: the app's page around it;
// - the same with the other items hidden (display: none): the page without the other cards;
// - the notes editor (Lexical) in the first card;
// - the notes editor with the other items hidden.
// Prints per field the p95, median and mean, the p95 against the textarea's, and the means of where a key's time went
// (`KeyTiming`): until the page saw the key handled, until the frame was due, until the frame started (its
// requestAnimationFrame callbacks; the browser's hover update after a layout runs before them), and the frame's
// rendering after that.
import type { Locator, Page } from 'playwright-core';
import { freshPage } from './chromium';
import { installTypingProbe, typedKeys, typeTimed, type KeyTiming } from './editorProbe';
import { addBaseline, addCardTextarea, firstNotes, openLargeRecord, showBenchField } from './editorTyping';
import { addPlainEditables } from './plainEditables';
import { mean, median, percentile } from './stats';
import { withLargeRecord, type LargeRecordSession } from './withLargeRecord';

const ROUNDS = 16;
const KEYS_PER_BLOCK = 40;

interface Field {
  name: string;
  target: Locator;
  /** The other items hidden while this field is typed into. */
  alone: boolean;
}

/** Shows only the field being typed into among those the bench added, and hides the other items when asked. */
async function prepare(page: Page, field: Field): Promise<void> {
  await showBenchField(page, (await field.target.getAttribute('id')) ?? undefined);
  await page.evaluate((alone) => document.body.toggleAttribute('data-bench-alone', alone), field.alone);
}

/** A rule that hides every item but the first (the one with the notes) while the body says so. */
async function addAloneRule(notes: Locator): Promise<void> {
  await notes.evaluate((editable) => {
    editable.closest('article')?.setAttribute('data-bench-kept', '');
    const style = document.createElement('style');
    style.textContent =
      'body[data-bench-alone] article:not([data-bench-kept]):not([data-bench-kept] article) { display: none !important }';
    document.head.append(style);
  });
}

function row(cells: readonly string[]): string {
  return cells.map((cell, index) => (index === 0 ? cell.padEnd(22) : cell.padStart(index < 5 ? 8 : 11))).join('');
}

async function main({ browser, appUrl }: LargeRecordSession): Promise<void> {
  const { page } = await freshPage(browser);
  await openLargeRecord(page, appUrl);
  await installTypingProbe(page);
  const notes = firstNotes(page);
  await addBaseline(page);
  await addCardTextarea(notes);
  await addPlainEditables(notes, ['over-page', 'in-card']);
  await addAloneRule(notes);
  const inCard = page.locator('#bench-in-card');
  const fields: Field[] = [
    { name: 'textarea', target: page.locator('#bench-baseline'), alone: false },
    { name: 'textarea in card', target: page.locator('#bench-card-textarea'), alone: false },
    { name: 'editable over page', target: page.locator('#bench-over-page'), alone: false },
    { name: 'editable in card', target: inCard, alone: false },
    { name: 'same, item alone', target: inCard, alone: true },
    { name: 'notes editor', target: notes, alone: false },
    { name: 'same, item alone', target: notes, alone: true },
  ];
  const samples = fields.map(() => [] as KeyTiming[]);
  for (let round = 0; round < ROUNDS; round += 1) {
    // Every field is typed the same keys in a round; every other round goes the other way round.
    const text = typedKeys(round * KEYS_PER_BLOCK, KEYS_PER_BLOCK);
    const order = fields.map((_, index) => index);
    for (const index of round % 2 === 0 ? order : order.reverse()) {
      const field = fields[index] as Field;
      await prepare(page, field);
      samples[index]?.push(...(await typeTimed(page, field.target, text, 30_000)));
    }
  }
  const floor = percentile(
    (samples[0] ?? []).map((key) => key.latency),
    0.95,
  );
  console.log(row(['field', 'p95 ms', 'median', 'mean', 'p95 ×', 'handled', 'frame due', 'started', 'rendering']));
  fields.forEach((field, index) => {
    const typed = samples[index] ?? [];
    const latencies = typed.map((key) => key.latency);
    const p95 = percentile(latencies, 0.95);
    const phases = [
      mean(typed.map((key) => key.handled)),
      mean(typed.map((key) => key.frameDue)),
      mean(typed.map((key) => key.frameStarted - key.frameDue)),
      mean(typed.map((key) => key.latency - key.frameStarted)),
    ];
    const figures = [p95, median(latencies), mean(latencies)].map((ms) => ms.toFixed(1));
    console.log(row([field.name, ...figures, (p95 / floor).toFixed(2), ...phases.map((ms) => ms.toFixed(2))]));
  });
  console.log(`(${samples[0]?.length ?? 0} keys a field)`);
}

withLargeRecord('places', main).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
