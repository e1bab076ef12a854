// The typing scripts' set-up: the app built and served beside the emulator, the large record seeded through the app's
// workflows, Chromium started; all of it closed and removed afterwards, also when a measurement fails.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startStack } from '../test/support/stack';
import { appInNode } from './appInNode';
import { launchChromium } from './chromium';
import { seedLargeRecord } from './seedLargeRecord';

export interface LargeRecordSession {
  browser: Browser;
  appUrl: string;
  /** The built app's assets (with source maps when asked for), to name a profile's functions by their source. */
  assets: string;
}

export async function withLargeRecord(
  name: string,
  measure: (session: LargeRecordSession) => Promise<void>,
  { sourcemap = false } = {},
): Promise<void> {
  const temp = await mkdtemp(join(tmpdir(), `motessekreteraren-${name}-`));
  const outDir = join(temp, 'app');
  const stack = await startStack({ outDir, sourcemap });
  const browser = await launchChromium();
  try {
    await seedLargeRecord(appInNode(stack.emulator.url));
    await measure({ browser, appUrl: stack.appUrl, assets: join(outDir, 'assets') });
  } finally {
    await browser.close();
    await stack.close();
    await rm(temp, { recursive: true, force: true });
  }
}
