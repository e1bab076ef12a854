// Issue 3: attendance from the meeting's invite. The 40-invitee forum with organisations, a departed user kept by the
// invite's name, external guests, declined as announced absence, today's occurrence of a series (not the master), a
// meeting without invitees, and a Teams meeting found by its chat and by its join URL alike.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../src/contracts/appServices';
import type { MeetingSummary } from '../../../src/contracts/records';
import { SECRETARY } from '../../emulator/support';
import { startWorkflowHarness, todaysMeeting, type Device, type WorkflowHarness, type WorkflowState } from './harness';

let harness: WorkflowHarness;
let secretary: Device;
let state: WorkflowState;

beforeAll(async () => {
  harness = await startWorkflowHarness();
});
beforeEach(async () => {
  await harness.reset();
  secretary = await harness.signIn(SECRETARY);
  state = await harness.state();
});
afterAll(() => harness.close());

const DAY = 24 * 3600_000;

async function upcoming(services: AppServices, subject: string): Promise<MeetingSummary> {
  const start = new Date(Date.now() - 7 * DAY);
  const found = (await services.listMeetings({ start, end: new Date(start.getTime() + 30 * DAY) })).find(
    (m) => m.subject === subject,
  );
  if (!found) throw new Error(`No meeting "${subject}" within the next weeks`);
  return found;
}

/**
 * Sequential round trips of `action`: with a fixed latency on every request, requests sent together reach the log
 * together and the next wave comes at least one latency later, however busy this machine is.
 */
async function roundTripsOf(
  action: () => Promise<unknown>,
  latencyMs: number,
): Promise<{ trips: number; requests: number }> {
  const before = (await harness.requests()).length;
  await harness.faults({ latencyMs });
  try {
    await action();
  } finally {
    await harness.faults({});
  }
  const times = (await harness.requests())
    .slice(before)
    .map((r) => Date.parse(r.at))
    .sort((a, b) => a - b);
  const trips = times.filter((at, i) => i === 0 || at - times[i - 1]! > latencyMs / 2).length;
  return { trips, requests: times.length };
}

describe('attendance from the invite', () => {
  it('opens the 40-invitee forum with organisations, guests marked external, declined as announced absence', async () => {
    const forum = await upcoming(secretary.services, 'Samverkansforum närvård');
    const event = state.events.find((e) => e.subject === 'Samverkansforum närvård')!;
    const session = await secretary.services.openRecord({ kind: 'event', eventId: forum.eventId });
    const { attendees } = session.minutes;
    expect(event.subject).toBe(forum.subject);

    expect(attendees.length).toBeGreaterThanOrEqual(40);
    const internal = attendees.filter((a) => !a.external);
    expect(internal.filter((a) => !a.organisation).map((a) => a.name)).toEqual([]);
    expect(
      attendees
        .filter((a) => a.external)
        .map((a) => a.name)
        .sort(),
    ).toEqual(['Eva Lind', 'Mikael Berg']);
    expect(attendees.filter((a) => a.external).every((a) => !a.directoryId)).toBe(true);
    expect(attendees.filter((a) => a.presence.kind === 'absenceAnnounced').length).toBeGreaterThan(0);
  });

  // The design's budget is 4. Event ∥ teams, then profiles ∥ (drive id → settings item → settings content), then record
  // and previous record (item, then content each): 7 (the previous record's tasks are read when its follow-up list
  // shows, not in the open). Reaching 4 needs the files gateway to read a
  // file in one round trip and the group's drive and settings cached (see the report). This guards against regressions.
  it('opens the 40-invitee forum in at most 8 sequential round trips', async () => {
    const forum = await upcoming(secretary.services, 'Samverkansforum närvård');
    const { trips, requests } = await roundTripsOf(
      () => secretary.services.openRecord({ kind: 'event', eventId: forum.eventId }),
      200,
    );
    console.info(`40-invitee open: ${trips} sequential round trips, ${requests} Graph requests`);
    expect(trips).toBeLessThanOrEqual(8);
  });

  it('keeps a departed user under the name in the invite', async () => {
    const meeting = await upcoming(secretary.services, 'Avstämning läkemedelsgenomgångar');
    const departed = state.users.find((u) => u.deleted)!;
    const session = await secretary.services.openRecord({ kind: 'event', eventId: meeting.eventId });
    const kept = session.minutes.attendees.find((a) => a.name === departed.displayName);
    expect(kept).toBeDefined();
    expect(kept!.directoryId).toBeUndefined();
  });

  it("opens today's occurrence of the series, not the series master", async () => {
    const today = await todaysMeeting(secretary.services);
    const session = await secretary.services.openRecord({ kind: 'event', eventId: today.eventId });
    expect(session.minutes.meeting.eventId).toBe(today.eventId);
    expect(session.minutes.meeting.seriesMasterId).toBeDefined();
    expect(session.minutes.meeting.seriesMasterId).not.toBe(today.eventId);
    expect(Date.parse(session.minutes.meeting.start)).toBe(Date.parse(today.start));
  });

  it('says so when the meeting has no attendees', async () => {
    const meeting = await upcoming(secretary.services, 'Förberedelse styrgrupp');
    const session = await secretary.services.openRecord({ kind: 'event', eventId: meeting.eventId });
    expect(session.notices).toContainEqual({ kind: 'noAttendees' });
    // The group was guessed from the subject and its roster filled in: the notice still says the invite named nobody.
    expect(session.minutes.attendees.length).toBeGreaterThan(1);
  });

  it("finds the same event from the Teams meeting's chat id and from its join URL", async () => {
    const today = await todaysMeeting(secretary.services);
    const byEvent = await secretary.services.openRecord({ kind: 'event', eventId: today.eventId });
    const joinUrl = byEvent.minutes.meeting.joinUrl!;
    const meeting = state.onlineMeetings.find((m) => m.joinWebUrl === joinUrl)!;
    expect(meeting).toBeDefined();

    const byChat = await secretary.services.openRecord({ kind: 'teamsMeeting', chatId: meeting.chatId });
    const byJoinUrl = await secretary.services.openRecord({ kind: 'teamsMeeting', joinUrl });
    expect(byChat.minutes.meeting).toEqual(byEvent.minutes.meeting);
    expect(byJoinUrl.minutes.meeting).toEqual(byEvent.minutes.meeting);
    expect(byChat.key).toBe(byEvent.key);
    expect(byJoinUrl.remote.path).toBe(byEvent.remote.path);
  });
});
