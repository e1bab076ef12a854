// The group's archive in Chromium: after a reset, the steering group's seeded previous record shows under this year as
// approved; its versions say who saved it; "Öppna" opens it. The plain browser reaches the archive at `?view=archive`.
import { describe, expect, it } from 'vitest';
import { stockholmYear } from '../../src/domain/format';
import { useChromium, openAs, SECRETARY } from './browser';

const TITLE = /^Protokoll Styrgrupp närvård \d{4}-\d{2}-\d{2}$/;

const chromium = useChromium();

describe("the group's archive", () => {
  it('lists the previous record as approved, shows who saved it, and opens it', async () => {
    const { page, errors, context } = await openAs(chromium(), SECRETARY, { view: 'archive' });
    await page.getByRole('heading', { name: 'Arkiv' }).waitFor({ timeout: 30_000 });
    await page.getByRole('combobox', { name: 'Grupp' }).click();
    await page.getByRole('option', { name: 'Styrgrupp närvård' }).click();
    const thisYear = String(stockholmYear(new Date().toISOString()));
    await expect.poll(() => page.getByRole('combobox', { name: 'År' }).textContent()).toBe(thisYear);

    const row = page.getByRole('row').filter({ hasText: 'Protokoll Styrgrupp närvård' });
    await row.first().waitFor({ timeout: 30_000 });
    expect(await row.count()).toBe(1);
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells[0]).toMatch(new RegExp(`^${thisYear}-\\d{2}-\\d{2}$`));
    expect(cells[1]).toMatch(TITLE);
    expect(cells[2]).toBe('Justerat');

    await row.getByRole('button', { name: /^Versioner av / }).click();
    const dialog = page.getByRole('dialog', { name: /^Versioner av Protokoll Styrgrupp närvård/ });
    const versions = dialog.getByRole('list', { name: 'Versionshistorik' });
    await versions.waitFor({ timeout: 30_000 });
    expect(await versions.getByRole('listitem').allTextContents()).toEqual([expect.stringContaining('Åsa Lindqvist')]);
    await dialog.getByRole('button', { name: 'Stäng' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await row.getByRole('button', { name: /^Öppna Protokoll Styrgrupp närvård/ }).click();
    await page.getByRole('heading', { name: TITLE }).waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    await context.close();
  });
});
