// Assignments come back at the next meeting: meeting 1's assignment becomes a Planner task, the assignee
// completes it in Planner, and meeting 2's "previous minutes" item shows it done.
import { describe, expect, it } from 'vitest';
import { devToken } from '../../emulator/devToken';
import { useChromium, emulatorUrl, openAs, SECRETARY } from './browser';
import { graphAs, todaysEventId } from './graph';
import { addAssignment, saveToSharePoint } from './editor';

const MEMBER = 'jons.arlig@samverkan.example';

const chromium = useChromium();

async function nextOccurrence(subject: string): Promise<string> {
  const start = new Date(Date.now() + 24 * 60 * 60 * 1000);
  const end = new Date(start.getTime() + 40 * 24 * 60 * 60 * 1000);
  const page = await graphAs<{ value: { id: string; subject: string; start: { dateTime: string } }[] }>(
    SECRETARY,
    `/me/calendarView?startDateTime=${start.toISOString()}&endDateTime=${end.toISOString()}&$select=id,subject,start&$top=100`,
  );
  const next = page.value
    .filter((e) => e.subject === subject)
    .sort((a, b) => a.start.dateTime.localeCompare(b.start.dateTime))[0];
  if (!next) throw new Error(`No upcoming "${subject}"`);
  return next.id;
}

/** The assignee completes the task in Planner: PATCH with the task's ETag, as Planner's own client does. */
async function completeTask(title: string): Promise<void> {
  const token = devToken(MEMBER, ['Tasks.ReadWrite']);
  const tasks = (await (
    await fetch(new URL('/v1.0/me/planner/tasks', emulatorUrl()), { headers: { Authorization: `Bearer ${token}` } })
  ).json()) as { value: { id: string; title: string; '@odata.etag': string }[] };
  const task = tasks.value.find((t) => t.title === title);
  if (!task) throw new Error(`${MEMBER} has no task "${title}"`);
  const response = await fetch(new URL(`/v1.0/planner/tasks/${task.id}`, emulatorUrl()), {
    method: 'PATCH',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'If-Match': task['@odata.etag'] },
    body: JSON.stringify({ percentComplete: 100 }),
  });
  expect(response.status).toBe(204);
}

describe('follow-up of assignments', () => {
  it('shows at the next meeting what became of them in Planner', async () => {
    const today = await todaysEventId(SECRETARY, 'Styrgrupp närvård');
    const first = await openAs(chromium(), SECRETARY, { surface: 'meetingTab', event: today });
    const page = first.page;
    await page.getByRole('tab', { name: 'Protokoll' }).click({ timeout: 30_000 });
    const item = page.getByRole('article', { name: /Budget 2027/ });
    await addAssignment(page, item, 'Skicka budgetförslaget till kommunerna', 'Jöns', /Jöns Ärlig/);
    await saveToSharePoint(page);
    await first.context.close();

    await completeTask('Skicka budgetförslaget till kommunerna');

    const second = await openAs(chromium(), SECRETARY, {
      surface: 'meetingTab',
      event: await nextOccurrence('Styrgrupp närvård'),
    });
    await second.page.getByRole('tab', { name: 'Protokoll' }).click({ timeout: 30_000 });
    const followUp = second.page.getByRole('region', { name: 'Hänt sedan sist' });
    await followUp.waitFor({ timeout: 30_000 });
    const row = followUp.getByRole('listitem').filter({ hasText: 'Skicka budgetförslaget till kommunerna' });
    await expect.poll(() => row.textContent()).toContain('Klar');
    expect(second.errors).toEqual([]);
    await second.context.close();
  });
});
