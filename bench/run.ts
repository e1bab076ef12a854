// `npm run bench`: every benchmark once, a table of figures against the design's budgets with a baseline measured in
// the same run, and bench/results.json. A missed budget is reported, not failed.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack } from '../test/support/stack';
import { appInNode } from './appInNode';
import { serveBarePage } from './barePage';
import { launchChromium } from './chromium';
import { docxRender } from './docxRender';
import { editorTyping } from './editorTyping';
import { emulatorControl } from './emulatorControl';
import { openRoundTrips } from './openRoundTrips';
import { saveRoundTrips } from './saveRoundTrips';
import { seedLargeRecord } from './seedLargeRecord';
import { sidePanelLoad } from './sidePanelLoad';
import { formatTable, type BenchResult } from './table';

const RESULTS = 'bench/results.json';

function section(title: string, lines: readonly string[]): string {
  return [`${title}:`, ...lines.map((line) => `  ${line}`)].join('\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  const temp = await mkdtemp(join(tmpdir(), 'motessekreteraren-bench-'));
  const appDir = join(temp, 'app');
  const results: BenchResult[] = [];
  const details: string[] = [];
  const progress = (what: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${what}`);

  // First, on a machine not yet busy with the browser, and before any connection to the emulator sits idle.
  progress('DOCX in Node');
  const docx = await docxRender();

  progress('building the app and the bare page');
  const stack = await startStack({ outDir: appDir });
  const bare = await serveBarePage(join(temp, 'bare'));
  const browser = await launchChromium();
  try {
    const emulator = emulatorControl(stack.emulator.url);
    const app = appInNode(stack.emulator.url);

    progress('round trips');
    const open = await openRoundTrips(app, emulator);
    const save = await saveRoundTrips(app, emulator, open.session);
    results.push(open.result, save.result);
    details.push(
      section('open, sequential round trips', open.trips.waves),
      section('save, sequential round trips', save.trips.waves),
    );

    progress('seeding the 60-item record');
    const seeded = await seedLargeRecord(app);

    progress('side panel and bare page loads');
    const panel = await sidePanelLoad(
      browser,
      { appUrl: stack.appUrl, outDir: appDir, eventId: seeded.eventId, attendees: seeded.attendees },
      bare,
    );
    results.push(...panel.results);
    details.push(
      section('side panel, JavaScript before usable (gzip)', panel.scripts),
      section('side panel, cold: median time of each phase (src/app/loadMarks.ts)', panel.coldPhases),
    );

    progress('typing in the editor');
    results.push(...(await editorTyping(browser, stack.appUrl)));
  } finally {
    await browser.close();
    await bare.close();
    await stack.close();
    await rm(temp, { recursive: true, force: true });
  }

  // In the order of the design's budget table.
  results.push(docx);
  progress('done');
  console.log(`\n${formatTable(results)}\n\n${details.join('\n\n')}\n`);
  await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Written to ${RESULTS} in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
