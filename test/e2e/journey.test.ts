// The thin path through the product, driven in Chromium by role and accessible name, as a secretary,
// a chair and an adjuster would: pick today's meeting, confirm attendance, write an item with a
// decision and an assignment, save to SharePoint and Planner, send for approval, approve twice.
// Then the emulator's state must show the files, the task with its assignee and the approvals.
import { describe, expect, it } from 'vitest';
import { control, emulatorUrl, useChromium, openAs, SECRETARY } from './browser';
import { todaysEventId } from './graph';
import { expectInOrder, openDocx, paragraphsOf } from '../render/support/ooxml';
import { addAssignment, saveToSharePoint, openTodaysMeeting } from './editor';

const CHAIR = 'goran.oberg@samverkan.example';
const ADJUSTER = 'marta.ek@samverkan.example';

interface TenantState {
  users: { id: string; userPrincipalName: string }[];
  drives: { id: string; items: { name: string; path?: string; content?: string }[] }[];
  planner: { tasks: { id: string; title: string; assignments: Record<string, unknown>; bucketId: string }[] };
  mail: { subject: string; body: { content: string }; toRecipients: { emailAddress: { address: string } }[] }[];
}

const chromium = useChromium();

describe('secretary to approved record', () => {
  it('runs the whole thin path against the emulator', async () => {
    const secretary = await openAs(chromium(), SECRETARY);
    const page = secretary.page;
    await openTodaysMeeting(page);

    // Attendance: confirm the chair present.
    await page.getByRole('tab', { name: 'Närvaro' }).click();
    await page.getByRole('combobox', { name: 'Närvaro för Göran Öberg' }).selectOption('present');
    await page.getByRole('combobox', { name: 'Närvaro för Märta Ek' }).selectOption('present');
    await page.getByRole('combobox', { name: 'Närvaro för Åsa Lindqvist' }).selectOption('present');
    await page.getByRole('button', { name: /^Markera \d+ väntade som närvarande$/ }).click();

    // Minutes: the meeting's own item.
    await page.getByRole('tab', { name: 'Protokoll' }).click();
    // The invite's agenda became the meeting's own items; "Budget 2027, Göran Öberg" is one of them.
    const item = page.getByRole('article', { name: /^§ \d+ Budget 2027$/ });
    await expect
      .poll(async () => item.getByRole('textbox', { name: /^Föredragande/ }).inputValue())
      .toBe('Göran Öberg');
    const notes = item.getByRole('textbox', { name: /^Anteckningar för/ });
    await notes.click();
    await page.keyboard.type('Göran Öberg föredrog förslaget. Åsa noterade frågorna.');
    await item.getByRole('button', { name: 'Lägg till beslut' }).click();
    await item.getByRole('textbox', { name: /^Beslut \(att …\) 1/ }).fill('att godkänna budgeten');
    await addAssignment(page, item, 'Ta fram en tidplan för införandet', 'Jöns', /Jöns Ärlig/);

    await saveToSharePoint(page);

    let state = await control<TenantState>('/_emulator/state');
    const files = state.drives.flatMap((d) => d.items.map((i) => i.name));
    expect(files.some((n) => /^\d{4}-\d{2}-\d{2} \d{2}\.\d{2} Styrgrupp närvård\.docx$/.test(n))).toBe(true);
    expect(files.some((n) => /^\d{4}-\d{2}-\d{2} \d{2}\.\d{2} Styrgrupp närvård\.minutes\.json$/.test(n))).toBe(true);
    const jons = state.users.find((u) => u.userPrincipalName === 'jons.arlig@samverkan.example')!;
    const task = state.planner.tasks.find((t) => t.title.includes('Ta fram en tidplan'));
    expect(task).toBeDefined();
    expect(Object.keys(task!.assignments)).toEqual([jons.id]);

    // Reopened on another device (no local draft), the record is what SharePoint holds.
    const other = await openAs(chromium(), SECRETARY);
    await openTodaysMeeting(other.page);
    await other.page.getByRole('tab', { name: 'Protokoll' }).click();
    const reopened = other.page.getByRole('article', { name: /^§ \d+ Budget 2027$/ });
    await expect
      .poll(() => reopened.getByRole('textbox', { name: /^Anteckningar för/ }).textContent())
      .toBe('Göran Öberg föredrog förslaget. Åsa noterade frågorna.');
    expect(await reopened.getByRole('textbox', { name: /^Beslut \(att …\) 1/ }).inputValue()).toBe(
      'att godkänna budgeten',
    );
    await other.context.close();

    // Send for approval: the chair and the adjuster get a mail with the approval link.
    await page.getByRole('button', { name: 'Skicka för justering' }).click();
    // The secretary sees who gets the request before anything is mailed.
    const recipients = page.getByRole('dialog').getByRole('list', { name: 'Mottagare' });
    expect(await recipients.innerText()).toMatch(/Ordförande: Göran Öberg[\s\S]*Justerare: Märta Ek/);
    await page.getByRole('dialog').getByRole('button', { name: 'Skicka till 2 mottagare' }).click();
    await expect
      .poll(async () => (await control<TenantState>('/_emulator/state')).mail.length, { timeout: 30_000 })
      .toBeGreaterThan(0);
    state = await control<TenantState>('/_emulator/state');
    const mail = state.mail.at(-1)!;
    expect(mail.toRecipients.map((r) => r.emailAddress.address).sort()).toEqual([CHAIR, ADJUSTER].sort());
    const link = /href="([^"]*surface=approval[^"]*)"/.exec(mail.body.content)?.[1]?.replaceAll('&amp;', '&');
    expect(link).toBeDefined();
    const record = new URL(link!).searchParams.get('record')!;

    // The chair opens the invite pane for the meeting in their own calendar (their copy of the event has its own id);
    // the adjuster follows the mail's link. Each in their own browser context.
    const after: Record<string, string> = {
      [CHAIR]: 'Väntar på justering av justerare',
      [ADJUSTER]: 'Justerat av Göran Öberg, Märta Ek',
    };
    const where: Record<string, Record<string, string>> = {
      [CHAIR]: { surface: 'approval', event: await todaysEventId(CHAIR, 'Styrgrupp närvård') },
      [ADJUSTER]: { surface: 'approval', record },
    };
    for (const approver of [CHAIR, ADJUSTER]) {
      const session = await openAs(chromium(), approver, where[approver]);
      await session.page.getByRole('button', { name: 'Justera' }).click();
      await session.page.getByText(after[approver]!).waitFor({ timeout: 30_000 });
      expect(session.errors).toEqual([]);
      await session.context.close();
    }

    state = await control<TenantState>('/_emulator/state');
    const source = state.drives
      .flatMap((d) => d.items)
      .find((i) => i.name.endsWith('Styrgrupp närvård.minutes.json') && i.content?.includes('Ta fram en tidplan'));
    // Each approver's answer is a file of their own beside the record (the record only says it was sent).
    const saved = JSON.parse(source!.content!) as { status: string };
    expect(saved.status).toBe('sentForApproval');
    const folder = source!.name.replace(/\.minutes\.json$/, '.approvals');
    const answers = state.drives
      .flatMap((d) => d.items)
      .filter((i) => i.path?.includes(`/${folder}/`) && i.content)
      .map((i) => JSON.parse(i.content!) as { kind: string; role: string });
    expect(
      answers
        .filter((a) => a.kind === 'approval')
        .map((a) => a.role)
        .sort(),
    ).toEqual(['adjuster', 'chair']);
    expect(state.drives.flatMap((d) => d.items).some((i) => /Styrgrupp närvård\.pdf$/.test(i.name))).toBe(true);

    // The Word document SharePoint holds is a well-formed package that reads as the record, stamp included.
    const drive = state.drives.find((d) => d.items.some((i) => i.name === source!.name))!;
    const docxItem = drive.items.find((i) => i.name === source!.name.replace('.minutes.json', '.docx'))!;
    const filePath = docxItem.path!.split('/').filter(Boolean).map(encodeURIComponent).join('/');
    const bytes = new Uint8Array(
      await (
        await fetch(new URL(`/_emulator/files/${encodeURIComponent(drive.id)}/${filePath}`, emulatorUrl()))
      ).arrayBuffer(),
    );
    const docx = await openDocx(bytes);
    expect(docx.names).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
    expectInOrder(paragraphsOf(await docx.part('word/document.xml')), [
      'Protokoll Styrgrupp närvård',
      'Närvarande',
      'Budget 2027',
      'att godkänna budgeten',
      'Ta fram en tidplan för införandet',
      'Justerat digitalt',
    ]);
    expect(secretary.errors).toEqual([]);
    await secretary.context.close();
  });
});
