// `npx tsx bench/profileTyping.ts`: where the time of typing in the notes goes, for issue 17's keystroke budget. Opens
// the 60-item record as the bench does, records a CPU profile (Chrome DevTools Protocol Profiler) while typing 100
// keys at a typist's pace, and prints the functions with the most self time and the keystroke-to-paint p95.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack } from '../test/support/stack';
import { appInNode } from './appInNode';
import { freshPage, launchChromium } from './chromium';
import { installTypingProbe, typeMeasured } from './editorProbe';
import { openLargeRecord } from './editorTyping';
import { seedLargeRecord } from './seedLargeRecord';
import { percentile } from './stats';
import { selfTimes, type Profile } from './cpuProfile';

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
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const painted = await typeMeasured(
      page,
      notes,
      'Forumet diskuterade samverkan kring hemsjukvarden och beslutade att aterkomma med en plan i mars. ',
      90_000,
    );
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const all = selfTimes(profile);
    const busy = all.filter((entry) => !['(idle) :0', '(program) :0'].includes(entry.name));
    const total = busy.reduce((sum, entry) => sum + entry.ms, 0);
    console.log(`keystroke to paint p95 ${percentile(painted, 0.95).toFixed(1)} ms over ${painted.length} keys`);
    console.log(`script and GC while typing: ${total.toFixed(0)} ms; top self time:`);
    for (const entry of busy.slice(0, 25)) console.log(`${entry.ms.toFixed(1).padStart(8)} ms  ${entry.name}`);
  } finally {
    await browser.close();
    await stack.close();
    await rm(temp, { recursive: true, force: true });
  }
}

void main();
