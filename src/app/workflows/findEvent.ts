// The calendar event a record is for. A Teams meeting chat names the series master of a recurring meeting, and a
// join URL is shared by every occurrence: both must come to the occurrence that is on now, never the master (whose
// date is the series' first meeting, so its record would land on the wrong day).
import type { CalendarEvent, Gateways } from '../../graph/gateways';
import type { OpenTarget } from '../../contracts/records';

const HOUR = 60 * 60 * 1000;

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

async function eventForTarget(gateways: Gateways, target: OpenTarget, now: Date): Promise<CalendarEvent | undefined> {
  if (target.kind === 'event') return gateways.calendar.getEvent(target.eventId);
  if (target.kind !== 'teamsMeeting') return undefined;
  const eventId = target.chatId
    ? await gateways.calendar.eventIdForChat(target.chatId).catch(() => undefined)
    : undefined;
  if (eventId) {
    const event = await gateways.calendar.getEvent(eventId);
    if (event) return event;
  }
  return target.joinUrl ? occurrenceNear(gateways, target.joinUrl, now) : undefined;
}

export async function findEvent(gateways: Gateways, target: OpenTarget, now: Date): Promise<CalendarEvent | undefined> {
  const event = await eventForTarget(gateways, target, now);
  if (event?.type !== 'seriesMaster' || !event.joinUrl) return event;
  return (await occurrenceNear(gateways, event.joinUrl, now)) ?? event;
}
