// Calendar, chats and online meetings: calendarView with paging and series expansion, $select, time zones,
// per-mailbox copies sharing iCalUId, meeting chats, attendance reports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allPages, CHAIR, MEMBER, startTestEmulator, type TestEmulator } from './support';

// A Monday two weeks before the switch to summer time, so the series crosses DST.
const NOW = new Date('2026-03-16T09:00:00Z');

interface Event {
  id: string;
  iCalUId: string;
  subject: string;
  type: string;
  seriesMasterId: string | null;
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
  onlineMeeting: { joinUrl: string } | null;
  attendees: { type: string; status: { response: string }; emailAddress: { name: string; address: string } }[];
  body: { contentType: string; content: string };
  responseStatus: { response: string };
}

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator({ now: () => NOW });
});
afterAll(async () => {
  await emu.close();
});

const window = (fromDays: number, toDays: number): string =>
  `startDateTime=${new Date(NOW.getTime() + fromDays * 86400_000).toISOString()}&endDateTime=${new Date(NOW.getTime() + toDays * 86400_000).toISOString()}`;

const todaysSteering = async (as?: string): Promise<Event> => {
  const { items } = await allPages<Event>(emu, `/me/calendarView?${window(-1, 1)}`, { as });
  const found = items.find((event) => event.subject === 'Styrgrupp närvård');
  if (!found) throw new Error('no steering group meeting today');
  return found;
};

describe('calendarView', () => {
  it('requires both startDateTime and endDateTime', async () => {
    const reply = await emu.graphFetch('/me/calendarView?startDateTime=2026-03-01T00:00:00Z');
    expect(reply.status).toBe(400);
    expect(reply.json<{ error: { code: string } }>().error.code).toBe('ErrorInvalidParameter');
  });

  it('pages with absolute nextLinks and expands the series into occurrences, local time kept across DST', async () => {
    const { items, pages } = await allPages<Event>(emu, `/me/calendarView?${window(-70, 70)}&$orderby=start/dateTime`);
    expect(pages).toBeGreaterThan(1);
    const steering = items.filter((event) => event.subject === 'Styrgrupp närvård');
    expect(steering).toHaveLength(5);
    expect(new Set(steering.map((event) => event.type))).toEqual(new Set(['occurrence']));
    expect(new Set(steering.map((event) => event.seriesMasterId)).size).toBe(1);
    expect(new Set(steering.map((event) => event.id)).size).toBe(5);
    // 13.00 in Stockholm: 12.00 UTC in winter, 11.00 UTC after the end of March.
    expect(steering.map((event) => event.start.dateTime.slice(11, 16))).toEqual([
      '12:00',
      '12:00',
      '12:00',
      '11:00',
      '11:00',
    ]);
    expect(steering[2]?.start).toEqual({ dateTime: '2026-03-16T12:00:00.0000000', timeZone: 'UTC' });
    const starts = items.map((event) => event.start.dateTime);
    expect([...starts].sort()).toEqual(starts);
  });

  it('honours $select (only those properties, no id) and keeps onlineMeeting null without isOnlineMeeting', async () => {
    const page = (await emu.graphFetch(`/me/calendarView?${window(-1, 1)}&$select=subject,onlineMeeting`)).json<{
      value: Record<string, unknown>[];
    }>();
    const first = page.value[0] ?? {};
    expect(Object.keys(first).sort()).toEqual(['@odata.etag', 'onlineMeeting', 'subject']);
    expect(page.value.every((event) => event.onlineMeeting === null)).toBe(true);
    const both = (
      await emu.graphFetch(`/me/calendarView?${window(-1, 1)}&$select=subject,isOnlineMeeting,onlineMeeting`)
    ).json<{ value: Event[] }>();
    expect(both.value.find((event) => event.subject === 'Styrgrupp närvård')?.onlineMeeting?.joinUrl).toMatch(
      /^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//,
    );
  });

  it('converts to the zone asked for with Prefer: outlook.timezone and says so', async () => {
    const reply = await emu.graphFetch(`/me/calendarView?${window(-1, 1)}`, {
      headers: { Prefer: 'outlook.timezone="W. Europe Standard Time"' },
    });
    expect(reply.headers['preference-applied']).toBe('outlook.timezone="W. Europe Standard Time"');
    const event = reply.json<{ value: Event[] }>().value.find((candidate) => candidate.subject === 'Styrgrupp närvård');
    expect(event?.start).toEqual({ dateTime: '2026-03-16T13:00:00.0000000', timeZone: 'W. Europe Standard Time' });
  });
});

describe('per-mailbox copies', () => {
  it('gives the chair a copy with its own id and the same iCalUId, joinUrl and attendees', async () => {
    const mine = await todaysSteering();
    const chairs = await todaysSteering(CHAIR);
    expect(chairs.id).not.toBe(mine.id);
    expect(chairs.iCalUId).toBe(mine.iCalUId);
    expect(chairs.onlineMeeting?.joinUrl).toBe(mine.onlineMeeting?.joinUrl);
    expect(chairs.attendees).toEqual(mine.attendees);
    expect(mine.responseStatus.response).toBe('organizer');
  });

  it('finds one’s own copy with $filter=iCalUId eq', async () => {
    const mine = await todaysSteering();
    const reply = await emu.graphFetch(`/me/events?$filter=${encodeURIComponent(`iCalUId eq '${mine.iCalUId}'`)}`, {
      as: CHAIR,
    });
    const found = reply.json<{ value: Event[] }>().value;
    expect(found).toHaveLength(1);
    expect(found[0]?.type).toBe('seriesMaster');
    expect(found[0]?.id).toBe((await todaysSteering(CHAIR)).seriesMasterId);
  });

  it('gets an occurrence by id, and not another mailbox’s event', async () => {
    const mine = await todaysSteering();
    const reply = await emu.graphFetch(`/me/events/${encodeURIComponent(mine.id)}`);
    expect(reply.status).toBe(200);
    expect(reply.json<Event>().start).toEqual(mine.start);
    expect((await emu.graphFetch(`/me/events/${encodeURIComponent(mine.id)}`, { as: CHAIR })).status).toBe(404);
  });
});

describe('demo meetings', () => {
  it('has the agenda as an HTML numbered list, a room resource and an external guest', async () => {
    const event = await todaysSteering();
    expect(event.body.content).toContain('<ol><li>Mötets öppnande</li>');
    expect(event.body.content).toContain('Budget 2027, Göran Öberg');
    expect(event.attendees.some((attendee) => attendee.type === 'resource')).toBe(true);
    expect(event.attendees.some((attendee) => attendee.emailAddress.address.endsWith('@extern.example'))).toBe(true);
    expect(new Set(event.attendees.map((attendee) => attendee.status.response))).toEqual(
      new Set(['accepted', 'tentativelyAccepted', 'declined', 'none']),
    );
  });

  it('has a forum with 40 invitees, a meeting naming a departed user and one without attendees', async () => {
    const { items } = await allPages<Event>(emu, `/me/calendarView?${window(0, 14)}`);
    expect(items.find((event) => event.subject === 'Samverkansforum närvård')?.attendees).toHaveLength(40);
    const departed = items.find((event) => event.subject === 'Avstämning läkemedelsgenomgångar');
    const address = departed?.attendees[0]?.emailAddress.address ?? '';
    expect((await emu.graphFetch(`/users/${address}`)).status).toBe(404);
    expect(items.find((event) => event.subject === 'Förberedelse styrgrupp')?.attendees).toEqual([]);
  });
});

describe('meeting chat and attendance', () => {
  it('resolves the meeting chat to the organizer’s event (null for Outlook-scheduled meetings by default); members only', async () => {
    const event = await todaysSteering();
    const chatId = decodeURIComponent(/meetup-join\/([^/]+)\//.exec(event.onlineMeeting?.joinUrl ?? '')?.[1] ?? '');
    expect(chatId).toMatch(/^19:meeting_.+@thread\.v2$/);
    const chat = (await emu.graphFetch(`/chats/${encodeURIComponent(chatId)}`, { as: CHAIR })).json<{
      chatType: string;
      onlineMeetingInfo: { calendarEventId: string | null; joinWebUrl: string };
    }>();
    expect(chat.chatType).toBe('meeting');
    expect(chat.onlineMeetingInfo.calendarEventId).toBeNull();
    await emu.control('/_emulator/modes', { outlookMeetingChats: false });
    const named = (await emu.graphFetch(`/chats/${encodeURIComponent(chatId)}`, { as: CHAIR })).json<typeof chat>();
    await emu.control('/_emulator/modes', { outlookMeetingChats: true });
    expect(named.onlineMeetingInfo.calendarEventId).toBe(event.seriesMasterId);
    expect(chat.onlineMeetingInfo.joinWebUrl).toBe(event.onlineMeeting?.joinUrl);
    expect((await emu.graphFetch(`/chats/${encodeURIComponent('19:meeting_nope@thread.v2')}`)).status).toBe(404);
    const psykisk = (await allPages<Event>(emu, `/me/calendarView?${window(-70, 70)}`)).items.find(
      (candidate) => candidate.subject === 'Uppdragsgrupp Psykisk hälsa',
    );
    const otherChat = decodeURIComponent(
      /meetup-join\/([^/]+)\//.exec(psykisk?.onlineMeeting?.joinUrl ?? '')?.[1] ?? '',
    );
    expect((await emu.graphFetch(`/chats/${encodeURIComponent(otherChat)}`, { as: MEMBER })).status).toBe(403);
  });

  it('gives the organizer attendance reports; records only with $expand; others get 403', async () => {
    const event = await todaysSteering();
    const joinUrl = event.onlineMeeting?.joinUrl ?? '';
    const meetings = (
      await emu.graphFetch(`/me/onlineMeetings?$filter=${encodeURIComponent(`JoinWebUrl eq '${joinUrl}'`)}`)
    ).json<{ value: { id: string }[] }>().value;
    expect(meetings).toHaveLength(1);
    const meetingId = meetings[0]?.id ?? '';
    const reports = (await emu.graphFetch(`/me/onlineMeetings/${meetingId}/attendanceReports`)).json<{
      value: { id: string; attendanceRecords: unknown[] }[];
    }>().value;
    expect(reports).toHaveLength(2);
    expect(reports.every((report) => report.attendanceRecords.length === 0)).toBe(true);
    const report = (
      await emu.graphFetch(
        `/me/onlineMeetings/${meetingId}/attendanceReports/${reports[0]?.id ?? ''}?$expand=attendanceRecords`,
      )
    ).json<{
      attendanceRecords: {
        emailAddress: string;
        totalAttendanceInSeconds: number;
        identity: { displayName: string };
        role: string;
      }[];
    }>();
    expect(report.attendanceRecords.length).toBeGreaterThan(3);
    expect(typeof report.attendanceRecords[0]?.emailAddress).toBe('string');
    expect(report.attendanceRecords.every((record) => record.totalAttendanceInSeconds > 0)).toBe(true);
    expect((await emu.graphFetch(`/me/onlineMeetings/${meetingId}/attendanceReports`, { as: CHAIR })).status).toBe(403);
  });
});
