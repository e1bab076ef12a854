// The calendar event a record is for, always the secretary's own copy and the occurrence meant, never a series master
// (whose date is the series' first meeting, so its record would land on the wrong day).
//
// Teams: a meeting chat's `calendarEventId` names the organizer's mailbox, so it is useless to anyone else, and it is
// often null for meetings scheduled in Outlook; the chat's join URL is always there and is shared by every copy and
// occurrence. So the event is the secretary's own copy found by join URL in their calendar around now.
// Outlook: classic Outlook on Windows may hand the add-in the series master's id for an occurrence (office-js#3117);
// the invite's own start time says which occurrence.
import type { CalendarEvent, Gateways } from '../../graph/gateways';
import type { OpenTarget } from '../../contracts/records';

const HOUR = 60 * 60 * 1000;
const MINUTE = 60 * 1000;

/** Today's occurrence first (a daily series has one per day), else the nearest within a week. */
async function occurrenceNear(gateways: Gateways, joinUrl: string, now: Date): Promise<CalendarEvent | undefined> {
  const around = (hours: number) => ({
    start: new Date(now.getTime() - hours * HOUR),
    end: new Date(now.getTime() + hours * HOUR),
  });
  return (
    (await gateways.calendar.findByJoinUrl(joinUrl, around(12))) ??
    gateways.calendar.findByJoinUrl(joinUrl, around(7 * 24))
  );
}

/** The occurrence of `master` that starts at `start` (the invite's own start), from the secretary's calendar. */
async function occurrenceAt(
  gateways: Gateways,
  master: CalendarEvent,
  start: string,
): Promise<CalendarEvent | undefined> {
  const at = Date.parse(start);
  if (Number.isNaN(at)) return undefined;
  const events = await gateways.calendar.listEvents({ start: new Date(at - MINUTE), end: new Date(at + MINUTE) });
  return events.find((event) => event.seriesMasterId === master.id && Date.parse(event.start) === at);
}

async function teamsMeetingEvent(
  gateways: Gateways,
  target: Extract<OpenTarget, { kind: 'teamsMeeting' }>,
  now: Date,
): Promise<CalendarEvent | undefined> {
  const chat = target.chatId ? await gateways.calendar.meetingChat(target.chatId).catch(() => undefined) : undefined;
  const joinUrl = target.joinUrl ?? chat?.joinUrl;
  const own = joinUrl ? await occurrenceNear(gateways, joinUrl, now) : undefined;
  if (own) return own;
  // Only the organizer's mailbox knows this id; for anyone else it is a 404.
  return chat?.calendarEventId ? gateways.calendar.getEvent(chat.calendarEventId) : undefined;
}

async function eventForTarget(gateways: Gateways, target: OpenTarget, now: Date): Promise<CalendarEvent | undefined> {
  if (target.kind === 'event') return gateways.calendar.getEvent(target.eventId);
  if (target.kind === 'teamsMeeting') return teamsMeetingEvent(gateways, target, now);
  return undefined;
}

export async function findEvent(gateways: Gateways, target: OpenTarget, now: Date): Promise<CalendarEvent | undefined> {
  const event = await eventForTarget(gateways, target, now);
  if (event?.type !== 'seriesMaster') return event;
  const invited =
    target.kind === 'event' && target.start ? await occurrenceAt(gateways, event, target.start) : undefined;
  if (invited) return invited;
  return (event.joinUrl ? await occurrenceNear(gateways, event.joinUrl, now) : undefined) ?? event;
}
