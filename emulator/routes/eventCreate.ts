// POST /me/events: the signed-in user books a meeting in their own calendar. Exchange sends the invitations, so each
// invitee with a mailbox here gets a copy of their own (own id, same iCalUId), unanswered.
// https://learn.microsoft.com/graph/api/user-post-events: Calendars.ReadWrite, 201 Created with the event.
import { eventView } from '../calendar/eventView.js';
import { masterInstance } from '../calendar/occurrences.js';
import { resolveZone, zonedToUtc } from '../calendar/timeZones.js';
import { badRequest } from '../http/graphError.js';
import { json, type GraphResponse } from '../http/types.js';
import { contextUrl } from '../routing/odata.js';
import type { GraphContext } from '../routing/context.js';
import { exchangeId, guid } from '../state/ids.js';
import type { AttendeeRecord, EventRecord } from '../state/types.js';
import { readJson } from './body.js';

interface DateTimeTimeZone {
  dateTime?: string;
  timeZone?: string;
}

interface EventBody {
  subject?: string;
  body?: { contentType?: string; content?: string };
  start?: DateTimeTimeZone;
  end?: DateTimeTimeZone;
  location?: { displayName?: string };
  attendees?: { emailAddress?: { address?: string; name?: string }; type?: AttendeeRecord['type'] }[];
  isOnlineMeeting?: boolean;
}

/** A dateTimeTimeZone as the instant it names; Graph reads a dateTime without a zone as UTC. */
function instantOf(value: DateTimeTimeZone | undefined, name: string): Date {
  const clock = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)/.exec(value?.dateTime ?? '');
  const zone = resolveZone(value?.timeZone ?? 'UTC');
  if (!clock || !zone) throw badRequest('ErrorInvalidRequest', `The property '${name}' has an invalid value.`);
  const [year, month, day, hour, minute] = clock.slice(1).map(Number) as [number, number, number, number, number];
  return zonedToUtc(year, month, day, hour, minute, zone);
}

export function createEvent(context: GraphContext): GraphResponse {
  const body = readJson<EventBody>(context.request);
  const start = instantOf(body.start, 'start');
  const end = instantOf(body.end, 'end');
  if (end < start) throw badRequest('ErrorInvalidRequest', 'The end of the event is before its start.');
  const state = context.store.state;
  // Counted like every object the emulator creates: the same bookings give the same ids in every run.
  state.issued = (state.issued ?? 0) + 1;
  const key = `created:${state.issued}`;
  const attendees: AttendeeRecord[] = (body.attendees ?? []).map((attendee) => ({
    type: attendee.type ?? 'required',
    name: attendee.emailAddress?.name ?? attendee.emailAddress?.address ?? '',
    address: attendee.emailAddress?.address ?? '',
    response: 'none',
    responseTime: '0001-01-01T00:00:00Z',
  }));
  const copy = (ownerId: string, response: EventRecord['response']): EventRecord => ({
    id: exchangeId(`event:${key}:${ownerId}`),
    ownerId,
    iCalUId: `040000008200E00074C5B7101A82E008000000${guid(`ical:${key}`).replace(/-/g, '').toUpperCase()}`,
    subject: body.subject ?? '',
    bodyHtml: body.body?.content ?? '',
    start: start.toISOString(),
    end: end.toISOString(),
    location: body.location?.displayName ?? '',
    isOnlineMeeting: body.isOnlineMeeting ?? false,
    organizer: { name: context.user.displayName, address: context.user.mail },
    attendees,
    response,
    isCancelled: false,
    createdDateTime: context.now.toISOString(),
  });
  const invited = new Set(attendees.filter((a) => a.type !== 'resource').map((a) => a.address.toLowerCase()));
  const mailboxes = state.users.filter(
    (user) => !user.deleted && user.id !== context.user.id && invited.has(user.mail.toLowerCase()),
  );
  const own = copy(context.user.id, 'organizer');
  state.events.push(own, ...mailboxes.map((user) => copy(user.id, 'none')));
  context.store.changed();
  return json(
    {
      '@odata.context': contextUrl(context, `users('${context.user.id}')/events/$entity`),
      ...eventView(masterInstance(own), { iana: 'UTC', label: 'UTC' }, true),
    },
    201,
  );
}
