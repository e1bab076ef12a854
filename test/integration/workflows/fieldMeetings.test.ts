// Meetings as a real tenant has them (emulator modes, on by default): Teams chats of Outlook-scheduled meetings without
// a calendarEventId, meetings organized by someone else, and classic Outlook handing the add-in the series master's id.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findEvent } from '../../../src/app/workflows/findEvent';
import { ADJUSTER, CHAIR, SECRETARY } from '../../emulator/support';
import { startWorkflowHarness, todaysMeeting, type WorkflowHarness } from './harness';

let harness: WorkflowHarness;

beforeAll(async () => {
  harness = await startWorkflowHarness();
});
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const DAY = 24 * 3600_000;

interface Chat {
  onlineMeetingInfo: { calendarEventId: string | null; joinWebUrl: string };
}

async function teamsContext(upn: string, eventId: string): Promise<{ chatId: string }> {
  return harness.emu.control(`/_emulator/hosts/teams?as=${upn}&event=${encodeURIComponent(eventId)}`);
}

describe('Teams: the event by join URL in my own calendar', () => {
  it("finds the chair's own copy of today's occurrence when the chat has calendarEventId: null", async () => {
    const chair = await harness.signIn(CHAIR);
    const today = await todaysMeeting(chair.services);
    const { chatId } = await teamsContext(CHAIR, today.eventId);
    const chat = (await harness.emu.graphFetch(`/chats/${encodeURIComponent(chatId)}`, { as: CHAIR })).json<Chat>();
    expect(chat.onlineMeetingInfo.calendarEventId).toBeNull();

    const session = await chair.services.openRecord({ kind: 'teamsMeeting', chatId });
    expect(session.notices).not.toContainEqual({ kind: 'eventNotFound' });
    expect(session.minutes.meeting.eventId).toBe(today.eventId);
    expect(session.minutes.attendees.length).toBeGreaterThan(3);
  });

  it('finds the secretary’s copy of a meeting the adjuster organized, not the organizer’s', async () => {
    const secretary = await harness.signIn(SECRETARY);
    const forum = (
      await secretary.services.listMeetings({ start: new Date(), end: new Date(Date.now() + 30 * DAY) })
    ).find((meeting) => meeting.subject === 'Samverkansforum närvård')!;
    await harness.emu.control('/_emulator/modes', { outlookMeetingChats: false });
    const { chatId } = await teamsContext(SECRETARY, forum.eventId);
    const chat = (await harness.emu.graphFetch(`/chats/${encodeURIComponent(chatId)}`)).json<Chat>();
    const adjusterCopy = (
      await harness.emu.graphFetch(`/me/events/${encodeURIComponent(chat.onlineMeetingInfo.calendarEventId ?? '')}`, {
        as: ADJUSTER,
      })
    ).json<{ organizer: { emailAddress: { address: string } } }>();
    // The chat names the organizer's copy: the adjuster's mailbox, which the secretary cannot read.
    expect(adjusterCopy.organizer.emailAddress.address).toBe(ADJUSTER);
    expect(chat.onlineMeetingInfo.calendarEventId).not.toBe(forum.eventId);

    const during = new Date(Date.parse(forum.start) + 30 * 60_000);
    const event = await findEvent(secretary.gateways, { kind: 'teamsMeeting', chatId }, during);
    expect(event?.id).toBe(forum.eventId);
    expect(event?.organizer?.address).toBe(ADJUSTER);
  });

  it('finds nothing for a meeting that is not in my calendar: the record says so', async () => {
    const secretary = await harness.signIn(SECRETARY);
    const session = await secretary.services.openRecord({
      kind: 'teamsMeeting',
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_unknown%40thread.v2/0',
    });
    expect(session.notices).toContainEqual({ kind: 'eventNotFound' });
  });
});

describe('Outlook: the occurrence by the invite’s own start', () => {
  it('opens the occurrence the invite is for when Outlook gives the series master’s id', async () => {
    const secretary = await harness.signIn(SECRETARY);
    const next = (
      await secretary.services.listMeetings({ start: new Date(Date.now() + DAY), end: new Date(Date.now() + 60 * DAY) })
    ).find((meeting) => meeting.subject === 'Styrgrupp närvård')!;
    const item = await harness.emu.control<{ itemId: string; start: string }>(
      `/_emulator/hosts/outlook?as=${SECRETARY}&event=${encodeURIComponent(next.eventId)}`,
    );
    expect(item.itemId).not.toBe(next.eventId);

    const session = await secretary.services.openRecord({ kind: 'event', eventId: item.itemId, start: item.start });
    expect(session.minutes.meeting.eventId).toBe(next.eventId);
    expect(Date.parse(session.minutes.meeting.start)).toBe(Date.parse(next.start));
    // Without the invite's start the master's id would have meant today's occurrence: the wrong meeting.
    const today = await todaysMeeting(secretary.services);
    const guessed = await findEvent(secretary.gateways, { kind: 'event', eventId: item.itemId }, new Date());
    expect(guessed?.id).toBe(today.eventId);
  });
});
