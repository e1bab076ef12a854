import { describe, expect, it } from 'vitest';
import {
  absentAttendees,
  attendeeLine,
  buildAttendees,
  invitedKey,
  invitedList,
  presenceByAttendee,
  presentAttendees,
  sortAttendees,
} from '../../src/domain/attendees';
import type { DirectoryProfile } from '../../src/domain/attendees';
import type { RosterMember } from '../../src/domain/model';
import { attendee } from './fixtures';

const profiles = new Map<string, DirectoryProfile | null>([
  [
    'goran.oberg@samverkan.example',
    { id: 'u1', displayName: 'Göran Öberg', companyName: 'Åsby kommun', jobTitle: 'Socialchef' },
  ],
  ['anna.lind@samverkan.example', { id: 'u2', displayName: 'Anna Lind', department: 'Region Norrvik' }],
  ['maria.ek@samverkan.example', { id: 'u3', displayName: 'Maria Ek', companyName: 'Närvårdskontoret' }],
  ['gast@konsult.example', null],
  ['slutat@samverkan.example', null],
]);

const roster: RosterMember[] = [
  { name: 'Göran Öberg', directoryId: 'u1', roles: ['chair'] },
  { name: 'Maria Ek', email: 'maria.ek@samverkan.example', organisation: 'Närvårdskontoret', roles: ['secretary'] },
  { name: 'Eva Holm', directoryId: 'u9', organisation: 'Lindö kommun', roles: ['member'] },
];

function build() {
  return buildAttendees({
    organizer: { name: 'Maria Ek', address: 'maria.ek@samverkan.example' },
    invitees: [
      { name: 'Göran Öberg', address: 'Goran.Oberg@samverkan.example', type: 'required', response: 'accepted' },
      { name: 'Anna Lind', address: 'anna.lind@samverkan.example', type: 'optional', response: 'declined' },
      { name: 'MARIA EK', address: 'MARIA.EK@samverkan.example', type: 'required', response: 'organizer' },
      { name: 'Sal Ängen', address: 'sal.angen@samverkan.example', type: 'resource', response: 'accepted' },
      { name: 'Kim Konsult', address: 'gast@konsult.example', type: 'required', response: 'none' },
      { name: 'Former Colleague', address: 'slutat@samverkan.example', type: 'required', response: 'none' },
    ],
    profiles,
    roster,
    tenantDomains: ['samverkan.example'],
  });
}

describe('buildAttendees', () => {
  const list = build();
  const byName = (name: string) => list.find((a) => a.name === name);

  it("includes the organizer once, merges duplicates by e-mail, excludes resources and keeps the group's order", () => {
    // Standing members as the roster lists them (the group's own order), then the others in invite order.
    expect(list.map((a) => a.name)).toEqual([
      'Göran Öberg',
      'Maria Ek',
      'Eva Holm',
      'Anna Lind',
      'Kim Konsult',
      'Former Colleague',
    ]);
    expect(byName('Maria Ek')).toMatchObject({ source: 'organizer', roles: ['secretary'], key: 'u3' });
  });

  it('takes identity and organisation from the profile and roles from the roster', () => {
    expect(byName('Göran Öberg')).toMatchObject({
      directoryId: 'u1',
      organisation: 'Åsby kommun',
      jobTitle: 'Socialchef',
      roles: ['chair'],
      external: false,
      presence: { kind: 'expected' },
    });
    expect(byName('Anna Lind')).toMatchObject({
      organisation: 'Region Norrvik',
      roles: [],
      presence: { kind: 'absenceAnnounced' },
    });
  });

  it('marks unknown outside addresses as external guests', () => {
    expect(byName('Kim Konsult')).toMatchObject({
      external: true,
      roles: ['guest'],
      key: 'gast@konsult.example',
      email: 'gast@konsult.example',
    });
    expect(byName('Kim Konsult')?.directoryId).toBeUndefined();
  });

  it('keeps a former user of the own tenant under the invite name: not a guest, not assignable', () => {
    const former = byName('Former Colleague');
    expect(former).toMatchObject({ external: false, roles: [] });
    expect(former?.directoryId).toBeUndefined();
  });

  it('lists standing members who were not invited as absent', () => {
    expect(byName('Eva Holm')).toMatchObject({
      source: 'roster',
      presence: { kind: 'absent' },
      key: 'u9',
      organisation: 'Lindö kommun',
    });
  });
});

describe('sorting and lines', () => {
  it('sorts in Swedish order: å, ä, ö after z', () => {
    const names = ['Ödman', 'Åsa', 'Zelda', 'Öberg', 'Ärla', 'Anders'].map((n, i) => attendee(`k${i}`, n));
    expect(sortAttendees(names).map((a) => a.name)).toEqual(['Anders', 'Zelda', 'Åsa', 'Ärla', 'Öberg', 'Ödman']);
  });

  it('writes organisation and roles, deputies and partial presence', () => {
    expect(attendeeLine(attendee('a', 'Göran Öberg', { organisation: 'Åsby kommun', roles: ['chair'] }), 'sv')).toEqual(
      { name: 'Göran Öberg', detail: 'Åsby kommun, ordförande' },
    );
    expect(
      attendeeLine(
        attendee('b', 'Eva Holm', { organisation: 'Lindö kommun', roles: ['deputy'], deputyFor: 'Per Sund' }),
        'sv',
      ).detail,
    ).toBe('Lindö kommun, ersättare för Per Sund');
    expect(
      attendeeLine(
        attendee('c', 'Per Sund', { roles: ['member'], presence: { kind: 'partial', fromNumber: 14, toNumber: 16 } }),
        'sv',
      ).detail,
    ).toBe('närvarande §§ 14–16');
    expect(
      attendeeLine(
        attendee('d', 'Per Sund', { presence: { kind: 'partial', fromNumber: 3, toNumber: 5 } }),
        'en',
        'anteckningar',
      ).detail,
    ).toBe('present 3–5');
    expect(attendeeLine(attendee('e', 'Anna Lind', { presence: { kind: 'absenceAnnounced' } }), 'sv').detail).toBe(
      'anmält frånvaro',
    );
  });

  it('counts expected as present and announced absence as absent', () => {
    const people = [
      attendee('a', 'A', { presence: { kind: 'expected' } }),
      attendee('b', 'B', { presence: { kind: 'absenceAnnounced' } }),
      attendee('c', 'C', { presence: { kind: 'absent' } }),
      attendee('d', 'D', { presence: { kind: 'partial', fromNumber: 1, toNumber: 2 } }),
    ];
    expect(presentAttendees(people).map((a) => a.name)).toEqual(['A', 'D']);
    expect(absentAttendees(people).map((a) => a.name)).toEqual(['B', 'C']);
  });
});

describe('buildAttendees across tenants', () => {
  it('shows a B2B guest (found by the home address) as a guest account, assignable; a bare address as external', () => {
    const list = buildAttendees({
      organizer: { name: 'Maria Ek', address: 'maria.ek@samverkan.example' },
      invitees: [
        { name: 'Birgitta Nordin', address: 'birgitta.nordin@lindo.example', type: 'required', response: 'accepted' },
        { name: 'Eva Sund', address: 'eva.sund@lindo.example', type: 'required', response: 'none' },
      ],
      profiles: new Map<string, DirectoryProfile | null>([
        ['maria.ek@samverkan.example', { id: 'u3', displayName: 'Maria Ek', userType: 'Member' }],
        [
          'birgitta.nordin@lindo.example',
          { id: 'g1', displayName: 'Birgitta Nordin', companyName: 'Lindö kommun', userType: 'Guest' },
        ],
        ['eva.sund@lindo.example', null],
      ]),
      roster: [],
      tenantDomains: ['samverkan.example'],
    });
    const byName = (name: string) => list.find((a) => a.name === name);
    expect(byName('Birgitta Nordin')).toMatchObject({ directoryId: 'g1', external: false, guestAccount: true });
    expect(byName('Eva Sund')).toMatchObject({ external: true, roles: ['guest'] });
    expect(byName('Eva Sund')?.guestAccount).toBeUndefined();
    expect(byName('Maria Ek')?.guestAccount).toBeUndefined();
  });
});

describe('the invitees before the record is open', () => {
  const invitees = [
    { name: 'Göran Öberg', address: 'Goran.Oberg@samverkan.example ', type: 'required' as const, response: 'none' },
    { name: 'Sal 3', address: 'sal3@samverkan.example', type: 'resource' as const, response: 'accepted' },
    { name: 'Anna Lind', address: 'anna.lind@samverkan.example', type: 'optional' as const, response: 'none' },
    { name: 'Maria Ek', address: 'maria.ek@samverkan.example', type: 'required' as const, response: 'none' },
    { name: 'Eva Holm', type: 'required' as const, response: 'none' },
  ];
  const organizer = { name: 'Maria Ek', address: 'MARIA.EK@samverkan.example' };

  it('lists the organizer first, then the people invited, once each, without rooms', () => {
    expect(invitedList(organizer, invitees)).toEqual([
      { name: 'Maria Ek', email: 'MARIA.EK@samverkan.example' },
      { name: 'Göran Öberg', email: 'Goran.Oberg@samverkan.example' },
      { name: 'Anna Lind', email: 'anna.lind@samverkan.example' },
      { name: 'Eva Holm' },
    ]);
  });

  it('carries presence ticked on them to the attendees with the same address, or the same name without one', () => {
    const ticked = new Map([
      [invitedKey({ name: 'Göran Öberg', email: 'Goran.Oberg@samverkan.example' }), true],
      [invitedKey({ name: 'Anna Lind', email: 'anna.lind@samverkan.example' }), false],
      [invitedKey({ name: ' eva holm' }), true],
      [invitedKey({ name: 'Nils Nyman', email: 'nils@elsewhere.example' }), true],
    ]);
    const goran = attendee('a1', 'Göran Öberg (Socialchef)', { email: 'goran.oberg@samverkan.example' });
    const anna = attendee('a2', 'Anna Lind', { email: 'anna.lind@samverkan.example' });
    const eva = attendee('a3', 'Eva Holm');
    const evaElsewhere = attendee('a4', 'Eva Holm', { email: 'eva.holm@lindo.example' });
    expect(presenceByAttendee([goran, anna, eva, evaElsewhere], ticked)).toEqual(
      new Map([
        [goran.key, true],
        [anna.key, false],
        [eva.key, true],
      ]),
    );
  });
});
