// Who was invited, who came and in what capacity: the attendee list built from the calendar event,
// the directory and the group's roster, and the lines the record prints for each person.
import { newId } from './ids';
import type {
  Attendee,
  AttendeeOrder,
  AttendeeSource,
  Language,
  Presence,
  RecordKind,
  Role,
  RoleStyle,
  RosterMember,
} from './model';
import { rangeLabel } from './numbering';
import { vocabulary } from './vocabulary';
import { emailKey, sameAddress } from './emailKey';
import { withoutUndefined } from './withoutUndefined';

export interface Invitee {
  name: string;
  address?: string;
  type: 'required' | 'optional' | 'resource';
  response: string;
}

export interface DirectoryProfile {
  id: string;
  displayName: string;
  jobTitle?: string;
  department?: string;
  companyName?: string;
  officeLocation?: string;
  userType?: 'Member' | 'Guest';
}

export interface BuildAttendeesInput {
  organizer?: { name: string; address?: string };
  invitees: Invitee[];
  /** Keyed by lower-cased e-mail (as DirectoryGateway.profiles answers); null: the directory does not know the address. */
  profiles: Map<string, DirectoryProfile | null>;
  roster: RosterMember[];
  /** The tenant's own mail domains ("samverkan.example"). */
  tenantDomains: string[];
}

interface Person {
  name: string;
  email?: string;
  source: AttendeeSource;
  declined: boolean;
}

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

function sameName(a: string, b: string): boolean {
  return a.trim().localeCompare(b.trim(), 'sv', { sensitivity: 'base' }) === 0;
}

/** The organizer first, then required and optional invitees in invite order; rooms and equipment are not people. */
function invitedPeople(organizer: BuildAttendeesInput['organizer'], invitees: readonly Invitee[]): Person[] {
  const people: Person[] = [];
  const byEmail = new Map<string, Person>();
  const candidates: Person[] = [
    ...(organizer
      ? [{ name: organizer.name, email: organizer.address, source: 'organizer' as const, declined: false }]
      : []),
    ...invitees
      .filter((i) => i.type !== 'resource')
      .map((i) => ({ name: i.name, email: i.address, source: 'invite' as const, declined: i.response === 'declined' })),
  ];
  for (const candidate of candidates) {
    const email = candidate.email?.trim();
    const known = email
      ? byEmail.get(emailKey(email))
      : people.find((p) => !p.email && sameName(p.name, candidate.name));
    if (known) {
      // An organizer who also appears as an invitee keeps the organizer source; a decline anywhere counts.
      known.declined ||= candidate.declined;
      continue;
    }
    const person: Person = { ...candidate, email: email || undefined };
    people.push(person);
    if (email) byEmail.set(emailKey(email), person);
  }
  return people;
}

/** Someone invited, as the side panel lists them before the record is open: no directory asked yet. */
export interface Invited {
  name: string;
  email?: string;
}

/** The people invited, as the attendee list will have them before the directory is asked: one rule, one order. */
export function invitedList(organizer: BuildAttendeesInput['organizer'], invitees: readonly Invitee[]): Invited[] {
  return invitedPeople(organizer, invitees)
    .filter((person) => person.name || person.email)
    .map((person) => withoutUndefined({ name: person.name || person.email || '', email: person.email }));
}

/** What an invitee's presence is kept under until the record is open: the address, else the name. */
export function invitedKey(person: Invited): string {
  return person.email ? emailKey(person.email) : `name:${person.name.trim().toLocaleLowerCase('sv')}`;
}

/** The `invitedKey` an attendee answers to: the invitee with the same address, or without one the same name. */
export function attendeeInvitedKey(attendee: Attendee): string {
  return invitedKey(withoutUndefined({ name: attendee.name, email: attendee.email }));
}

/**
 * The presence ticked on the invitees before the record was open (by `invitedKey`), as presence by attendee key: an
 * attendee is the invitee with the same address, or, for an invitee without one, the attendee without one of the
 * same name. People no longer on the list are left out.
 */
export function presenceByAttendee(
  attendees: readonly Attendee[],
  ticked: ReadonlyMap<string, boolean>,
): Map<string, boolean> {
  const presence = new Map<string, boolean>();
  for (const attendee of attendees) {
    const present = ticked.get(attendeeInvitedKey(attendee));
    if (present !== undefined) presence.set(attendee.key, present);
  }
  return presence;
}

/**
 * The group's one rule for "is this the same person": the directory id, else the e-mail address, and the name only
 * for a roster entry that has neither (a person typed in by hand).
 */
export function findRosterMember(
  roster: readonly RosterMember[],
  person: { directoryId?: string; email?: string; name: string },
): RosterMember | undefined {
  const email = person.email;
  return (
    (person.directoryId ? roster.find((m) => m.directoryId === person.directoryId) : undefined) ??
    (email ? roster.find((m) => sameAddress(m.email, email)) : undefined) ??
    roster.find((m) => !m.directoryId && !m.email && sameName(m.name, person.name))
  );
}

/**
 * The attendee list for a new record.
 * - A profile gives the directory id, display name, organisation (companyName, else department) and job title; a
 *   profile of userType Guest (found by the home address in `mail`) is a B2B guest with an account here.
 * - An address the directory does not know is an external guest (role guest unless on the roster), except in
 *   the tenant's own domains: there it is a former (deleted) user, kept under the invite's name, neither guest nor
 *   external, and not assignable in Planner because there is no directory id.
 * - The roster's organisation and roles win over the directory's: the secretary chose them for this group.
 * - Standing members who were not invited are listed as absent, so the record shows the whole group.
 */
export function buildAttendees({
  organizer,
  invitees,
  profiles,
  roster,
  tenantDomains,
}: BuildAttendeesInput): Attendee[] {
  const ownDomains = new Set(tenantDomains.map((d) => d.toLowerCase()));
  const onRoster = new Set<RosterMember>();

  const invited = invitedPeople(organizer, invitees).map((person): Attendee => {
    const email = person.email === undefined ? undefined : emailKey(person.email);
    const profile = email ? profiles.get(email) : undefined;
    const internal = Boolean(profile) || (email !== undefined && ownDomains.has(domainOf(email)));
    const member = findRosterMember(roster, {
      directoryId: profile?.id,
      email,
      name: profile?.displayName ?? person.name,
    });
    if (member) onRoster.add(member);
    const presence: Presence = person.declined ? { kind: 'absenceAnnounced' } : { kind: 'expected' };
    return withoutUndefined<Attendee>({
      key: profile?.id ?? email ?? newId(),
      directoryId: profile?.id,
      name: profile?.displayName || person.name || person.email || '',
      email: person.email,
      organisation: member?.organisation || profile?.companyName || profile?.department || undefined,
      jobTitle: profile?.jobTitle || undefined,
      roles: member ? [...member.roles] : internal ? [] : ['guest'],
      roleLabel: member?.roleLabel,
      presence,
      external: !internal,
      guestAccount: profile?.userType === 'Guest' ? true : undefined,
      source: person.source,
    });
  });

  const absentMembers = roster
    .filter((m) => !onRoster.has(m))
    .map((m) =>
      withoutUndefined<Attendee>({
        key: m.directoryId ?? (m.email ? emailKey(m.email) : undefined) ?? newId(),
        directoryId: m.directoryId,
        name: m.name,
        email: m.email,
        organisation: m.organisation,
        roles: [...m.roles],
        roleLabel: m.roleLabel,
        presence: { kind: 'absent' },
        external: !m.directoryId && !(m.email && ownDomains.has(domainOf(m.email))),
        source: 'roster',
      }),
    );
  return inRosterOrder([...invited, ...absentMembers], roster);
}

/** The group's own order: standing members as the roster lists them, then everyone else in invite order. */
function inRosterOrder(attendees: Attendee[], roster: readonly RosterMember[]): Attendee[] {
  const position = (a: Attendee) => {
    const member = findRosterMember(roster, a);
    return member ? roster.indexOf(member) : roster.length;
  };
  return attendees
    .map((attendee, index) => ({ attendee, index, at: position(attendee) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map(({ attendee }) => attendee);
}

// Made on first sort, not when the module loads: building ICU's Swedish collation cost the side panel's start about
// 50 ms (issue 17's profile), and a list kept in the group's own order never sorts.
let swedish: Intl.Collator | undefined;
const collator = () => (swedish ??= new Intl.Collator('sv'));

/** By name in Swedish order: å, ä, ö after z. */
export function sortAttendees(attendees: readonly Attendee[]): Attendee[] {
  return [...attendees].sort((a, b) => collator().compare(a.name, b.name));
}

/** "Bliesener Falkenström" of "Charlotte Bliesener Falkenström": every part after the first name. */
function surname(name: string): string {
  const parts = name.trim().split(/\s+/);
  return parts.length > 1 ? parts.slice(1).join(' ') : name;
}

/** By surname, then first name, in Swedish order. */
export function sortBySurname<T extends { name: string }>(people: readonly T[]): T[] {
  return [...people].sort(
    (a, b) => collator().compare(surname(a.name), surname(b.name)) || collator().compare(a.name, b.name),
  );
}

/**
 * The attendee lists in the record's order: as the secretary listed them (the group's own order), by surname,
 * or (records from before the list could be ordered) by first name.
 */
export function orderAttendees(attendees: readonly Attendee[], order: AttendeeOrder = 'firstName'): Attendee[] {
  switch (order) {
    case 'listed':
      return [...attendees];
    case 'surname':
      return sortBySurname(attendees);
    case 'firstName':
      return sortAttendees(attendees);
  }
}

/**
 * `expected` (invited, not yet confirmed) counts as present: the UI asks the secretary to confirm attendance
 * before sending for approval, and a document printed before that lists the invitees who did not decline.
 */
export function isPresent(presence: Presence): boolean {
  return presence.kind === 'present' || presence.kind === 'expected' || presence.kind === 'partial';
}

/** In the order given. */
export function presentAttendees(attendees: readonly Attendee[]): Attendee[] {
  return attendees.filter((a) => isPresent(a.presence));
}

/** Absent and absence announced, in the order given. */
export function absentAttendees(attendees: readonly Attendee[]): Attendee[] {
  return attendees.filter((a) => !isPresent(a.presence));
}

/** Role words in a record's usual order; "ledamot" is the default and goes unsaid. */
const ROLE_ORDER: Role[] = ['chair', 'viceChair', 'secretary', 'adjuster', 'deputy', 'coopted', 'guest'];

function partialPresence(from: number, to: number, language: Language, kind: RecordKind): string {
  const words = vocabulary[language];
  if (from === to) return `${words.present.toLowerCase()} ${rangeLabel(kind, from, to)}`;
  return words.presentForItems(`${kind === 'protokoll' ? '§§ ' : ''}${from}`, String(to));
}

/**
 * "Göran Öberg" / "Åsby kommun, ordförande"; a deputy reads "ersättare för X"; partial presence
 * "närvarande §§ 14–16"; announced absence "anmält frånvaro". Role words the group wrote itself
 * (`roleLabel`) are printed as written; the role style puts them in parentheses: "Kommun (ersättare)".
 */
export function attendeeLine(
  attendee: Attendee,
  language: Language,
  kind: RecordKind = 'protokoll',
  roleStyle: RoleStyle = 'comma',
): { name: string; detail: string } {
  const words = vocabulary[language];
  const roles =
    attendee.roleLabel !== undefined
      ? [attendee.roleLabel.trim()]
      : ROLE_ORDER.filter((role) => attendee.roles.includes(role)).map((role) =>
          role === 'deputy' && attendee.deputyFor ? words.deputyFor(attendee.deputyFor) : words.roles[role],
        );
  const presence = attendee.presence;
  const presenceNote =
    presence.kind === 'partial'
      ? [partialPresence(presence.fromNumber, presence.toNumber, language, kind)]
      : presence.kind === 'absenceAnnounced'
        ? [words.absenceAnnounced]
        : [];
  const roleText = roles.filter(Boolean).join(', ');
  const organisation = attendee.organisation?.trim();
  const head =
    roleStyle === 'parentheses' && organisation && roleText
      ? [`${organisation} (${roleText})`]
      : [organisation, roleText];
  const detail = [...head, ...presenceNote].filter((part): part is string => Boolean(part)).join(', ');
  return { name: attendee.name, detail };
}
