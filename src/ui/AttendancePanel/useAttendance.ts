// What the attendance panel does with the record: presence, roles and role words, organisation, order, removal,
// people added by hand or pasted, the meeting's attendance report, and remembering all of it for the group.
import { useMemo, useState } from 'react';
import { isPresent } from '../../domain/attendees';
import {
  addPastedPeople,
  listedAttendees,
  moveAttendee,
  readPastedPeople,
  removeAttendee,
  setAttendeeOrder,
} from '../../domain/attendanceList';
import {
  addAttendee,
  markJoined,
  setPresence,
  setRoles,
  updateAttendee,
  type AttendeePatch,
} from '../../domain/editing';
import { itemNumber, lastNumber } from '../../domain/numbering';
import type { Attendee, AttendeeOrder, Role } from '../../domain/model';
import type { RecordSession } from '../../contracts/records';
import { useStrings } from '../i18n/StringsContext';
import { failureText } from '../i18n/failureText';
import type { Edit } from '../RecordSession/edit';
import { useServices } from '../ServicesContext';
import { presenceFromChoice, type PresenceChoice } from './presenceOptions';
import { sameAddress } from '../../domain/emailKey';

function presenceCounts(attendees: readonly Attendee[]) {
  return {
    present: attendees.filter((a) => isPresent(a.presence) && a.presence.kind !== 'expected').length,
    absent: attendees.filter((a) => !isPresent(a.presence)).length,
    expected: attendees.filter((a) => a.presence.kind === 'expected').length,
  };
}

export function useAttendance(session: RecordSession, onEdit: (edit: Edit) => void) {
  const strings = useStrings();
  const services = useServices();
  const minutes = session.minutes;
  const [query, setQuery] = useState('');
  const [note, setNote] = useState<string | undefined>();
  const listed = useMemo(() => listedAttendees(minutes), [minutes]);
  const attendees = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase('sv');
    return needle
      ? listed.filter((a) => `${a.name} ${a.organisation ?? ''}`.toLocaleLowerCase('sv').includes(needle))
      : listed;
  }, [listed, query]);
  const wholeMeeting = { fromNumber: itemNumber(minutes, 0), toNumber: lastNumber(minutes) };

  const presence = (attendee: Attendee, choice: PresenceChoice) =>
    onEdit((m, now) => setPresence(m, attendee.key, presenceFromChoice(choice, wholeMeeting), now));

  // The group remembers who chairs, keeps the minutes and adjusts, and the list's order: next meeting they arrive so.
  const remember = (saving: Promise<unknown>, done: string) =>
    void saving.then(
      () => setNote(done),
      (error: unknown) => setNote(failureText(error, strings)),
    );

  return {
    minutes,
    listed,
    attendees,
    query,
    setQuery,
    note,
    counts: presenceCounts(minutes.attendees),
    wholeMeeting,
    presence,
    /** The side panel's one-tap switch: present, or back to absent (an announced absence stays announced). */
    setPresent: (attendee: Attendee, present: boolean) =>
      presence(
        attendee,
        present ? 'present' : attendee.presence.kind === 'absenceAnnounced' ? 'absenceAnnounced' : 'absent',
      ),
    partial: (attendee: Attendee, range: { fromNumber: number; toNumber: number }) => {
      if (!Number.isInteger(range.fromNumber) || !Number.isInteger(range.toNumber) || range.fromNumber > range.toNumber)
        return;
      onEdit((m, now) => setPresence(m, attendee.key, { kind: 'partial', ...range }, now));
    },
    role: (attendee: Attendee, role: Role) => {
      const roles: Role[] = role === 'member' ? [] : [role];
      onEdit((m, now) => setRoles(m, attendee.key, roles, now));
      const next = setRoles(minutes, attendee.key, roles, new Date());
      remember(services.rememberRoles({ ...session, minutes: next }), strings.rolesRemembered);
    },
    update: (attendee: Attendee, patch: AttendeePatch) =>
      onEdit((m, now) => updateAttendee(m, attendee.key, patch, now)),
    move: (attendee: Attendee, toIndex: number) => onEdit((m, now) => moveAttendee(m, attendee.key, toIndex, now)),
    remove: (attendee: Attendee) => onEdit((m, now) => removeAttendee(m, attendee.key, now)),
    order: (order: AttendeeOrder) => onEdit((m, now) => setAttendeeOrder(m, order, now)),
    rememberList: () => remember(services.rememberList(session), strings.orderRemembered),
    addPerson: (person: { name: string; organisation?: string; directoryId?: string; email?: string }) => {
      // Someone already on the list (by directory id or address) is not added twice: the record keys people so.
      const listed = (a: (typeof minutes.attendees)[number]) =>
        (person.directoryId !== undefined && a.directoryId === person.directoryId) ||
        sameAddress(a.email, person.email);
      if (minutes.attendees.some(listed)) return;
      onEdit((m, now) => addAttendee(m, person, now));
    },
    paste: (text: string) => {
      const pasted = readPastedPeople(text);
      if (pasted.people.length > 0) onEdit((m, now) => addPastedPeople(m, pasted, now));
      setNote(strings.pastedPeople(pasted.people.length, pasted.unread));
      return pasted.people.length > 0;
    },
    report: async () => {
      const joined = await services.joinedMeeting(session).catch(() => undefined);
      if (!joined) {
        setNote(strings.reportUnavailable);
        return;
      }
      const { marked } = markJoined(minutes, joined, new Date());
      onEdit((m, now) => markJoined(m, joined, now).minutes);
      setNote(strings.markedFromReport(marked));
    },
  };
}

export type AttendanceActions = ReturnType<typeof useAttendance>;
