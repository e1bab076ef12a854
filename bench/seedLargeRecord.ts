// The browser benchmarks need the 40-invitee meeting with a large saved record: 60 items (notes, decisions,
// an assignment each to a directory attendee), saved through the app's workflows so the app opens it as its own.
import type { AssigneeRef, Attendee, Minutes } from '../src/domain/model';
import { recordKeyOf } from '../src/app/records/recordPaths';
import { FORUM, type AppInNode } from './appInNode';
import { largeItems } from './largeRecord';

export interface SeededRecord {
  /** `record=` for the approval surface. */
  recordKey: string;
  /** `event=` for the side panel: the meeting's calendar event. */
  eventId: string;
  attendees: number;
  items: number;
}

function assigneeOf(attendee: Attendee): AssigneeRef {
  return {
    name: attendee.name,
    ...(attendee.directoryId ? { directoryId: attendee.directoryId } : {}),
    ...(attendee.email ? { email: attendee.email } : {}),
  };
}

function withLargeItems(minutes: Minutes): Minutes {
  const people = minutes.attendees.filter((attendee) => attendee.directoryId && !attendee.external);
  const byName = new Map(people.map((attendee) => [attendee.name, assigneeOf(attendee)]));
  // The fixture's assignees are names; here they become the meeting's directory users, so Planner can assign them.
  const items = largeItems(people.map((attendee) => attendee.name)).map((item) => ({
    ...item,
    assignments: item.assignments.map((assignment) => ({
      ...assignment,
      assignees: assignment.assignees.map((a) => byName.get(a.name) ?? a),
    })),
  }));
  return { ...minutes, items, revision: minutes.revision + 1, updatedAt: new Date().toISOString() };
}

export async function seedLargeRecord(app: AppInNode): Promise<SeededRecord> {
  const event = await app.findMeeting(FORUM);
  const opened = await app.open({ kind: 'event', eventId: event.id });
  const saved = await app.save({ ...opened, minutes: withLargeItems(opened.minutes) });
  return {
    recordKey: recordKeyOf(saved.remote.driveId, saved.remote.path),
    eventId: event.id,
    attendees: saved.minutes.attendees.length,
    items: saved.minutes.items.length,
  };
}
