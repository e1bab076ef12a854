// Issue 6.2: removing an assignment whose Planner task exists, choosing to delete the task too, leaves no task behind.
import { describe, expect, it } from 'vitest';
import { devToken } from '../../emulator/devToken';
import { emulatorUrl, openAs, useChromium, SECRETARY } from './browser';
import { todaysEventId } from './graph';
import { addAssignment, saveToSharePoint } from './editor';

const MEMBER = 'jons.arlig@samverkan.example';
const TEXT = 'Boka lokal för kommunträffen (ska tas bort)';

const chromium = useChromium();

/** The assignee's tasks as Planner lists them (the e2e Graph helper's token has no Tasks scope). */
async function membersTaskTitles(): Promise<string[]> {
  const response = await fetch(new URL('/v1.0/me/planner/tasks', emulatorUrl()), {
    headers: { Authorization: `Bearer ${devToken(MEMBER, ['Tasks.ReadWrite'])}` },
  });
  return ((await response.json()) as { value: { title: string }[] }).value.map((task) => task.title);
}

describe('deleting an assignment’s Planner task', () => {
  it('removes the assignment and, as chosen, its task in Planner', async () => {
    const { page, context } = await openAs(chromium(), SECRETARY, {
      surface: 'meetingTab',
      event: await todaysEventId(SECRETARY, 'Styrgrupp närvård'),
    });
    await page.getByRole('tab', { name: 'Protokoll' }).click({ timeout: 30_000 });
    const item = page.getByRole('article', { name: /Budget 2027/ });
    const label = await addAssignment(page, item, TEXT, 'Jöns', /Jöns Ärlig/);
    await saveToSharePoint(page);
    await expect.poll(membersTaskTitles, { timeout: 10_000 }).toContain(TEXT);

    await item.getByRole('button', { name: `Ta bort uppdrag – ${label}` }).click();
    await page
      .getByRole('dialog', { name: 'Ta bort uppdraget' })
      .getByRole('button', { name: 'Ta bort uppgiften i Planner också' })
      .click();
    await expect.poll(async () => page.getByRole('dialog').count(), { timeout: 10_000 }).toBe(0);
    expect(await item.getByRole('textbox', { name: `Uppdrag – ${label}` }).count()).toBe(0);
    expect(await membersTaskTitles()).not.toContain(TEXT);
    await context.close();
  });
});
