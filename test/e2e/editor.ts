// What a secretary does again and again in the editor, by role and accessible name.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** From her list of meetings (Mina möten), opens today's demo meeting and waits for its record. */
export async function openTodaysMeeting(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Mina möten' }).waitFor();
  await page
    .getByRole('button', { name: /^Öppna Styrgrupp närvård/ })
    .first()
    .click();
  await page
    .getByRole('heading', { name: /^Protokoll Styrgrupp närvård \d{4}-\d{2}-\d{2}$/ })
    .waitFor({ timeout: 30_000 });
}

/** Adds an assignment to `item` and picks its responsible by type-ahead; returns the assignment's label ("Uppdrag 1 § 15"). */
export async function addAssignment(
  page: Page,
  item: Locator,
  text: string,
  typed: string,
  person: RegExp,
): Promise<string> {
  await item.getByRole('button', { name: 'Lägg till uppdrag' }).click();
  const textBox = item.getByRole('textbox', { name: /^Uppdrag – Uppdrag \d+/ }).last();
  await textBox.fill(text);
  const label = (await textBox.getAttribute('aria-label'))?.replace(/^Uppdrag – /, '') ?? '';
  const assignee = item.getByRole('combobox', { name: `Ansvarig – ${label}` });
  await assignee.click();
  await assignee.pressSequentially(typed);
  // The picker's own list: the demo user switcher (a native select) has options with the same people's names.
  await page.getByRole('listbox').getByRole('option', { name: person }).click();
  return label;
}

/** Saves to SharePoint and waits until the page says so. */
export async function saveToSharePoint(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Spara till SharePoint' }).click();
  await expect
    .poll(async () => page.getByRole('status').filter({ hasText: 'Sparat i SharePoint' }).count(), { timeout: 30_000 })
    .toBeGreaterThan(0);
}
