// The calendar event as the record refers to it.
import type { Invitee } from '../../domain/attendees';
import type { MeetingRef } from '../../domain/model';
import type { CalendarEvent } from '../../graph/gateways';

/** The event's attendees as the domain's attendee list takes them. */
export function inviteesOf(event: CalendarEvent): Invitee[] {
  return event.attendees.map((a) => ({
    name: a.emailAddress.name,
    address: a.emailAddress.address,
    type: a.type,
    response: a.response,
  }));
}

export function meetingRefOf(event: CalendarEvent): MeetingRef {
  return {
    eventId: event.id,
    ...(event.seriesMasterId ? { seriesMasterId: event.seriesMasterId } : {}),
    ...(event.iCalUId ? { iCalUId: event.iCalUId } : {}),
    ...(event.joinUrl ? { joinUrl: event.joinUrl } : {}),
    subject: event.subject,
    start: event.start,
    end: event.end,
    ...(event.location ? { location: event.location } : {}),
    ...(event.organizer
      ? {
          organizer: {
            name: event.organizer.name,
            ...(event.organizer.address ? { email: event.organizer.address } : {}),
          },
        }
      : {}),
  };
}

/** A meeting the calendar could not give us (channel meeting, Meet now): the record still gets written. */
export function unknownMeeting(now: Date, subject: string): MeetingRef {
  const start = new Date(now);
  start.setMinutes(0, 0, 0);
  const end = new Date(start.getTime() + 60 * 60 * 1000);
  return { eventId: `manual-${start.toISOString()}`, subject, start: start.toISOString(), end: end.toISOString() };
}
