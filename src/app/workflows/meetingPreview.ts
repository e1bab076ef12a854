// The calendar event as the side panel shows it while the record opens (issue 17): the first round trip already has
// it, while the attendees' organisations, the group's settings and the saved record take three more.
import type { CalendarEvent } from '../../graph/gateways';
import type { MeetingPreview } from '../../contracts/records';
import { emailKey } from '../../domain/emailKey';

export function meetingPreview(event: CalendarEvent): MeetingPreview {
  const people = [
    ...(event.organizer ? [event.organizer] : []),
    ...event.attendees.filter((a) => a.type !== 'resource').map((a) => a.emailAddress),
  ];
  const seen = new Set<string>();
  const invitees = people.flatMap((person) => {
    const key = person.address ? emailKey(person.address) : person.name;
    if (seen.has(key)) return [];
    seen.add(key);
    return [person.name || person.address || ''].filter(Boolean);
  });
  return { subject: event.subject, start: event.start, end: event.end, invitees };
}
