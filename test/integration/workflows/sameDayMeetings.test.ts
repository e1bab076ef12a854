// Issue 14: two meetings of one group on the same day shared one file (`<date> <group>.minutes.json`): the second
// opened with the first's text, and a save wrote both into one record. Each meeting now has a file of its own, named
// by its date and start time, and found by the meeting it records; a record saved under the old name still opens.
// The same held for their Planner bucket (`<date> <group>`): each meeting now has a bucket of its own, named like its file.
import { describe, expect, it } from 'vitest';
import { allAssignments } from '../../../src/domain/assignments';
import { updateItem } from '../../../src/domain/editing';
import { paragraphsFromText } from '../../../src/domain/richtext';
import type { AppServices } from '../../../src/contracts/appServices';
import type { RecordSession } from '../../../src/contracts/records';
import type { AssigneeRef, Minutes } from '../../../src/domain/model';
import { APP_SCOPES, SECRETARY } from '../../emulator/support';
import { filesEnding, saved, storedMinutes, useSecretaryHarness, type WorkflowState } from './harness';
import { directoryAssignees, edit, typeItems } from './meetingScript';
import { plannerProblems, tasksOfRecord } from './plannerChecks';

const { harness, secretary } = useSecretaryHarness();
const SUBJECT = 'Styrgrupp närvård';

/** Today's date in Stockholm, as the record's file names write it. */
function stockholmToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
}

/** The secretary books an extra meeting of the steering group today at 16.00, after the seeded 13.00 one. */
async function bookSecondMeeting(): Promise<void> {
  const day = stockholmToday();
  const booked = await harness().emu.graphFetch('/me/events', {
    as: SECRETARY,
    scopes: [...APP_SCOPES, 'Calendars.ReadWrite'],
    method: 'POST',
    body: {
      subject: SUBJECT,
      body: { contentType: 'HTML', content: '<p>Extra möte om budgeten.</p>' },
      start: { dateTime: `${day}T16:00:00`, timeZone: 'Europe/Stockholm' },
      end: { dateTime: `${day}T17:00:00`, timeZone: 'Europe/Stockholm' },
      attendees: [{ emailAddress: { address: 'goran.oberg@samverkan.example' }, type: 'required' }],
    },
  });
  expect(booked.status).toBe(201);
}

/** Both of today's steering group meetings, earliest first. */
async function todaysMeetings(services: AppServices) {
  const start = new Date();
  start.setHours(0, 0, 0, 0);
  const end = new Date(start.getTime() + 24 * 3600_000);
  const found = (await services.listMeetings({ start, end })).filter((m) => m.subject === SUBJECT);
  expect(found).toHaveLength(2);
  return found.sort((a, b) => a.start.localeCompare(b.start));
}

function typed(session: RecordSession, text: string): RecordSession {
  const item = session.minutes.items[0]!;
  return edit(session, (m, now) => updateItem(m, item.id, { notes: paragraphsFromText(text) }, now));
}

describe('two meetings of one group on the same day', () => {
  it('get a record each: the second opens without the first one’s text and saves to a file of its own', async () => {
    await bookSecondMeeting();
    const [morning, afternoon] = await todaysMeetings(secretary().services);
    const first = saved(
      await secretary().services.saveRecord(
        typed(await secretary().services.openRecord({ kind: 'event', eventId: morning!.eventId }), 'Första mötet'),
      ),
    );
    const second = await secretary().services.openRecord({ kind: 'event', eventId: afternoon!.eventId });
    expect(JSON.stringify(second.minutes)).not.toContain('Första mötet');
    expect(second.remote.path).not.toBe(first.remote.path);
    expect(second.remote.etag).toBeUndefined();
    const secondSaved = saved(await secretary().services.saveRecord(typed(second, 'Andra mötet')));

    const state = await harness().state();
    expect(storedMinutes(state, first).meeting.eventId).toBe(morning!.eventId);
    expect(JSON.stringify(storedMinutes(state, first))).not.toContain('Andra mötet');
    expect(storedMinutes(state, secondSaved).meeting.eventId).toBe(afternoon!.eventId);
    expect(JSON.stringify(storedMinutes(state, secondSaved))).not.toContain('Första mötet');
    const day = stockholmToday();
    const todays = filesEnding(state, first, '.minutes.json').filter((f) => f.name.startsWith(day));
    expect(todays.map((f) => f.name).sort()).toEqual([
      `${day} 13.00 ${SUBJECT}.minutes.json`,
      `${day} 16.00 ${SUBJECT}.minutes.json`,
    ]);
    expect(filesEnding(state, first, '.docx').filter((f) => f.name.startsWith(day))).toHaveLength(2);

    // Each opens again as its own record on another device.
    const otherDevice = await harness().signIn(SECRETARY);
    const reopened = await otherDevice.services.openRecord({ kind: 'event', eventId: afternoon!.eventId });
    expect(reopened.remote.path).toBe(secondSaved.remote.path);
    expect(JSON.stringify(reopened.minutes)).toContain('Andra mötet');
  });

  it('leave a record saved under the old `<date> <group>` name with its meeting, where it still opens', async () => {
    await bookSecondMeeting();
    const [morning, afternoon] = await todaysMeetings(secretary().services);
    const first = saved(
      await secretary().services.saveRecord(
        typed(await secretary().services.openRecord({ kind: 'event', eventId: morning!.eventId }), 'Sparat förr'),
      ),
    );
    // As an earlier version of the app named it: the same JSON under `<date> <group>.minutes.json`, nothing else.
    const content = JSON.stringify(storedMinutes(await harness().state(), first));
    const folder = first.remote.path.slice(0, first.remote.path.lastIndexOf('/'));
    const legacyPath = `${folder}/${stockholmToday()} ${SUBJECT}.minutes.json`;
    const put = await harness().emu.graphFetch(
      `/drives/${first.remote.driveId}/root:/${encodeURI(legacyPath)}:/content`,
      { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: content },
    );
    expect([200, 201]).toContain(put.status);
    const removed = await harness().emu.graphFetch(`/drives/${first.remote.driveId}/items/${first.remote.itemId}`, {
      method: 'DELETE',
    });
    expect(removed.status).toBe(204);

    const otherDevice = await harness().signIn(SECRETARY);
    const old = await otherDevice.services.openRecord({ kind: 'event', eventId: morning!.eventId });
    expect(old.remote.path).toBe(legacyPath);
    expect(JSON.stringify(old.minutes)).toContain('Sparat förr');
    const again = saved(await otherDevice.services.saveRecord(typed(old, 'Sparat igen')));
    expect(again.remote.path).toBe(legacyPath);
    expect(storedMinutes(await harness().state(), again).meeting.eventId).toBe(morning!.eventId);

    const other = await otherDevice.services.openRecord({ kind: 'event', eventId: afternoon!.eventId });
    expect(other.remote.path).not.toBe(legacyPath);
    expect(JSON.stringify(other.minutes)).not.toContain('Sparat');
  });
});

interface Bucket {
  id: string;
  planId: string;
  name: string;
}

const bucketsOf = (state: WorkflowState): Bucket[] => state.planner.buckets as Bucket[];
/** The names of the plan's buckets for one day's meetings, sorted. */
const bucketNamesOn = (state: WorkflowState, day: string): string[] =>
  bucketsOf(state)
    .map((b) => b.name)
    .filter((name) => name.startsWith(day))
    .sort();

/** The meeting's record with one new item carrying an assignment to `assignee`, saved. */
async function saveWithAssignment(
  services: AppServices,
  eventId: string,
  assignee: AssigneeRef,
  tag: string,
  opened?: RecordSession,
): Promise<RecordSession> {
  const session = opened ?? (await services.openRecord({ kind: 'event', eventId }));
  return saved(await services.saveRecord((await typeItems(services, session, 1, [assignee], tag)).session));
}

/** The record's assignments as linked to Planner, pointed at another bucket (as an earlier version had linked them). */
function linkedTo(session: RecordSession, bucketId: string): RecordSession {
  const relink = (minutes: Minutes): Minutes => ({
    ...minutes,
    items: minutes.items.map((item) => ({
      ...item,
      assignments: item.assignments.map((a) => (a.planner ? { ...a, planner: { ...a.planner, bucketId } } : a)),
    })),
  });
  return { ...session, minutes: relink(session.minutes), base: session.base && relink(session.base) };
}

/**
 * What an earlier version left in Planner: the meeting's tasks in a bucket named `<date> <group>`. Made from a saved
 * meeting's own bucket: an old-named bucket is created, the tasks are moved into it, and the new one is removed.
 */
async function intoOldNamedBucket(session: RecordSession, bucket: Bucket): Promise<Bucket> {
  const emu = harness().emu;
  const made = await emu.graphFetch('/planner/buckets', {
    method: 'POST',
    body: { planId: bucket.planId, name: `${stockholmToday()} ${SUBJECT}`, orderHint: ' !' },
  });
  expect(made.status).toBe(201);
  const old = made.json<Bucket>();
  for (const task of tasksOfRecord(await harness().state(), session.minutes)) {
    const read = await emu.graphFetch(`/planner/tasks/${task.id}`);
    const moved = await emu.graphFetch(`/planner/tasks/${task.id}`, {
      method: 'PATCH',
      headers: { 'If-Match': read.headers['etag']! },
      body: { bucketId: old.id },
    });
    expect(moved.status).toBeLessThan(300);
  }
  const current = await emu.graphFetch(`/planner/buckets/${bucket.id}`);
  const removed = await emu.graphFetch(`/planner/buckets/${bucket.id}`, {
    method: 'DELETE',
    headers: { 'If-Match': current.headers['etag']! },
  });
  expect(removed.status).toBe(204);
  return old;
}

describe('the Planner buckets of two meetings of one group on the same day', () => {
  it('are one per meeting, named by date and start time, each holding its own meeting’s tasks', async () => {
    await bookSecondMeeting();
    const [morning, afternoon] = await todaysMeetings(secretary().services);
    const [anna, bertil] = directoryAssignees(await harness().state(), 2);
    const first = await saveWithAssignment(secretary().services, morning!.eventId, anna!, 'Förmiddag');
    const second = await saveWithAssignment(secretary().services, afternoon!.eventId, bertil!, 'Eftermiddag');

    const state = await harness().state();
    const day = stockholmToday();
    const names = bucketsOf(state).map((b) => b.name);
    expect(names.filter((name) => name.startsWith(day)).sort()).toEqual([
      `${day} 13.00 ${SUBJECT}`,
      `${day} 16.00 ${SUBJECT}`,
    ]);
    for (const [session, tag, time] of [
      [first, 'Förmiddag', '13.00'],
      [second, 'Eftermiddag', '16.00'],
    ] as const) {
      const stored = storedMinutes(state, session);
      expect(plannerProblems(state, stored)).toEqual([]);
      const tasks = tasksOfRecord(state, stored);
      expect(tasks.map((t) => t.title)).toEqual([expect.stringContaining(tag)]);
      const bucket = bucketsOf(state).find((b) => b.id === tasks[0]!.bucketId);
      expect(bucket?.name).toBe(`${day} ${time} ${SUBJECT}`);
    }
  });

  it('keep using a bucket an earlier version named `<date> <group>` for the meeting whose tasks are in it', async () => {
    await bookSecondMeeting();
    const [morning, afternoon] = await todaysMeetings(secretary().services);
    const [anna, bertil, cecilia] = directoryAssignees(await harness().state(), 3);
    const first = await saveWithAssignment(secretary().services, morning!.eventId, anna!, 'Förmiddag');
    const timed = bucketsOf(await harness().state()).find((b) => b.name.endsWith(`13.00 ${SUBJECT}`))!;
    const old = await intoOldNamedBucket(first, timed);

    const again = await saveWithAssignment(
      secretary().services,
      morning!.eventId,
      bertil!,
      'Förmiddag igen',
      linkedTo(first, old.id),
    );
    const other = await saveWithAssignment(secretary().services, afternoon!.eventId, cecilia!, 'Eftermiddag');

    const state = await harness().state();
    const day = stockholmToday();
    expect(bucketNamesOn(state, day)).toEqual([`${day} 16.00 ${SUBJECT}`, `${day} ${SUBJECT}`]);
    const stored = storedMinutes(state, again);
    expect(plannerProblems(state, stored)).toEqual([]);
    const inOld = state.planner.tasks.filter((t) => t.bucketId === old.id).map((t) => t.title);
    expect(inOld).toHaveLength(2);
    expect(inOld).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Förmiddag uppdrag 1'),
        expect.stringContaining('Förmiddag igen uppdrag 1'),
      ]),
    );
    const afternoonTasks = tasksOfRecord(state, storedMinutes(state, other));
    expect(afternoonTasks.map((t) => t.title)).toEqual([expect.stringContaining('Eftermiddag')]);
    expect(afternoonTasks[0]!.bucketId).not.toBe(old.id);
  });

  it('adopt the task an earlier version made in its `<date> <group>` bucket when a crash kept its id from the record', async () => {
    await bookSecondMeeting();
    const [morning, afternoon] = await todaysMeetings(secretary().services);
    const [anna, bertil] = directoryAssignees(await harness().state(), 2);
    const opened = await secretary().services.openRecord({ kind: 'event', eventId: morning!.eventId });
    const typed = (await typeItems(secretary().services, opened, 1, [anna!], 'Före kraschen')).session;
    const text = allAssignments(typed.minutes).find((a) => a.assignment.text.startsWith('Före kraschen'))!.assignment
      .text;
    // As an earlier version left it: the day's bucket and the task in it, the record without the task's id.
    const planId = typed.settings.planId!;
    const old = (
      await harness().emu.graphFetch('/planner/buckets', {
        method: 'POST',
        body: { planId, name: `${stockholmToday()} ${SUBJECT}`, orderHint: ' !' },
      })
    ).json<Bucket>();
    const made = await harness().emu.graphFetch('/planner/tasks', {
      method: 'POST',
      body: { planId, bucketId: old.id, title: text },
    });
    expect(made.status).toBe(201);

    const first = saved(await secretary().services.saveRecord(typed));
    const other = await saveWithAssignment(secretary().services, afternoon!.eventId, bertil!, 'Eftermiddag');

    const state = await harness().state();
    const stored = storedMinutes(state, first);
    expect(plannerProblems(state, stored)).toEqual([]);
    expect(allAssignments(stored).map((a) => a.assignment.planner?.taskId)).toEqual([made.json<{ id: string }>().id]);
    const day = stockholmToday();
    expect(bucketNamesOn(state, day)).toEqual([`${day} 16.00 ${SUBJECT}`, `${day} ${SUBJECT}`]);
    const afternoonTasks = tasksOfRecord(state, storedMinutes(state, other));
    expect(afternoonTasks.map((t) => t.title)).toEqual([expect.stringContaining('Eftermiddag')]);
    expect(afternoonTasks[0]!.bucketId).not.toBe(old.id);
  });
});
