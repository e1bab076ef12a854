import type { Page } from 'playwright-core';
import { DRAFTS_DB } from '../src/storage/draftStore';

/**
 * Leaves a draft of the meeting on the device, as a returning secretary has it: with the record open (its tabs; not
 * the invitees shown while it opens, which are not kept as a side panel), one presence ticked, then wait until
 * IndexedDB holds it.
 */
export async function leaveDraft(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Närvaro' }).waitFor({ timeout: 30_000 });
  await page.getByRole('switch').first().click();
  await page.waitForFunction(
    (db) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open(db);
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const connection = open.result;
          if (!connection.objectStoreNames.contains('entries')) {
            connection.close();
            resolve(false);
            return;
          }
          const count = connection.transaction('entries', 'readonly').objectStore('entries').count();
          count.onsuccess = () => {
            connection.close();
            resolve(count.result > 0);
          };
          count.onerror = () => {
            connection.close();
            resolve(false);
          };
        };
      }),
    DRAFTS_DB,
    { polling: 100, timeout: 10_000 },
  );
}
