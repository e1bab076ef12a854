// The calendar event as the side panel shows it while the record opens (issue 17): the first round trip already has
// it, while the attendees' organisations, the group's settings and the saved record take three more.
import { invitedList } from '../../domain/attendees';
import type { CalendarEvent } from '../../graph/gateways';
import type { MeetingPreview } from '../../contracts/records';
import { inviteesOf } from './meetingRef';

/** The invitees as the attendee list will have them before the directory is asked (same people, same order). */
export function meetingPreview(event: CalendarEvent): MeetingPreview {
  return {
    subject: event.subject,
    start: event.start,
    end: event.end,
    invitees: invitedList(event.organizer, inviteesOf(event)),
  };
}
