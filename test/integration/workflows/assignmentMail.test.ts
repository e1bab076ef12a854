// People with no account in the collaboration's tenant get their assignments by mail: one mail per person listing
// their tasks with due dates and a link to the record, sent once, not again on every save or from another device.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addDecision } from '../../../src/domain/decisions';
import { addAssignment } from '../../../src/domain/editing';
import type { RecordSession } from '../../../src/contracts/records';
import { SECRETARY } from '../../emulator/support';
import { openToday, saved, startWorkflowHarness, storedMinutes, type WorkflowHarness } from './harness';
import { edit } from './meetingScript';

let harness: WorkflowHarness;
beforeAll(async () => {
  harness = await startWorkflowHarness();
});
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const mailsTo = async (address: string) =>
  (await harness.state()).mail.filter((m) => m.toRecipients.some((r) => r.emailAddress.address === address));

function assign(session: RecordSession, text: string, due: string, who: { name: string; email: string }) {
  const itemId = session.minutes.items.find((i) => i.kind === 'regular')!.id;
  return edit(session, (m, now) => addAssignment(m, itemId, { text, due, assignees: [who] }, now));
}

describe('assignment mail to people outside the tenant', () => {
  it('mails each outside assignee once, lists every task of theirs, and never mails members', async () => {
    const secretary = await harness.signIn(SECRETARY);
    const opened = await openToday(secretary.services);
    const guest = opened.minutes.attendees.find((a) => a.external && a.email)!;
    const who = { name: guest.name, email: guest.email! };
    const first = saved(await secretary.services.saveRecord(assign(opened, 'skickar underlaget', '2026-12-15', who)));

    let mails = await mailsTo(who.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe(`Dina uppdrag från ${opened.minutes.title}`);
    expect(mails[0]?.body.content).toContain('skickar underlaget');
    expect(mails[0]?.body.content).toContain('senast 2026-12-15');
    expect(mails[0]?.body.content).toMatch(/<a href="[^"]+">Läs hela dokumentet<\/a>/);

    // Saving again, with other edits, sends nothing more; the record in SharePoint remembers the mail.
    const itemId = first.minutes.items.find((i) => i.kind === 'regular')!.id;
    const again = saved(
      await secretary.services.saveRecord(
        edit(first, (m, now) => addDecision(m, itemId, 'Styrgruppen godkänner underlaget.', now)),
      ),
    );
    expect(await mailsTo(who.email)).toHaveLength(1);
    expect(Object.keys(storedMinutes(await harness.state(), again).assignmentMail ?? {})).toEqual([who.email]);

    // Another device opening the record and saving does not mail again either.
    const other = await harness.signIn(SECRETARY);
    saved(await other.services.saveRecord(await openToday(other.services)));
    expect(await mailsTo(who.email)).toHaveLength(1);

    // A new task for the same person: one new mail listing both.
    saved(await secretary.services.saveRecord(assign(again, 'bokar lokal', '2027-01-10', who)));
    mails = await mailsTo(who.email);
    expect(mails).toHaveLength(2);
    expect(mails[1]?.body.content).toContain('skickar underlaget');
    expect(mails[1]?.body.content).toContain('bokar lokal');
    // Members and guests with an account get Planner tasks, not mail.
    const members = (await harness.state()).mail.filter((m) => m.subject.startsWith('Dina uppdrag'));
    expect(members.flatMap((m) => m.toRecipients.map((r) => r.emailAddress.address))).toEqual([who.email, who.email]);
  });
});
