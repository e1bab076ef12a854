// The attendance list as the group keeps it: people removed, moved by hand, or pasted as whole lines from last
// time's record. A move fixes the list's order as it is shown: from then on the record prints it as listed.
import { findRosterMember, orderAttendees } from './attendees';
import { addAttendee, touch, type ManualAttendee } from './editing';
import { readPersonLine } from './recordImport/people';
import type { AttendeeOrder, GroupSettings, Minutes, RosterMember } from './model';

/** The order the record prints, the style's (by first name for records from before it could be chosen). */
export function attendeeOrderOf(minutes: Pick<Minutes, 'style'>): AttendeeOrder {
  return minutes.style?.attendeeOrder ?? 'firstName';
}

/** The people in the order the record prints them. */
export function listedAttendees(minutes: Pick<Minutes, 'attendees' | 'style'>) {
  return orderAttendees(minutes.attendees, attendeeOrderOf(minutes));
}

/** Orders the list; going to `listed` keeps the order shown so far, so nothing jumps. */
export function setAttendeeOrder(minutes: Minutes, order: AttendeeOrder, now: Date): Minutes {
  return touch(
    minutes,
    { attendees: listedAttendees(minutes), style: { ...minutes.style, attendeeOrder: order } },
    now,
  );
}

/** Moves one person to a place in the list as shown; the record prints the list as listed from then on. */
export function moveAttendee(minutes: Minutes, key: string, toIndex: number, now: Date): Minutes {
  const list = listedAttendees(minutes);
  const from = list.findIndex((a) => a.key === key);
  if (from === -1) throw new Error(`No attendee ${key}`);
  const [moved] = list.splice(from, 1);
  list.splice(Math.max(0, Math.min(toIndex, list.length)), 0, moved!);
  return touch(minutes, { attendees: list, style: { ...minutes.style, attendeeOrder: 'listed' } }, now);
}

/** Takes someone off the record: an invitee who never belonged to the group, a person added by mistake. */
export function removeAttendee(minutes: Minutes, key: string, now: Date): Minutes {
  if (!minutes.attendees.some((a) => a.key === key)) throw new Error(`No attendee ${key}`);
  return touch(minutes, { attendees: minutes.attendees.filter((a) => a.key !== key) }, now);
}

export interface PastedPeople {
  people: (ManualAttendee & { roleLabel?: string; deputyFor?: string; absent: boolean })[];
  /** Lines that are not a person ("Närvarande:", a sentence): shown back, never dropped silently. */
  unread: string[];
}

/** Roster lines as secretaries copy them from last time's record: "Name, Organisation, Role" or tab-separated. */
export function readPastedPeople(text: string): PastedPeople {
  const pasted: PastedPeople = { people: [], unread: [] };
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const read = readPersonLine([{ text: line.trim() }], 'present');
    if (read.kind === 'unread') {
      pasted.unread.push(read.line);
      continue;
    }
    const { name, organisation, roles, roleLabel, deputyFor, presence } = read.person;
    pasted.people.push({
      name,
      roles,
      absent: presence !== 'present',
      ...(organisation ? { organisation } : {}),
      ...(roleLabel ? { roleLabel } : {}),
      ...(deputyFor ? { deputyFor } : {}),
    });
  }
  return pasted;
}

const sameName = (a: string, b: string) => a.localeCompare(b, 'sv', { sensitivity: 'base' }) === 0;

/**
 * Adds the pasted people at the end of the list, present unless the line said otherwise. Someone already on the
 * list by name (an invitee) gets the line's organisation and role words instead of a second row.
 */
export function addPastedPeople(minutes: Minutes, pasted: PastedPeople, now: Date): Minutes {
  return pasted.people.reduce((m, { absent, roleLabel, deputyFor, ...person }) => {
    const existing = m.attendees.find((a) => sameName(a.name, person.name));
    const withPerson = existing ? m : addAttendee(m, person, now);
    const key = existing?.key ?? withPerson.attendees.at(-1)!.key;
    const details = {
      ...(person.organisation ? { organisation: person.organisation } : {}),
      ...(person.roles?.length ? { roles: person.roles } : {}),
      ...(roleLabel ? { roleLabel } : {}),
      ...(deputyFor ? { deputyFor } : {}),
      ...(absent ? { presence: { kind: 'absent' as const } } : {}),
    };
    return touch(
      withPerson,
      { attendees: withPerson.attendees.map((a) => (a.key === key ? { ...a, ...details } : a)) },
      now,
    );
  }, minutes);
}

/**
 * The record's list as the group's roster: every person on it as a member (a standing member keeps their
 * directory id and address), then members not on this record, in the order they had. The list's order is the
 * group's order unless the record orders by surname.
 */
export function keptList(settings: GroupSettings, minutes: Minutes): GroupSettings {
  const listed = listedAttendees(minutes);
  const members = listed.map((attendee): RosterMember => {
    const member = findRosterMember(settings.roster, attendee);
    return {
      ...member,
      name: attendee.name,
      roles: attendee.roles,
      ...(attendee.directoryId ? { directoryId: attendee.directoryId } : {}),
      ...(attendee.email ? { email: attendee.email } : {}),
      ...(attendee.organisation ? { organisation: attendee.organisation } : {}),
      ...(attendee.roleLabel ? { roleLabel: attendee.roleLabel } : {}),
    };
  });
  const rest = settings.roster.filter((member) => !listed.some((a) => findRosterMember([member], a)));
  const order = attendeeOrderOf(minutes);
  return {
    ...settings,
    roster: [...members, ...rest],
    ...(order === 'firstName' ? {} : { rosterOrder: order === 'surname' ? 'surname' : 'group' }),
    ...(minutes.style?.roleStyle ? { roleStyle: minutes.style.roleStyle } : {}),
  };
}
