// A group that spans two Microsoft 365 tenants, in Chromium: the secretary works in the collaboration's (host)
// tenant; the chair, a guest from Lindö kommun's own tenant, approves from the invite in her home Outlook; a guest
// member is assigned a Planner task and finds it in his personal tab; a participant with no account anywhere gets
// the assignment mail exactly once.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { control, openAs, useChromium, SECRETARY } from './browser';
import { graphAs } from './graph';
import { addAssignment, saveToSharePoint } from './editor';

const GROUP = 'Samverkansgrupp Lindö';
const CHAIR_HOME = 'birgitta.nordin@lindo.example';
const MEMBER_HOME = 'tomas.lindberg@lindo.example';
const MEMBER_GUEST = 'tomas.lindberg_lindo.example#EXT#@samverkan.example';
const NO_ACCOUNT = 'nora.falk@extern.example';
const CHAIR_GUEST = 'birgitta.nordin_lindo.example#EXT#@samverkan.example';

interface TenantState {
  users: { id: string; userPrincipalName: string }[];
  drives: { items: { name: string; path?: string }[] }[];
  planner: { tasks: { title: string; assignments: Record<string, unknown> }[] };
  mail: { subject: string; body: { content: string }; toRecipients: { emailAddress: { address: string } }[] }[];
}

const chromium = useChromium();

/** The group's next occurrence in the person's own calendar: each mailbox has its own copy, with its own id. */
async function nextCopy(upn: string): Promise<{ id: string; iCalUId: string }> {
  const start = new Date();
  start.setUTCHours(0, 0, 0, 0);
  const end = new Date(start.getTime() + 40 * 24 * 60 * 60 * 1000);
  const page = await graphAs<{
    value: { id: string; iCalUId: string; subject: string; start: { dateTime: string } }[];
  }>(
    upn,
    `/me/calendarView?startDateTime=${start.toISOString()}&endDateTime=${end.toISOString()}&$select=id,iCalUId,subject,start&$top=100`,
  );
  const next = page.value
    .filter((e) => e.subject === GROUP)
    .sort((a, b) => a.start.dateTime.localeCompare(b.start.dateTime))[0];
  if (!next) throw new Error(`No upcoming "${GROUP}" in ${upn}'s calendar`);
  return next;
}

const mailsTo = async (address: string) =>
  (await control<TenantState>('/_emulator/state')).mail.filter((m) =>
    m.toRecipients.some((r) => r.emailAddress.address === address),
  );

async function approveFromInvite(page: Page, after: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Justera' }).click({ timeout: 60_000 });
  await page.getByText(after).first().waitFor({ timeout: 30_000 });
}

describe('a cross-tenant group', () => {
  it('secretary in the host, guest chair approves from her home Outlook, guest member and outsider get their tasks', async () => {
    const organizerCopy = await nextCopy(SECRETARY);
    const secretary = await openAs(chromium(), SECRETARY, { surface: 'meetingTab', event: organizerCopy.id });
    const page = secretary.page;

    await page.getByRole('tab', { name: 'Närvaro' }).click({ timeout: 60_000 });
    for (const name of ['Birgitta Nordin', 'Maria Lindahl', 'Åsa Lindqvist'])
      await page.getByRole('combobox', { name: `Närvaro för ${name}` }).selectOption('present');
    await page.getByRole('button', { name: /^Markera \d+ väntade som närvarande$/ }).click();

    await page.getByRole('tab', { name: 'Protokoll' }).click();
    // The meeting's own item has no heading yet (the invite carries no agenda): its article is named by its § only.
    await page
      .getByRole('article', { name: /^§ \d+$/ })
      .first()
      .getByRole('textbox', { name: /^Rubrik för punkten/ })
      .fill('Hemtjänst i samverkan');
    const item = page.getByRole('article', { name: /^§ \d+ Hemtjänst i samverkan$/ });
    await item.getByRole('button', { name: 'Lägg till beslut' }).click();
    await item.getByRole('textbox', { name: /^Beslut \(att …\) 1/ }).fill('att inrätta en gemensam arbetsgrupp');
    await addAssignment(page, item, 'Kartlägga kommunens hemtjänstområden', 'Tomas', /Tomas Lindberg/);
    await addAssignment(page, item, 'Samla brukarrådets synpunkter', 'Nora', /Nora Falk/);
    await saveToSharePoint(page);

    // The guest member's task is assigned to his guest object in the host tenant, where the plan is.
    let state = await control<TenantState>('/_emulator/state');
    const guest = state.users.find((u) => u.userPrincipalName === MEMBER_GUEST)!;
    const task = state.planner.tasks.find((t) => t.title.includes('Kartlägga kommunens hemtjänstområden'));
    expect(Object.keys(task?.assignments ?? {})).toEqual([guest.id]);
    // The participant with no account gets one mail, and a second save sends none.
    expect(await mailsTo(NO_ACCOUNT)).toHaveLength(1);
    await item
      .getByRole('textbox', { name: /^Beslut \(att …\) 1/ })
      .fill('att inrätta en gemensam arbetsgrupp i januari');
    await saveToSharePoint(page);
    const outsider = await mailsTo(NO_ACCOUNT);
    expect(outsider).toHaveLength(1);
    expect(outsider[0]?.body.content).toContain('Samla brukarrådets synpunkter');

    await page.getByRole('button', { name: 'Skicka för justering' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Skicka till 2 mottagare' }).click();
    await expect.poll(async () => (await mailsTo(CHAIR_HOME)).length, { timeout: 30_000 }).toBeGreaterThan(0);

    // The chair opens the invite in her home Outlook: her copy has its own id and the same iCalUId.
    const chairCopy = await nextCopy(CHAIR_HOME);
    expect(chairCopy.id).not.toBe(organizerCopy.id);
    expect(chairCopy.iCalUId).toBe(organizerCopy.iCalUId);
    const chair = await openAs(chromium(), CHAIR_HOME, { surface: 'approval', event: chairCopy.id });
    await approveFromInvite(chair.page, /Väntar på justering av justerare/);
    expect(chair.errors).toEqual([]);
    await chair.context.close();

    const adjuster = await openAs(chromium(), 'maria.lindahl@samverkan.example', {
      surface: 'approval',
      event: (await nextCopy('maria.lindahl@samverkan.example')).id,
    });
    await approveFromInvite(adjuster.page, /Justerat av .*Birgitta Nordin/);
    await adjuster.context.close();

    // The guest member finds his task in the personal tab, signed in at home.
    const member = await openAs(chromium(), MEMBER_HOME, { surface: 'personal' });
    await member.page.getByText('Kartlägga kommunens hemtjänstområden').first().waitFor({ timeout: 60_000 });
    expect(member.errors).toEqual([]);
    await member.context.close();

    state = await control<TenantState>('/_emulator/state');
    // Her approval was written with her host-tenant token: the file is her guest object's, beside the host's record.
    const chairGuest = state.users.find((u) => u.userPrincipalName === CHAIR_GUEST)!;
    const answers = state.drives.flatMap((d) => d.items).filter((i) => i.path?.includes(`${GROUP}.approvals/`));
    expect(answers.map((i) => i.name)).toContain(`${chairGuest.id}.json`);
    expect(state.mail.filter((m) => m.toRecipients.some((r) => r.emailAddress.address === NO_ACCOUNT))).toHaveLength(1);
    expect(secretary.errors).toEqual([]);
    await secretary.context.close();
  });
});
