// Which meeting a record belongs to: the key of its draft on the device, and how a file in the group's folder is
// recognised as this meeting's whatever it is named. Pure, so the records store and the workflows share one rule.
import { recordDate } from './format';
import type { MeetingRef } from './model';

/**
 * One record per meeting occurrence. iCalUId is shared by every attendee's copy (event ids differ per mailbox), but
 * Graph also shares it across every occurrence of a series: an occurrence adds its date, as the record's file name does.
 */
export function meetingKey(meeting: MeetingRef): string {
  if (!meeting.iCalUId) return meeting.eventId;
  return meeting.seriesMasterId ? `${meeting.iCalUId}/${recordDate(meeting.start)}` : meeting.iCalUId;
}

/** Whether a record found in the folder is this meeting's: two meetings of a group can share a day. */
export function sameMeeting(a: MeetingRef, b: MeetingRef): boolean {
  return a.eventId === b.eventId || meetingKey(a) === meetingKey(b);
}
