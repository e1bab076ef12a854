import { describe, expect, it } from 'vitest';
import {
  addPastedPeople,
  keptList,
  listedAttendees,
  moveAttendee,
  readPastedPeople,
  removeAttendee,
  setAttendeeOrder,
} from '../../src/domain/attendanceList';
import { updateAttendee } from '../../src/domain/editing';
import { attendee, group as group_, minutes } from './fixtures';

const now = new Date('2026-03-12T15:00:00Z');
const names = (m: ReturnType<typeof minutes>) => listedAttendees(m).map((a) => a.name);

const group = () =>
  minutes({
    attendees: [
      attendee('c', 'Örjan Ek'),
      attendee('a', 'Anna Berg'),
      attendee('b', 'Bo Ahl', { organisation: 'Region' }),
    ],
  });

describe('the attendance list as the group keeps it', () => {
  it('moves a person within the list as shown and prints the list as listed from then on', () => {
    const start = group();
    expect(names(start)).toEqual(['Anna Berg', 'Bo Ahl', 'Örjan Ek']);
    const moved = moveAttendee(start, 'c', 0, now);
    expect(names(moved)).toEqual(['Örjan Ek', 'Anna Berg', 'Bo Ahl']);
    expect(moved.style?.attendeeOrder).toBe('listed');
    expect(names(moveAttendee(moved, 'c', 99, now))).toEqual(['Anna Berg', 'Bo Ahl', 'Örjan Ek']);
  });

  it('orders by surname in Swedish collation, and keeps the shown order when going back to listed', () => {
    const bySurname = setAttendeeOrder(group(), 'surname', now);
    expect(names(bySurname)).toEqual(['Bo Ahl', 'Anna Berg', 'Örjan Ek']);
    const listed = setAttendeeOrder(bySurname, 'listed', now);
    expect(names(listed)).toEqual(['Bo Ahl', 'Anna Berg', 'Örjan Ek']);
  });

  it('removes an invitee', () => {
    expect(names(removeAttendee(group(), 'a', now))).toEqual(['Bo Ahl', 'Örjan Ek']);
    expect(() => removeAttendee(group(), 'zz', now)).toThrow();
  });

  it('reads pasted roster lines, comma or tab separated, and lists what is not a person', () => {
    const pasted = readPastedPeople(
      [
        'Närvarande:',
        'Karin Holm, Lindö kommun, Ordförande',
        'Per Lund\tRegion Väst\tersättare för Eva Ström',
        '',
        'Lisa Nyberg, Åsby kommun',
      ].join('\n'),
    );
    expect(pasted.unread).toEqual(['Närvarande:']);
    expect(pasted.people).toEqual([
      { name: 'Karin Holm', organisation: 'Lindö kommun', roles: ['chair'], roleLabel: 'Ordförande', absent: false },
      {
        name: 'Per Lund',
        organisation: 'Region Väst',
        roles: ['deputy'],
        roleLabel: 'ersättare för Eva Ström',
        deputyFor: 'Eva Ström',
        absent: false,
      },
      { name: 'Lisa Nyberg', organisation: 'Åsby kommun', roles: [], absent: false },
    ]);
  });

  it('adds pasted people at the end, present, and fills in an invitee of the same name instead of a second row', () => {
    const listed = setAttendeeOrder(group(), 'listed', now);
    const added = addPastedPeople(
      listed,
      readPastedPeople('Karin Holm, Lindö kommun, Ordförande\nAnna Berg, Region Öst, Justerare'),
      now,
    );
    expect(names(added)).toEqual(['Anna Berg', 'Bo Ahl', 'Örjan Ek', 'Karin Holm']);
    const karin = added.attendees.find((a) => a.name === 'Karin Holm')!;
    expect(karin).toMatchObject({ organisation: 'Lindö kommun', roles: ['chair'], roleLabel: 'Ordförande' });
    expect(karin.presence).toEqual({ kind: 'present' });
    expect(karin.source).toBe('manual');
    expect(added.attendees.find((a) => a.key === 'a')).toMatchObject({
      organisation: 'Region Öst',
      roles: ['adjuster'],
    });
    expect(added.attendees).toHaveLength(4);
  });
});

describe('keptList', () => {
  it('keeps the record’s list as the roster: its order, organisation and role words, then members not on it', () => {
    const settings = {
      ...group_(),
      roster: [
        { name: 'Anna Berg', roles: [] },
        { name: 'Sven Frånvarande', roles: [] },
      ],
    };
    const listed = moveAttendee(
      updateAttendee(group(), 'c', { organisation: 'Lindö kommun', roleLabel: 'Ordförande', roles: ['chair'] }, now),
      'c',
      0,
      now,
    );
    const kept = keptList(settings, listed);
    expect(kept.roster.map((m) => m.name)).toEqual(['Örjan Ek', 'Anna Berg', 'Bo Ahl', 'Sven Frånvarande']);
    expect(kept.roster[0]).toMatchObject({ organisation: 'Lindö kommun', roleLabel: 'Ordförande', roles: ['chair'] });
    expect(kept.rosterOrder).toBe('group');
    expect(keptList(settings, setAttendeeOrder(listed, 'surname', now)).rosterOrder).toBe('surname');
  });
});
