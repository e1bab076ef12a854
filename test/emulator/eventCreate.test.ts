// POST /me/events (https://learn.microsoft.com/graph/api/user-post-events): Calendars.ReadWrite, 201 with the event,
// the time read in the zone given, and an invitation (a copy with the same iCalUId) in each invitee's mailbox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_SCOPES, CHAIR, SECRETARY, startTestEmulator, type TestEmulator } from './support';

const NOW = new Date('2026-03-16T09:00:00Z');
const WRITE = [...APP_SCOPES, 'Calendars.ReadWrite'];

interface Event {
  id: string;
  iCalUId: string;
  subject: string;
  start: { dateTime: string; timeZone: string };
  responseStatus: { response: string };
}

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator({ now: () => NOW });
});
afterAll(async () => {
  await emu.close();
});

const booking = {
  subject: 'Extra styrgrupp',
  start: { dateTime: '2026-03-16T16:00:00', timeZone: 'Europe/Stockholm' },
  end: { dateTime: '2026-03-16T17:00:00', timeZone: 'W. Europe Standard Time' },
  attendees: [{ emailAddress: { address: 'goran.oberg@samverkan.example', name: 'Göran Öberg' }, type: 'required' }],
};

describe('POST /me/events', () => {
  it('books the event in the organizer’s calendar and invites the attendees', async () => {
    const created = await emu.graphFetch('/me/events', { as: SECRETARY, scopes: WRITE, method: 'POST', body: booking });
    expect(created.status).toBe(201);
    const event = created.json<Event>();
    expect(event.subject).toBe('Extra styrgrupp');
    // 16.00 in Stockholm (CET) is 15.00 UTC.
    expect(event.start).toEqual({ dateTime: '2026-03-16T15:00:00.0000000', timeZone: 'UTC' });
    expect(event.responseStatus.response).toBe('organizer');
    const chairs = await emu.graphFetch(`/me/events?$filter=iCalUId eq '${event.iCalUId}'`, { as: CHAIR });
    const copies = chairs.json<{ value: Event[] }>().value;
    expect(copies).toHaveLength(1);
    expect(copies[0]?.id).not.toBe(event.id);
    expect(copies[0]?.responseStatus.response).toBe('none');
  });

  it('needs Calendars.ReadWrite, and a start it can read', async () => {
    expect((await emu.graphFetch('/me/events', { as: SECRETARY, method: 'POST', body: booking })).status).toBe(403);
    const bad = await emu.graphFetch('/me/events', {
      as: SECRETARY,
      scopes: WRITE,
      method: 'POST',
      body: { ...booking, start: { dateTime: 'tomorrow', timeZone: 'Europe/Stockholm' } },
    });
    expect(bad.status).toBe(400);
  });
});
