// The demo calendars, relative to "now" in Stockholm: each group's four-weekly series (today's meeting for the
// steering group), a 40-invitee forum, a meeting naming a departed user, one with no attendees.
import type { EmulatorModes } from '../modes/modes.js';
import { expand } from '../calendar/occurrences.js';
import { dateInZone, zonedToUtc } from '../calendar/timeZones.js';
import type { AttendanceReportRecord, ResponseType, UserRecord } from '../state/types.js';
import type { Directory, GroupSpec } from './groups.js';
import { guid } from './ids.js';
import { escapeHtml, seedMeeting, type Invitee, type MeetingSpec, type SeededMeeting } from './meetings.js';
import { DEPARTED, PERSONAS, externalGuest } from './people.js';

export const ZONE = 'Europe/Stockholm';
const RESPONSES: ResponseType[] = [
  'accepted',
  'tentativelyAccepted',
  'accepted',
  'declined',
  'none',
  'accepted',
  'accepted',
  'none',
];

export interface Clock {
  /** UTC instant of local wall-clock time `days` from today. */
  at(days: number, hour: number, minute?: number): Date;
  /** `days` moved forward past a weekend. */
  weekday(days: number): number;
}

export function clock(now: Date): Clock {
  const today = dateInZone(now, ZONE);
  const local = (days: number): Date => new Date(Date.UTC(today.year, today.month - 1, today.day + days));
  return {
    at: (days, hour, minute = 0) => {
      const day = local(days);
      return zonedToUtc(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), hour, minute, ZONE);
    },
    weekday: (days) => {
      const weekday = local(days).getUTCDay();
      return weekday === 6 ? days + 2 : weekday === 0 ? days + 1 : days;
    },
  };
}

export const STYRGRUPP_AGENDA = [
  'Mötets öppnande',
  'Val av justerare',
  'Föregående protokoll',
  'Budget 2027, Göran Öberg',
  'Samverkan kring utskrivningsklara patienter, Märta Ek',
  'Lägesrapport från uppdragsgrupperna, Åsa Lindqvist',
  'Övriga frågor',
  'Mötets avslutande',
];

const agendaHtml = (items: string[]): string =>
  `<p>Hej,</p><p>Välkomna till styrgruppens möte. Handlingar finns i teamets kanal.</p><p><b>Dagordning</b></p><ol>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ol>`;

function invitees(users: UserRecord[], organizer: UserRecord, offset: number): Invitee[] {
  return users
    .filter((user) => user.id !== organizer.id)
    .map((user, index) => ({ user, response: RESPONSES[(index + offset) % RESPONSES.length] ?? 'none' }));
}

export interface SeededCalendar {
  meetings: SeededMeeting[];
  /** Per group key: the series of its meetings. */
  series: Map<string, SeededMeeting & { spec: MeetingSpec }>;
}

function groupSeries(
  group: GroupSpec,
  time: Clock,
  firstDay: number,
  occurrences: number,
  bodyHtml: string,
  extra: Invitee[],
): MeetingSpec {
  const secretary = group.roster.find((entry) => entry.roles.includes('secretary'))?.user ?? PERSONAS.secretary;
  const day = time.weekday(firstDay);
  return {
    key: `series:${group.key}`,
    subject: group.name,
    organizer: secretary,
    invitees: [
      ...invitees(
        group.roster.map((entry) => entry.user),
        secretary,
        group.key.length,
      ),
      ...extra,
    ],
    start: time.at(day, 13),
    end: time.at(day, 15),
    location: 'Microsoft Teams-möte',
    bodyHtml,
    online: true,
    recurrence: { intervalWeeks: 4, occurrences, timeZone: ZONE },
    // A recurring series is booked from Outlook's calendar with "Teams meeting" switched on.
    scheduledIn: 'outlook',
  };
}

/** Who joined each past occurrence of the steering group's series, as Teams reports it. */
function attendanceReports(meeting: SeededMeeting & { spec: MeetingSpec }, now: Date): AttendanceReportRecord[] {
  const past = expand(meeting.events[0] ?? (undefined as never)).filter((instance) => instance.end <= now);
  return past.map((instance, reportIndex) => {
    const joined = meeting.spec.invitees.filter(
      (invitee) =>
        invitee.user && !invitee.user.deleted && invitee.response !== 'declined' && invitee.type !== 'resource',
    );
    const people = [
      { user: meeting.spec.organizer, role: 'Organizer' as const },
      ...joined.map((invitee) => ({ user: invitee.user as UserRecord, role: 'Attendee' as const })),
    ];
    const minutes = (value: number): string => new Date(instance.start.getTime() + value * 60_000).toISOString();
    const records = people.map(({ user, role }, index) => {
      // One person arrives late, one leaves early and comes back, the rest stay throughout.
      const intervals =
        index === 3
          ? [{ join: minutes(25), leave: minutes(118) }]
          : index === 5
            ? [
                { join: minutes(-2), leave: minutes(40) },
                { join: minutes(55), leave: minutes(119) },
              ]
            : [{ join: minutes(-3 + (index % 4)), leave: minutes(119) }];
      return { id: user.id, emailAddress: user.mail, displayName: user.displayName, role, intervals };
    });
    const guest = externalGuest('Lena', 'Vik');
    records.push({
      id: guid(`external:${guest.address}`),
      emailAddress: guest.address,
      displayName: `${guest.name} (Gäst)`,
      role: 'Attendee',
      intervals: [{ join: minutes(0), leave: minutes(60) }],
    });
    return {
      id: guid(`report:${meeting.spec.key}:${reportIndex}`),
      meetingStartDateTime: minutes(-3),
      meetingEndDateTime: minutes(120),
      records,
    };
  });
}

export function seedCalendar(
  directory: Directory,
  now: Date,
  modes: Pick<EmulatorModes, 'foreignOrganizer'>,
): SeededCalendar {
  const time = clock(now);
  const [styrgrupp, beredning, psykisk, barn] = directory.groups;
  const colleagues = directory.users.filter((user) => !user.deleted && !Object.values(PERSONAS).includes(user));
  const guest = externalGuest('Lena', 'Vik');
  const series = new Map<string, SeededMeeting & { spec: MeetingSpec }>();
  const meetings: SeededMeeting[] = [];
  const add = (spec: MeetingSpec, groupKey?: string): SeededMeeting => {
    const seeded = seedMeeting(spec, new Date(now.getTime() - 70 * 24 * 3600_000));
    meetings.push(seeded);
    if (groupKey) series.set(groupKey, { ...seeded, spec });
    return seeded;
  };
  if (styrgrupp) {
    add(
      // Today is the third of five occurrences: two past, today, two upcoming.
      {
        ...groupSeries(styrgrupp, time, -56, 5, agendaHtml(STYRGRUPP_AGENDA), [
          { external: guest, type: 'optional', response: 'accepted' },
          {
            external: { name: 'Sammanträdesrum Ängen', address: 'rum.angen@samverkan.example' },
            type: 'resource',
            response: 'accepted',
          },
        ]),
        start: time.at(-56, 13),
        end: time.at(-56, 15),
      },
      styrgrupp.key,
    );
  }
  const simpleBody = (group: GroupSpec): string =>
    `<p>Återkommande möte för ${escapeHtml(group.name)}. Dagordning skickas ut en vecka före mötet.</p>`;
  if (beredning) add(groupSeries(beredning, time, -49, 4, simpleBody(beredning), []), beredning.key);
  if (psykisk)
    add(
      groupSeries(psykisk, time, -44, 4, simpleBody(psykisk), [
        { external: externalGuest('Omar', 'Haddad'), response: 'tentativelyAccepted' },
      ]),
      psykisk.key,
    );
  if (barn) add(groupSeries(barn, time, -37, 4, simpleBody(barn), []), barn.key);

  const { secretary, chair, adjuster, member } = PERSONAS;
  const forumDay = time.weekday(10);
  // The forum is booked by the adjuster: the secretary keeps its record from an attendee's copy of the event.
  const forumOrganizer = modes.foreignOrganizer ? adjuster : secretary;
  const forumGuests = modes.foreignOrganizer ? [secretary, chair, member] : [adjuster, chair, member];
  add({
    key: 'samverkansforum',
    subject: 'Samverkansforum närvård',
    organizer: forumOrganizer,
    scheduledIn: 'outlook',
    invitees: [
      ...invitees([...forumGuests, ...colleagues.slice(0, 35)], forumOrganizer, 1),
      { external: externalGuest('Eva', 'Lind'), response: 'accepted' },
      { external: externalGuest('Mikael', 'Berg'), response: 'none' },
    ],
    start: time.at(forumDay, 9),
    end: time.at(forumDay, 12),
    location: 'Folkets hus, Åsby',
    bodyHtml: '<p>Välkomna till årets samverkansforum för närvården i Norrvik. Program bifogas.</p>',
    online: true,
  });
  const checkDay = time.weekday(3);
  add({
    key: 'lakemedel',
    subject: 'Avstämning läkemedelsgenomgångar',
    organizer: secretary,
    invitees: [
      { user: DEPARTED, response: 'accepted' },
      { user: colleagues[3] as UserRecord, response: 'accepted' },
      { user: colleagues[10] as UserRecord, response: 'none' },
    ],
    start: time.at(checkDay, 10),
    end: time.at(checkDay, 11),
    location: 'Microsoft Teams-möte',
    bodyHtml: '<p>Avstämning om läkemedelsgenomgångar i särskilt boende.</p>',
    online: true,
  });
  const prepDay = time.weekday(1);
  add({
    key: 'forberedelse',
    subject: 'Förberedelse styrgrupp',
    organizer: secretary,
    invitees: [],
    start: time.at(prepDay, 8, 30),
    end: time.at(prepDay, 9),
    location: '',
    bodyHtml: '<p>Egen tid för att förbereda handlingar.</p>',
    online: true,
  });
  const steering = styrgrupp ? series.get(styrgrupp.key) : undefined;
  if (steering?.onlineMeeting) steering.onlineMeeting.reports = attendanceReports(steering, now);
  return { meetings, series };
}
