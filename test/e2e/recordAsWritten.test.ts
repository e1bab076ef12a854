// The record as secretaries write it, entered through the UI the way one would live, and the saved Word document
// read back with mammoth (the library the import uses) and compared line by line: a hand-ordered attendance list
// pasted from last time's record with a deputy, an edited time, a first § of 12, several decision blocks in one
// item with a reworded lead, and words struck out.
import type { Page } from 'playwright-core';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { control, emulatorUrl, openAs, useChromium, SECRETARY } from './browser';
import { todaysEventId } from './graph';
import { saveToSharePoint } from './editor';

const GROUP = 'Styrgrupp närvård';

interface TenantState {
  drives: { id: string; items: { name: string; path?: string }[] }[];
}

const chromium = useChromium();

/** The Word document next to the record, as paragraphs of text, and the struck-out words. */
async function savedDocument(): Promise<{ lines: string[]; struck: string[] }> {
  const state = await control<TenantState>('/_emulator/state');
  const drive = state.drives.find((d) => d.items.some((i) => i.name.endsWith(`${GROUP}.docx`)))!;
  const docx = drive.items.filter((i) => i.name.endsWith(`${GROUP}.docx`)).at(-1)!;
  const filePath = docx.path!.split('/').filter(Boolean).map(encodeURIComponent).join('/');
  const url = new URL(`/_emulator/files/${encodeURIComponent(drive.id)}/${filePath}`, emulatorUrl());
  const buffer = Buffer.from(await (await fetch(url)).arrayBuffer());
  const { value: html } = await mammoth.convertToHtml({ buffer });
  const text = (fragment: string) =>
    fragment
      .replace(/<[^>]+>/g, '')
      .replaceAll('&amp;', '&')
      .replace(/\s+/g, ' ')
      .trim();
  const lines = [...html.matchAll(/<(p|h\d|li|td)[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => text(m[2]!)).filter(Boolean);
  const struck = [...html.matchAll(/<s>([\s\S]*?)<\/s>/g)].map((m) => text(m[1]!));
  return { lines, struck };
}

async function moveToTop(page: Page, name: string): Promise<void> {
  const up = page.getByRole('button', { name: `Flytta upp ${name}` });
  while (await up.isEnabled()) await up.click();
}

describe('the record as written', () => {
  // The group's style changes here; the files after this one start from the demo's own settings.
  afterAll(() => control('/_emulator/reset', {}));

  it('prints what the secretary typed, line by line and in order, in the group’s style', async () => {
    await control('/_emulator/reset', {});
    // The group's style, once, in its settings: "§ 12." headings and its own decision lead.
    const { page, errors, context } = await openAs(chromium(), SECRETARY, { surface: 'config' });
    await page.getByRole('combobox', { name: 'Grupp' }).selectOption({ label: GROUP }, { timeout: 30_000 });
    const style = page.getByRole('group', { name: 'Så skriver gruppen sina protokoll' });
    await style.getByRole('radio', { name: '§ 12.' }).check();
    await style.getByRole('textbox', { name: /Inledning till besluten/ }).fill('Styrgruppen beslutar att:');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Inställningarna är sparade.').waitFor({ timeout: 30_000 });
    const event = await todaysEventId(SECRETARY, GROUP);
    await page.goto(page.url().replace('surface=config', `surface=meetingTab&event=${encodeURIComponent(event)}`));

    // Attendance: last time's lines pasted, the chair moved first, the deputy after her, everyone confirmed.
    await page.getByRole('tab', { name: 'Närvaro' }).click({ timeout: 30_000 });
    await page
      .getByRole('textbox', { name: 'Klistra in rader från förra protokollet' })
      .fill(['Karin Holm, Lindö kommun, Ordförande', 'Per Lund\tÅsby kommun\tersättare för Eva Ström'].join('\n'));
    await page.getByRole('button', { name: 'Lägg till raderna' }).click();
    await moveToTop(page, 'Per Lund');
    await moveToTop(page, 'Karin Holm');
    await page.getByRole('button', { name: /^Markera \d+ väntade som närvarande$/ }).click();
    await page.getByRole('combobox', { name: 'Närvaro för Jöns Ärlig' }).selectOption('absent');
    await page.getByRole('combobox', { name: 'Roll för Göran Öberg' }).selectOption({ label: 'Ledamot' });

    // The meeting's facts: it ran late, and the group's year began before the app.
    await page.getByRole('tab', { name: 'Protokoll' }).click();
    const start = page.getByRole('textbox', { name: 'Början' });
    await start.fill('13.15');
    await page.getByRole('textbox', { name: 'Slut' }).fill('16.40');
    await start.press('Tab');
    const first = page.getByRole('spinbutton', { name: 'Första §' });
    await first.fill('12');
    await first.press('Tab');
    await page.getByText(/ändrade från kallelsen/).waitFor();

    // One item, two decisions taken at different points, with text between them and a struck-out sentence.
    const item = page.getByRole('article', { name: /^§ \d+\. Budget 2027$/ });
    const label = (await item.getAttribute('aria-label'))!.replace(/ Budget 2027$/, '');
    await item.getByRole('textbox', { name: /^Anteckningar för/ }).click();
    await page.keyboard.type('Göran Öberg föredrog förslaget till budget.');
    await item.getByRole('button', { name: 'Lägg till beslut' }).click();
    await item.getByRole('textbox', { name: /^Beslut \(att …\) 1/ }).fill('att godkänna budgeten');
    const after = item.getByRole('group', { name: `Text efter beslut 1 i ${label}` });
    await after.getByRole('textbox').click();
    await page.keyboard.type('Frågan om lokaler diskuterades.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Hyresfrågan utgår.');
    await page.keyboard.press('Shift+Home');
    await after.getByRole('button', { name: 'Genomstruken' }).click();
    await item.getByRole('button', { name: 'Lägg till beslut' }).click();
    await item
      .getByRole('textbox', { name: `Inledning till beslut 2 i ${label}` })
      .fill('Styrgruppen beslutar vidare att:');
    await item
      .getByRole('textbox', { name: /^Beslut \(att …\) 2/ })
      .fill('att uppdra åt kansliet att utreda lokalfrågan');

    await saveToSharePoint(page);
    const { lines, struck } = await savedDocument();
    const slice = (from: string, count: number) => lines.slice(lines.indexOf(from), lines.indexOf(from) + count);
    expect(lines[0]).toMatch(/^Protokoll Styrgrupp närvård \d{4}-\d{2}-\d{2}$/);
    expect(lines.slice(1, 4)).toEqual(['Plats: Digitalt via Teams', 'Tid: 13.15-16.40', 'Omfattning: §§ 12–19']);
    expect(slice('Närvarande', 7)).toEqual([
      'Närvarande',
      'Karin Holm',
      'Lindö kommun, Ordförande',
      'Per Lund',
      'Åsby kommun, ersättare för Eva Ström',
      'Göran Öberg',
      'Åsby kommun',
    ]);
    expect(slice('Frånvarande', 20)).toContain('Jöns Ärlig');
    expect(lines.filter((line) => line.startsWith('§'))).toEqual([
      '§ 12. Mötets öppnande och godkännande av dagordning',
      '§ 13. Val av justerare',
      '§ 14. Föregående protokoll',
      '§ 15. Budget 2027',
      '§ 16. Samverkan kring utskrivningsklara patienter',
      '§ 17. Lägesrapport från uppdragsgrupperna',
      '§ 18. Övriga frågor',
      '§ 19. Mötets avslutande och nästa möte',
    ]);
    expect(slice('§ 15. Budget 2027', 12)).toEqual([
      '§ 15. Budget 2027',
      'Föredragande: Göran Öberg',
      'Göran Öberg föredrog förslaget till budget.',
      'Beslut:',
      'Styrgruppen beslutar att:',
      'att godkänna budgeten',
      'Frågan om lokaler diskuterades.',
      'Hyresfrågan utgår.',
      'Beslut:',
      'Styrgruppen beslutar vidare att:',
      'att uppdra åt kansliet att utreda lokalfrågan',
      '§ 16. Samverkan kring utskrivningsklara patienter',
    ]);
    expect(struck).toEqual(['Hyresfrågan utgår.']);
    expect(errors).toEqual([]);
    await context.close();
  });
});
