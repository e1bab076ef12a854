// Round trips for the first save of a record with 15 assignments to directory users: Planner (bucket, tasks,
// details), the JSON source and the Word document, through the app's saveRecord workflow.
import { addAssignment, addItem } from '../src/domain/editing';
import type { Minutes } from '../src/domain/model';
import type { RecordSession } from '../src/contracts/records';
import type { AppInNode } from './appInNode';
import type { EmulatorControl } from './emulatorControl';
import { measureRoundTrips } from './openRoundTrips';
import type { RoundTrips } from './roundTrips';
import type { BenchResult } from './table';

const ASSIGNMENTS = 15;

/** One new item carrying 15 assignments, each to a different attendee who is in the directory. */
function withAssignments(minutes: Minutes, now: Date): Minutes {
  const people = minutes.attendees.filter((attendee) => attendee.directoryId && !attendee.external);
  if (people.length < ASSIGNMENTS) throw new Error(`Only ${people.length} attendees are directory users`);
  let edited = addItem(minutes, { title: 'Uppdrag från samverkansforum' }, now);
  const itemId = edited.items.find((item) => item.title === 'Uppdrag från samverkansforum')?.id ?? '';
  people.slice(0, ASSIGNMENTS).forEach((person, index) => {
    const assignee = {
      name: person.name,
      directoryId: person.directoryId,
      ...(person.email ? { email: person.email } : {}),
    };
    edited = addAssignment(
      edited,
      itemId,
      { text: `Uppdrag ${index + 1}: återkoppla till forumet`, assignees: [assignee], due: '2027-03-01' },
      now,
    );
  });
  return edited;
}

export async function saveRoundTrips(
  app: AppInNode,
  emulator: EmulatorControl,
  opened: RecordSession,
): Promise<{ result: BenchResult; trips: RoundTrips }> {
  const session = { ...opened, minutes: withAssignments(opened.minutes, new Date()) };
  const trips = await measureRoundTrips(emulator, () => app.save(session));
  return {
    trips,
    result: {
      name: `save with ${ASSIGNMENTS} assignments (round trips)`,
      value: trips.sequential,
      unit: 'trips',
      budget: '≤ 6',
      baseline: `${trips.naive} naive`,
    },
  };
}
