// Issue 14: two meetings of one group on the same day shared one file (`<date> <group>.minutes.json`): the second
// opened with the first's text, and a save wrote both into one record. Each meeting now has a file of its own, named
// by its date and start time, and found by the meeting it records; a record saved under the old name still opens.
import { describe, expect, it } from 'vitest';
import { updateItem } from '../../../src/domain/editing';
import { paragraphsFromText } from '../../../src/domain/richtext';
import type { AppServices } from '../../../src/contracts/appServices';
import type { RecordSession } from '../../../src/contracts/records';
import { APP_SCOPES, SECRETARY } from '../../emulator/support';
import { filesEnding, saved, storedMinutes, useSecretaryHarness } from './harness';
import { edit } from './meetingScript';

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
