// Issues 5.5 and 8.4 against the emulator, through the services the UI calls: the group's archive of a year,
// a record's SharePoint version history, and reopening an approved record by its secretary.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sendForApproval } from '../../../src/domain/approval';
import { updateItem } from '../../../src/domain/editing';
import { stockholmYear } from '../../../src/domain/format';
import type { RecordSummary } from '../../../src/contracts/archive';
import type { RecordSession, SaveOutcome } from '../../../src/contracts/records';
import { ADJUSTER, CHAIR, MEMBER, SECRETARY } from '../../emulator/support';
import {
  filesEnding,
  openToday,
  startWorkflowHarness,
  storedMinutes,
  type Device,
  type WorkflowHarness,
  type WorkflowState,
} from '../workflows/harness';

/** The emulator's state lists sent mail with its body; the shared harness type leaves the body out. */
type SentMail = WorkflowState['mail'][number] & { body: { content: string } };

const GROUP = 'Styrgrupp närvård';
const YEAR = stockholmYear(new Date().toISOString());

let harness: WorkflowHarness;
let secretary: Device;
let groupId: string;

beforeAll(async () => {
  harness = await startWorkflowHarness();
});
beforeEach(async () => {
  await harness.reset();
  secretary = await harness.signIn(SECRETARY);
  groupId = (await secretary.services.listGroups()).find((g) => g.name === GROUP)!.id;
});
afterAll(() => harness.close());

function saved(outcome: SaveOutcome): RecordSession {
  if (outcome.kind !== 'saved')
    throw new Error(`Expected saved, got ${outcome.kind}: ${JSON.stringify(outcome).slice(0, 400)}`);
  return outcome.session;
}

/** The seeded record of the group's previous meeting: approved by the chair and the adjuster. */
async function previousRecord(): Promise<RecordSummary> {
  const records = await secretary.services.listRecords(groupId, YEAR);
  const approved = records.find((r) => r.status === 'approved');
  if (!approved) throw new Error(`No approved record in ${YEAR}: ${JSON.stringify(records)}`);
  return approved;
}

describe("the group's archive", () => {
  it("lists the seeded previous record of this year with its status, and it opens from the archive's key", async () => {
    const records = await secretary.services.listRecords(groupId, YEAR);
    expect(records).toHaveLength(1);
    const [record] = records;
    expect(record).toMatchObject({
      groupId,
      groupName: GROUP,
      status: 'approved',
      title: `Protokoll ${GROUP} ${record!.date}`,
    });
    expect(record!.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(record!.lastModified).toBeTruthy();
    expect(record!.webUrl).toMatch(/^https:/);

    const opened = await secretary.services.openRecord({ kind: 'record', recordKey: record!.recordKey });
    expect(opened.minutes.title).toBe(record!.title);
    // The file only says it was sent; approved is what the approvers' own files verify.
    expect(opened.minutes.status).toBe('sentForApproval');
  });

  it('lists newest first with each status, links the Word document, and leaves out a source nobody can read', async () => {
    const today = saved(await secretary.services.saveRecord(await openToday(secretary.services)));
    const folder = today.remote.path.slice(0, today.remote.path.lastIndexOf('/'));
    await secretary.gateways.files.write(
      today.remote.driveId,
      `${folder}/2026-01-01 Trasig.minutes.json`,
      '{"not":"a record"',
      'application/json',
      null,
    );

    const records = await secretary.services.listRecords(groupId, YEAR);
    expect(records.map((r) => r.status)).toEqual(['draft', 'approved']);
    expect(records[0]!.title).toBe(today.minutes.title);
    expect(records[0]!.date > records[1]!.date).toBe(true);
    expect(records[0]!.webUrl).toMatch(/\.docx$/);
  });

  it('is empty for a year without records, and for a group that has never saved one', async () => {
    expect(await secretary.services.listRecords(groupId, YEAR - 5)).toEqual([]);
    const other = (await secretary.services.listGroups()).find((g) => g.id !== groupId)!;
    expect(await secretary.services.listRecords(other.id, YEAR)).toEqual([]);
  });
});

describe("a record's version history", () => {
  it('says who saved when, newest first', async () => {
    const first = saved(await secretary.services.saveRecord(await openToday(secretary.services)));
    expect(
      await secretary.services.recordHistory({ ...first, remote: { ...first.remote, itemId: undefined } }),
    ).toEqual([]);

    const second = saved(
      await secretary.services.saveRecord({
        ...first,
        minutes: { ...first.minutes, place: 'Rum Ekbacken', revision: first.minutes.revision + 1 },
      }),
    );
    const chair = await harness.signIn(CHAIR);
    const chairSession = await chair.services.openRecord({
      kind: 'record',
      recordKey: `${second.remote.driveId}:${second.remote.path}`,
    });
    saved(
      await chair.services.saveRecord({
        ...chairSession,
        minutes: { ...chairSession.minutes, place: 'Rum Ekbacken 2', revision: chairSession.minutes.revision + 1 },
      }),
    );

    const history = await secretary.services.recordHistory(second);
    // How many versions one save writes is the save's business; who wrote the newest is what the history must say.
    const [newest, ...earlier] = history.map((v) => v.savedBy);
    expect(newest).toBe('Göran Öberg');
    expect(earlier.length).toBeGreaterThanOrEqual(2);
    expect(new Set(earlier)).toEqual(new Set(['Åsa Lindqvist']));
    const times = history.map((v) => Date.parse(v.savedAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});

describe('reopening a record', () => {
  it("by the record's secretary: approvals withdrawn, change requests kept, Word document regenerated, the approvers told", async () => {
    const previous = await previousRecord();
    const session = await secretary.services.openRecord({ kind: 'record', recordKey: previous.recordKey });
    const before = await harness.state();

    const reopened = saved(await secretary.services.reopen(session));

    expect(reopened.minutes.status).toBe('draft');
    const view = await secretary.services.approvalView(reopened);
    expect(view).toMatchObject({ status: 'none', approvedBy: [] });
    expect(view.notes).toEqual([expect.stringMatching(/tidigare version/), expect.stringMatching(/tidigare version/)]);
    const after = await harness.state();
    expect(storedMinutes(after, reopened).status).toBe('draft');
    expect(filesEnding(after, reopened, '.docx')).toHaveLength(1);
    const mails = after.mail.slice(before.mail.length);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe(`Öppnat för ändringar: ${session.minutes.title}`);
    expect((mails[0] as SentMail).body.content).toContain('Den justerade PDF-filen ligger kvar i SharePoint');
    const to = mails[0]!.toRecipients.map((r) => r.emailAddress.address).sort();
    expect(to).toEqual([ADJUSTER, CHAIR].sort());
    expect(
      (await secretary.services.listRecords(groupId, YEAR)).find((r) => r.recordKey === previous.recordKey)?.status,
    ).toBe('draft');
  });

  it('withdraws an approval given after the secretary read the record, and keeps change requests', async () => {
    const draft = saved(await secretary.services.saveRecord(await openToday(secretary.services)));
    // Validation for approval is the approval suite's concern: here the status is set as sending would set it.
    const sent = saved(
      await secretary.services.saveRecord({ ...draft, minutes: sendForApproval(draft.minutes, new Date()) }),
    );
    const recordKey = `${sent.remote.driveId}:${sent.remote.path}`;
    const chair = await harness.signIn(CHAIR);
    const adjuster = await harness.signIn(ADJUSTER);
    saved(await chair.services.approve(await chair.services.openRecord({ kind: 'record', recordKey })));
    saved(
      await adjuster.services.requestChanges(
        await adjuster.services.openRecord({ kind: 'record', recordKey }),
        'Rätta § 3.',
      ),
    );

    const reopened = saved(await secretary.services.reopen(sent));

    const stored = storedMinutes(await harness.state(), reopened);
    expect(stored.status).toBe('draft');
    const view = await secretary.services.approvalView(reopened);
    expect(view).toMatchObject({ approvedBy: [], changeRequests: [] });
    expect(view.notes).toHaveLength(2);
  });

  it('is refused to anyone but the secretary, and for a draft; nothing is written', async () => {
    const previous = await previousRecord();
    const chair = await harness.signIn(CHAIR);
    const before = await harness.state();
    const refused = await chair.services.reopen(
      await chair.services.openRecord({ kind: 'record', recordKey: previous.recordKey }),
    );
    expect(refused).toMatchObject({
      kind: 'failed',
      message: 'Bara protokollets sekreterare kan öppna det för ändringar.',
    });

    const draft = saved(await secretary.services.saveRecord(await openToday(secretary.services)));
    const mid = await harness.state();
    expect(await secretary.services.reopen(draft)).toMatchObject({
      kind: 'failed',
      message: 'Protokollet är redan ett utkast.',
    });

    const after = await harness.state();
    expect(after.mail).toHaveLength(before.mail.length);
    expect(storedMinutes(after, draft)).toEqual(storedMinutes(mid, draft));
  });
  it('is allowed to the secretary who created the record whatever the record names; a member is refused', async () => {
    const previous = await previousRecord();
    const opened = await secretary.services.openRecord({ kind: 'record', recordKey: previous.recordKey });
    const attendees = opened.minutes.attendees.map((a) => ({ ...a, roles: a.roles.filter((r) => r !== 'secretary') }));

    const member = await harness.signIn(MEMBER);
    const refused = await member.services.reopen(
      await member.services.openRecord({ kind: 'record', recordKey: previous.recordKey }),
    );
    expect(refused).toMatchObject({
      kind: 'failed',
      message: 'Bara protokollets sekreterare kan öppna det för ändringar.',
    });
    const unnamed = { ...opened, minutes: { ...opened.minutes, attendees, revision: opened.minutes.revision + 1 } };
    expect(saved(await secretary.services.reopen(unnamed)).minutes.status).toBe('draft');
  });

  it('stays reopened when the mail cannot be sent, and says so', async () => {
    const previous = await previousRecord();
    const session = await secretary.services.openRecord({ kind: 'record', recordKey: previous.recordKey });
    await harness.faults({ rules: [{ method: 'POST', path: '/me/sendMail', status: 403, times: 1 }] });
    try {
      const outcome = await secretary.services.reopen(session);
      expect(outcome.kind).toBe('saved');
      expect(outcome.kind === 'saved' && outcome.plannerMessage).toBeTruthy();
      expect(storedMinutes(await harness.state(), session).status).toBe('draft');
    } finally {
      await harness.faults({});
    }
  });

  it("is refused when the secretary's unsaved edit collides with one saved meanwhile on another device", async () => {
    const previous = await previousRecord();
    const here = await secretary.services.openRecord({ kind: 'record', recordKey: previous.recordKey });
    const other = await harness.signIn(SECRETARY);
    const there = await other.services.openRecord({ kind: 'record', recordKey: previous.recordKey });
    const itemId = here.minutes.items[0]!.id;
    saved(
      await other.services.saveRecord({
        ...there,
        minutes: updateItem(there.minutes, itemId, { title: 'Mötets öppnande och dagordning' }, new Date()),
      }),
    );

    const outcome = await secretary.services.reopen({
      ...here,
      minutes: updateItem(here.minutes, itemId, { title: 'Mötet öppnas' }, new Date()),
    });
    expect(outcome).toMatchObject({
      kind: 'failed',
      message: 'Någon annan har ändrat protokollet samtidigt. Ladda om det och försök igen.',
    });
    // The other device's edit of the sent record was itself a reopening save.
    expect(storedMinutes(await harness.state(), here).status).toBe('draft');
  });
});
