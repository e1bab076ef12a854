// Pasting from Word into an item's notes in Chromium: lists and tables survive, scripts never run,
// and what was pasted is what gets saved.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { control, useChromium, openAs, SECRETARY } from './browser';
import { useTodaysEvent } from './graph';
import { saveToSharePoint } from './editor';

const fixture = (name: string) => readFileSync(`test/ui/RichTextEditor/fixtures/${name}`, 'utf8');

const chromium = useChromium();
const eventId = useTodaysEvent(SECRETARY, 'Styrgrupp närvård');

/** A real paste event with Word's clipboard HTML, as the browser fires it on Ctrl+V. */
async function paste(page: Page, html: string): Promise<void> {
  await page.evaluate((content) => {
    const target = document.activeElement as HTMLElement;
    const data = new DataTransfer();
    data.setData('text/html', content);
    data.setData('text/plain', content.replace(/<[^>]*>/g, ''));
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

describe('paste from Word', () => {
  it('keeps lists and tables and runs no script', async () => {
    const { page, context, errors } = await openAs(chromium(), SECRETARY, { surface: 'meetingTab', event: eventId() });
    await page.getByRole('tab', { name: 'Protokoll' }).click({ timeout: 30_000 });
    await page.evaluate(() => Object.assign(window, { __pasted: undefined }));
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });

    const item = page.getByRole('article', { name: /Budget 2027/ });
    const notes = item.getByRole('textbox', { name: /^Anteckningar för/ });
    await notes.click();
    await paste(page, fixture('word-lists.html'));
    await paste(page, fixture('word-budget-table.html'));
    await paste(page, fixture('hostile.html'));

    // Word's list paragraphs became a nested list, its table a table.
    await expect.poll(() => notes.locator('ul li').count()).toBeGreaterThanOrEqual(3);
    expect(await notes.locator('li li').count()).toBeGreaterThanOrEqual(1);
    expect(await notes.locator('table tr').count()).toBeGreaterThanOrEqual(2);
    // Text arrived; nothing executable did.
    await expect.poll(() => notes.textContent()).toContain('Anmälan senast 15 mars');
    expect(await notes.textContent()).toContain('Slut');
    expect(await notes.locator('script, iframe, img, object, embed, form, svg').count()).toBe(0);
    expect(await notes.locator('a[href^="javascript"], a[href^="data"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pasted?: string }).__pasted)).toBeUndefined();
    expect(dialogs).toBe(0);

    // What was pasted is what SharePoint gets.
    await saveToSharePoint(page);
    const state = await control<{ drives: { items: { name: string; content?: string }[] }[] }>('/_emulator/state');
    const source = state.drives
      .flatMap((d) => d.items)
      .find((i) => i.name.endsWith('Styrgrupp närvård.minutes.json') && i.content?.includes('Anmälan senast 15 mars'));
    expect(source).toBeDefined();
    expect(source!.content).not.toMatch(/<script|onerror|javascript:/i);
    expect(errors).toEqual([]);
    await context.close();
  });
});
