// Issue 17: the side panel asks for its meeting's event (and the user's teams) as soon as sign-in has a token, beside
// `/me`, instead of after it. The open that takes that first round trip must be the open it would have been.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { earlyWave, startFirstWave } from '../../../src/app/workflows/firstWave';
import { createDraftStore } from '../../../src/storage/draftStore';
import { createMemoryKeyValueStore } from '../../../src/storage/memoryKeyValueStore';
import type { OpenTarget } from '../../../src/contracts/records';
import { SECRETARY } from '../../emulator/support';
import { servicesOver, startWorkflowHarness, todaysMeeting, type WorkflowHarness } from './harness';
import { invitedKey, presenceByAttendee } from '../../../src/domain/attendees';

describe('the first round trip of an open, started beside /me', () => {
  let harness: WorkflowHarness;
  beforeAll(async () => {
    harness = await startWorkflowHarness();
  });
  afterAll(() => harness.close());

  const eventReads = async (since: number) =>
    (await harness.requests()).slice(since).filter((r) => r.method === 'GET' && r.path.includes('/events/')).length;

  /** A device signed in, today's meeting opened plainly, and a second device's services with a wave for `waveFor`. */
  async function withWave(waveFor?: OpenTarget) {
    const device = await harness.signIn(SECRETARY);
    const meeting = await todaysMeeting(device.services);
    const target: OpenTarget = { kind: 'event', eventId: meeting.eventId };
    const plain = await device.services.openRecord(target);
    const since = (await harness.requests()).length;
    const waved = waveFor ?? target;
    const wave = earlyWave(waved, startFirstWave(device.gateways, waved, new Date()));
    const drafts = createDraftStore(createMemoryKeyValueStore());
    const { services } = await servicesOver(device.gateways, drafts, undefined, wave);
    return { device, meeting, target, plain, since, services };
  }

  it('opens the meeting as a plain open does, reads its event once, and leaves later opens to ask again', async () => {
    const { target, plain, since, services } = await withWave();
    const early = await services.openRecord(target);
    expect(await eventReads(since)).toBe(1);
    expect(early.minutes.meeting).toEqual(plain.minutes.meeting);
    expect(early.minutes.attendees.map((a) => a.name)).toEqual(plain.minutes.attendees.map((a) => a.name));
    expect(early.settings.groupId).toBe(plain.settings.groupId);

    await services.openRecord(target);
    expect(await eventReads(since)).toBe(2);
  });

  it('gives a meeting it was not started for its own round trip, and an event that is gone the usual notice', async () => {
    const gone: OpenTarget = { kind: 'event', eventId: 'AAMkAGone=' };
    const { meeting, services } = await withWave(gone);

    const other = await services.openRecord({ kind: 'event', eventId: meeting.eventId });
    expect(other.minutes.meeting.subject).toBe(meeting.subject);
    const opened = await services.openRecord(gone, { groupId: other.settings.groupId });
    expect(opened.notices).toContainEqual({ kind: 'eventNotFound' });
  });

  it('previews the meeting from the same first round trip: subject, time and invitees, rooms left out', async () => {
    const { device, meeting, target, plain, since, services } = await withWave();
    const [preview] = await Promise.all([services.previewMeeting(target), services.openRecord(target)]);
    expect(await eventReads(since)).toBe(1);
    expect(preview).toMatchObject({ subject: meeting.subject, start: meeting.start, end: meeting.end });
    const invited = plain.minutes.attendees.filter((a) => a.source !== 'roster');
    const previewed = preview?.invitees ?? [];
    expect(previewed.map((person) => person.name).sort()).toEqual(invited.map((a) => a.name).sort());
    // A tick on each of them reaches each of those attendees (they are matched by address).
    const everyone = new Map(previewed.map((person) => [invitedKey(person), true]));
    expect([...presenceByAttendee(plain.minutes.attendees, everyone).keys()].sort()).toEqual(
      invited.map((a) => a.key).sort(),
    );

    // Without a wave (a meeting picked later), the preview asks for the event itself.
    const before = (await harness.requests()).length;
    expect((await device.services.previewMeeting(target))?.subject).toBe(meeting.subject);
    expect(await eventReads(before)).toBe(1);
  });
});
