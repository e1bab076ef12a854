// Local first, on a slow link: once the side panel has opened a meeting on this device, the next open shows the
// attendance from the device and takes a tick before Microsoft 365 has answered a single request; Graph's answer
// then arrives and the tick stays.
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DRAFTS_DB } from '../../src/storage/draftStore';
import { control, openAs, useChromium, SECRETARY, SIDE_PANEL } from './browser';
import { useTodaysEvent } from './graph';

/** Every Graph request waits this long: far longer than the panel needs to show the device's copy. */
const SLOW_LINK_MS = 15_000;

const chromium = useChromium();
const eventId = useTodaysEvent(SECRETARY, 'Styrgrupp närvård');

afterEach(async () => {
  await control('/_emulator/faults', { latencyMs: 0 });
});

/** How many meetings the device remembers a record for (the drafts' meeting index, a database of its own). */
function meetingsOnDevice(page: Page): Promise<number> {
  return page.evaluate(
    (db) =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open(db);
        open.onsuccess = () => {
          const connection = open.result;
          if (!connection.objectStoreNames.contains('entries')) return resolve(0);
          const count = connection.transaction('entries').objectStore('entries').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
    `${DRAFTS_DB}-meetings`,
  );
}

/**
 * The meeting opened once in the side panel, which leaves its record on the device (its index in a database of its
 * own); the page is closed, its context kept for the next visit.
 */
async function meetingOnDevice(): Promise<{ context: BrowserContext; url: string; errors: string[] }> {
  const { page, context, errors } = await openAs(
    chromium(),
    SECRETARY,
    { surface: 'sidePanel', event: eventId() },
    SIDE_PANEL,
  );
  // The record's list (not the invitees shown while it opens), kept for the next opening.
  await page.getByRole('tab', { name: 'Närvaro' }).waitFor({ timeout: 60_000 });
  await page.getByRole('switch', { name: 'Närvaro för Göran Öberg' }).waitFor();
  await expect.poll(() => meetingsOnDevice(page), { timeout: 10_000 }).toBe(1);
  const url = page.url();
  await page.close();
  return { context, url, errors };
}

describe('side panel, local first', () => {
  it('opens from the device and takes a tick before Graph answers, on a slow link', async () => {
    const { context, url, errors } = await meetingOnDevice();

    await control('/_emulator/faults', { latencyMs: SLOW_LINK_MS });
    const again = await context.newPage();
    const graphAnswers: string[] = [];
    again.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/v1.0/')) graphAnswers.push(response.url());
    });
    await again.goto(url);
    const goran = again.getByRole('switch', { name: 'Närvaro för Göran Öberg' });
    await goran.check({ timeout: SLOW_LINK_MS });
    expect(await goran.isChecked()).toBe(true);
    expect(graphAnswers).toEqual([]);

    // Graph answers (the same version): nothing is replaced, nothing is said about changes elsewhere.
    await expect.poll(() => graphAnswers.some((u) => u.includes('/me/events/')), { timeout: 60_000 }).toBe(true);
    await expect.poll(() => goran.isChecked()).toBe(true);
    expect(await again.getByText(/ändringar i protokollet på annat håll/).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the device’s copy on screen when signing in fails, and saves once Microsoft 365 answers again', async () => {
    const { context, url } = await meetingOnDevice();

    // Who she is cannot be read: the sign-in fails as it does when Graph is down or the link drops after the page.
    await control('/_emulator/faults', { rules: [{ method: 'GET', path: '^/me$', status: 500 }] });
    const again = await context.newPage();
    await again.goto(url);
    // The copy is on screen at once; signing in fails beside it, and the save status says so.
    const goran = again.getByRole('switch', { name: 'Närvaro för Göran Öberg' });
    await goran.waitFor({ timeout: 30_000 });
    await again.getByText(/^Kunde inte spara: /).waitFor({ timeout: 30_000 });
    // The copy is still there, and still hers to work on.
    const present = !(await goran.isChecked());
    await goran.setChecked(present);
    await again.getByText('Sparat på den här enheten').waitFor();
    expect(await again.getByRole('heading', { name: 'Något gick fel' }).count()).toBe(0);

    await control('/_emulator/faults', {});
    await again.getByRole('button', { name: 'Spara' }).last().click();
    await again.getByText(/^Sparat i SharePoint/).waitFor({ timeout: 60_000 });
    expect(await goran.isChecked()).toBe(present);
    await context.close();
  });
});
