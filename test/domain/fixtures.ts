// Fixtures built in code: a small protokoll of a fictional steering group.
import { newItem } from '../../src/domain/factory';
import type { Attendee, GroupSettings, MeetingRef, Minutes } from '../../src/domain/model';

export const NOW = new Date('2026-02-27T15:00:00Z');
export const LATER = new Date('2026-02-27T16:00:00Z');

export const meeting: MeetingRef = {
  eventId: 'evt-1',
  subject: 'Styrgrupp närvård',
  start: '2026-02-27T13:00:00Z',
  end: '2026-02-27T15:00:00Z',
  joinUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
  location: 'Microsoft Teams Meeting',
};

export function group(overrides: Partial<GroupSettings> = {}): GroupSettings {
  return {
    schemaVersion: 2,
    groupId: 'grp-1',
    name: 'Styrgrupp närvård',
    kind: 'protokoll',
    language: 'sv',
    folderPath: 'Protokoll',
    roster: [],
    organisationContacts: {},
    notesApprovers: ['chair'],
    ...overrides,
  };
}

export function attendee(key: string, name: string, overrides: Partial<Attendee> = {}): Attendee {
  return {
    key,
    directoryId: key,
    name,
    roles: [],
    presence: { kind: 'present' },
    external: false,
    source: 'invite',
    ...overrides,
  };
}

export const chair = attendee('u-chair', 'Göran Öberg', {
  roles: ['chair'],
  organisation: 'Åsby kommun',
  email: 'goran.oberg@asby.example',
});
export const adjuster = attendee('u-adj', 'Anna Lind', {
  roles: ['adjuster'],
  organisation: 'Region Norrvik',
  email: 'anna.lind@norrvik.example',
});
export const secretary = attendee('u-sec', 'Maria Ek', { roles: ['secretary'], organisation: 'Närvårdskontoret' });
export const member = attendee('u-mem', 'Per Sund', { roles: ['member'], organisation: 'Lindö kommun' });

export function minutes(overrides: Partial<Minutes> = {}): Minutes {
  return {
    schemaVersion: 2,
    id: 'rec-1',
    meeting,
    group: { id: 'grp-1', name: 'Styrgrupp närvård' },
    kind: 'protokoll',
    language: 'sv',
    title: 'Protokoll Styrgrupp närvård 2026-02-27',
    place: 'Digitalt via Teams',
    firstNumber: 12,
    attendees: [chair, adjuster, secretary, member],
    items: [
      newItem({ id: 'i-open', kind: 'opening', title: 'Mötets öppnande' }),
      newItem({ id: 'i-adj', kind: 'adjuster', title: 'Val av justerare' }),
      newItem({ id: 'i-a', title: 'Budget 2026', presenter: 'Per Sund' }),
      newItem({ id: 'i-b', title: 'Psykisk hälsa' }),
      newItem({ id: 'i-other', kind: 'other', title: 'Övriga frågor' }),
      newItem({ id: 'i-close', kind: 'closing', title: 'Mötets avslutande' }),
    ],
    noteTakers: [],
    status: 'draft',
    revision: 3,
    updatedAt: '2026-02-27T14:00:00.000Z',
    ...overrides,
  };
}
