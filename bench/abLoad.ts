// `npx tsx bench/abLoad.ts`: whether a change makes the side panel usable sooner, beyond the spread between runs.
// On this 2-core machine one load moves by 20-30 % from the next, so two `npm run bench` runs cannot tell a 60 ms
// change from noise. This builds the app twice, with VITE_AB=a and VITE_AB=b (the change under trial reads
// `import.meta.env.VITE_AB` while it is tried, and the flag goes before it lands), each with its own emulator and the
// same seeded meeting, then loads them in alternating pairs, cold and warm, and prints each side's samples and the
// median of the paired differences (b − a: negative is faster). AB_RUNS pairs, 11 unless told.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack, type Stack } from '../test/support/stack';
import { appInNode, SECRETARY } from './appInNode';
import { launchChromium, SIDE_PANEL_VIEWPORT } from './chromium';
import { leaveDraft } from './leaveDraft';
import { loadUntilUsable, loadWarmUntilUsable, type Usable } from './pageLoad';
import { seedLargeRecord } from './seedLargeRecord';
import { median } from './stats';

const RUNS = Number(process.env.AB_RUNS ?? 11);
const VARIANTS = ['a', 'b'] as const;
type Variant = (typeof VARIANTS)[number];

interface Side {
  stack: Stack;
  url: string;
  usable: Usable;
}

async function side(variant: Variant, temp: string): Promise<Side> {
  // Read by Vite when it builds: the flag is a constant in that build.
  process.env.VITE_AB = variant;
  const stack = await startStack({ outDir: join(temp, variant) });
  const seeded = await seedLargeRecord(appInNode(stack.emulator.url));
  const url = new URL(stack.appUrl);
  url.searchParams.set('surface', 'sidePanel');
  url.searchParams.set('as', SECRETARY);
  url.searchParams.set('event', seeded.eventId);
  return {
    stack,
    url: url.toString(),
    usable: { selector: 'section[aria-label="Närvaro"] li', count: seeded.attendees },
  };
}

function line(label: string, samples: readonly number[]): string {
  return `${label.padEnd(8)} median ${median(samples).toFixed(0).padStart(5)} ms   ${samples.map((ms) => ms.toFixed(0)).join(' ')}`;
}

async function main(): Promise<void> {
  const temp = await mkdtemp(join(tmpdir(), 'ab-load-'));
  const sides = { a: await side('a', temp), b: await side('b', temp) };
  const browser = await launchChromium();
  const samples = { cold: { a: [] as number[], b: [] as number[] }, warm: { a: [] as number[], b: [] as number[] } };
  try {
    for (const variant of VARIANTS)
      await loadUntilUsable(browser, sides[variant].url, sides[variant].usable, SIDE_PANEL_VIEWPORT);
    for (let run = 0; run < RUNS; run += 1) {
      // Alternating which goes first, so drift within a pair does not favour one side.
      for (const variant of run % 2 ? [...VARIANTS].reverse() : VARIANTS) {
        const { url, usable } = sides[variant];
        samples.cold[variant].push((await loadUntilUsable(browser, url, usable, SIDE_PANEL_VIEWPORT)).usableMs);
        const warm = await loadWarmUntilUsable(browser, url, usable, SIDE_PANEL_VIEWPORT, leaveDraft);
        samples.warm[variant].push(warm.usableMs);
      }
    }
  } finally {
    await browser.close();
    await Promise.all(VARIANTS.map((variant) => sides[variant].stack.close()));
    await rm(temp, { recursive: true, force: true });
  }
  for (const kind of ['cold', 'warm'] as const) {
    const { a, b } = samples[kind];
    console.log(line(`${kind} a`, a));
    console.log(line(`${kind} b`, b));
    console.log(
      `${kind}: b − a, median of ${RUNS} pairs: ${median(a.map((ms, i) => (b[i] ?? ms) - ms)).toFixed(0)} ms\n`,
    );
  }
}

void main();
