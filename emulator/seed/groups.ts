// The four collaboration groups (Microsoft 365 groups with a team), their standing members and roles.
import type { RecordKind, Role } from '../../src/domain/model.js';
import type { UserRecord } from '../state/types.js';
import { DEPARTED, MUNICIPALITY, PERSONAS, colleagues, externalGuest, guestOf } from './people.js';
import { HOST_TENANT } from '../state/tenants.js';

export interface RosterEntry {
  /** The member's object in the host tenant's directory: a member, or the B2B guest object of someone from elsewhere. */
  user: UserRecord;
  /** For a guest: their own account in their home tenant, whose mailbox gets the invite. */
  home?: UserRecord;
  roles: Role[];
}

/** Someone on the roster with no object in the host tenant: known by address only. */
export interface OutsideMember {
  name: string;
  address: string;
  organisation: string;
  /** Their account in another Microsoft 365 tenant, if any: the invite lands in that mailbox. */
  home?: UserRecord;
  roles: Role[];
}

export interface GroupSpec {
  key: string;
  name: string;
  description: string;
  kind: RecordKind;
  roster: RosterEntry[];
  outside?: OutsideMember[];
}

export interface Directory {
  users: UserRecord[];
  groups: GroupSpec[];
}

const COLLEAGUE_COUNT = 56;

/** Lindö kommun's people as the host tenant knows them: the chair and a member are guests, Eva Sund is not. */
export function crossTenantGroup(c: UserRecord[], guestsSince: string): { group: GroupSpec; guests: UserRecord[] } {
  const chair = guestOf(MUNICIPALITY.chair, HOST_TENANT, 'Accepted', guestsSince);
  const member = guestOf(MUNICIPALITY.member, HOST_TENANT, 'Accepted', guestsSince);
  const brukare = externalGuest('Nora', 'Falk');
  const group: GroupSpec = {
    key: 'lindo-samverkan',
    name: 'Samverkansgrupp Lindö',
    description: 'Lokal samverkan mellan Lindö kommun, Region Norrvik och Närvårdskontoret.',
    kind: 'protokoll',
    roster: [
      { user: chair, home: MUNICIPALITY.chair, roles: ['chair'] },
      { user: c[42] as UserRecord, roles: ['adjuster'] },
      { user: PERSONAS.secretary, roles: ['secretary'] },
      { user: member, home: MUNICIPALITY.member, roles: ['member'] },
      ...c.slice(43, 46).map((user) => ({ user, roles: ['member'] as Role[] })),
    ],
    outside: [
      {
        name: MUNICIPALITY.noGuest.displayName,
        address: MUNICIPALITY.noGuest.mail,
        organisation: 'Lindö kommun',
        home: MUNICIPALITY.noGuest,
        roles: ['member'],
      },
      { ...brukare, organisation: 'Brukarrådet', roles: ['member'] },
    ],
  };
  return { group, guests: [chair, member] };
}

export function directory(guestsSince: string): Directory {
  const c = colleagues(COLLEAGUE_COUNT);
  const at = (index: number): UserRecord => c[index] as UserRecord;
  const range = (from: number, to: number): UserRecord[] => c.slice(from, to);
  const { secretary, chair, adjuster, member } = PERSONAS;
  const members = (users: UserRecord[]) => users.map((user) => ({ user, roles: ['member'] as Role[] }));
  const groups: GroupSpec[] = [
    {
      key: 'styrgrupp',
      name: 'Styrgrupp närvård',
      description: 'Styrgruppen för närvårdssamverkan mellan Region Norrvik och kommunerna.',
      kind: 'protokoll',
      roster: [
        { user: chair, roles: ['chair'] },
        { user: at(0), roles: ['viceChair'] },
        { user: adjuster, roles: ['adjuster'] },
        { user: secretary, roles: ['secretary'] },
        { user: member, roles: ['member'] },
        ...members(range(1, 10)),
      ],
    },
    {
      key: 'beredning',
      name: 'Beredningsgrupp närvård',
      description: 'Bereder ärenden inför styrgruppen.',
      kind: 'protokoll',
      roster: [
        { user: at(10), roles: ['chair'] },
        { user: at(11), roles: ['adjuster'] },
        { user: secretary, roles: ['secretary'] },
        { user: member, roles: ['member'] },
        ...members(range(12, 21)),
      ],
    },
    {
      key: 'psykisk-halsa',
      name: 'Uppdragsgrupp Psykisk hälsa',
      description: 'Uppdragsgrupp för psykisk hälsa, vuxna.',
      kind: 'anteckningar',
      roster: [
        { user: at(22), roles: ['chair'] },
        { user: secretary, roles: ['secretary'] },
        { user: adjuster, roles: ['member'] },
        ...members(range(23, 31)),
      ],
    },
    {
      key: 'barn-och-unga',
      name: 'Uppdragsgrupp Barn och unga',
      description: 'Uppdragsgrupp för barn och ungas hälsa.',
      kind: 'anteckningar',
      roster: [
        { user: at(32), roles: ['chair'] },
        { user: secretary, roles: ['secretary'] },
        { user: chair, roles: ['member'] },
        ...members(range(33, 41)),
      ],
    },
  ];
  const crossTenant = crossTenantGroup(c, guestsSince);
  groups.push(crossTenant.group);
  return {
    users: [
      secretary,
      chair,
      adjuster,
      member,
      ...c,
      DEPARTED,
      ...crossTenant.guests,
      MUNICIPALITY.chair,
      MUNICIPALITY.member,
      MUNICIPALITY.noGuest,
    ],
    groups,
  };
}
