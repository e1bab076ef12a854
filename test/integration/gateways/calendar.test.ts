import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAIR, SECRETARY } from '../../emulator/support';
import { startGatewayHarness, userId, type EmulatorState, type GatewayHarness } from './harness';

let harness: GatewayHarness;
let state: EmulatorState;

beforeAll(async () => {
  harness = await startGatewayHarness();
  state = await harness.state();
});
afterAll(() => harness.close());

function secretaryWindow(): { start: Date; end: Date } {
  const own = state.events.filter((event) => event.ownerId === userId(state, SECRETARY));
  const starts = own.map((event) => Date.parse(event.start));
  const ends = own.map((event) => Date.parse(event.end));
  return { start: new Date(Math.min(...starts) - 86_400_000), end: new Date(Math.max(...ends) + 86_400_000) };
}

describe('calendar gateway against the emulator', () => {
  it('follows calendarView paging to the end, in UTC, with the online meeting fields', async () => {
    await harness.reset();
    const events = await harness.as().calendar.listEvents(secretaryWindow());
    const pages = (await harness.requests()).filter(
      (request) => request.path.includes('/calendarView') || request.path.includes('calendarview'),
    );
    expect(events.length).toBeGreaterThan(10);
    expect(pages.length).toBe(Math.ceil(events.length / 10));
    expect(pages[0]!.path).toMatch(/\$select=[^&]*onlineMeeting/);
    const online = events.find((event) => event.joinUrl);
    expect(online).toMatchObject({ isOnlineMeeting: true, iCalUId: expect.any(String), type: expect.any(String) });
    expect(online!.start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
    expect(online!.attendees.length).toBeGreaterThan(0);
    expect(online!.body?.content).toContain('Dagordning');
  });

  it('finds the meeting by a join URL encoded as Teams gives it, and reads it by id', async () => {
    const meeting = state.onlineMeetings.find((candidate) => candidate.organizerId === userId(state, SECRETARY))!;
    const teamsStyle = decodeURIComponent(meeting.joinWebUrl).replace(':', '%253a');
    const window = {
      start: new Date(Date.parse(meeting.start) - 3_600_000),
      end: new Date(Date.parse(meeting.start) + 3_600_000),
    };
    const calendar = harness.as().calendar;
    const event = await calendar.findByJoinUrl(teamsStyle, window);
    expect(event?.joinUrl).toBe(meeting.joinWebUrl);
    expect(await calendar.getEvent(event!.id)).toEqual(event);
    expect(await calendar.getEvent('AAMkAGone=')).toBeUndefined();
  });

  it("gets the event id from the meeting chat; another attendee's copy shares the iCalUId", async () => {
    const meeting = state.onlineMeetings.find((candidate) => candidate.organizerId === userId(state, SECRETARY))!;
    const window = {
      start: new Date(Date.parse(meeting.start) - 3_600_000),
      end: new Date(Date.parse(meeting.start) + 3_600_000),
    };
    const chat = await harness.as().calendar.meetingChat(meeting.chatId);
    expect(chat?.joinUrl).toBe(meeting.joinWebUrl);
    // Meetings scheduled in Outlook give no calendarEventId: the organizer finds their copy by join URL too.
    const eventId =
      chat?.calendarEventId ?? (await harness.as().calendar.findByJoinUrl(meeting.joinWebUrl, window))?.id;
    expect(eventId).toBeDefined();
    const organizerCopy = await harness.as().calendar.getEvent(eventId!);
    expect(organizerCopy?.joinUrl).toBe(meeting.joinWebUrl);
    const chairCopy = await harness.as(CHAIR).calendar.findByJoinUrl(meeting.joinWebUrl, window);
    expect(chairCopy?.iCalUId).toBe(organizerCopy?.iCalUId);
    expect(chairCopy?.id).not.toBe(organizerCopy?.id);
    expect(await harness.as().calendar.meetingChat('19:unknown@thread.v2')).toBeUndefined();
  });
});
