// `npx tsx bench/typing.ts`: the bench's typing rows alone (keystroke to paint against the plain textarea, the draft
// after the last key), for comparing runs back to back while working on them without the whole `npm run bench`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack } from '../test/support/stack';
import { appInNode } from './appInNode';
import { launchChromium } from './chromium';
import { editorTyping } from './editorTyping';
import { seedLargeRecord } from './seedLargeRecord';
import { formatTable } from './table';

async function main(): Promise<void> {
  const temp = await mkdtemp(join(tmpdir(), 'motessekreteraren-typing-'));
  const stack = await startStack({ outDir: join(temp, 'app') });
  const browser = await launchChromium();
  try {
    await seedLargeRecord(appInNode(stack.emulator.url));
    console.log(formatTable(await editorTyping(browser, stack.appUrl)));
  } finally {
    await browser.close();
    await stack.close();
    await rm(temp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
