// The steering group's approved record of its last meeting (§§ 1–11), with two assignments already in Planner.
import { createHash } from 'node:crypto';
import { canonicalContent } from '../../src/domain/approval.js';
import { SCHEMA_VERSION } from '../../src/domain/model.js';
import type {
  AgendaItem,
  Assignment,
  Attendee,
  Minutes,
  PlannerLink,
  Presence,
  RichText,
} from '../../src/domain/model.js';
import type { UserRecord } from '../state/types.js';
import type { GroupSpec } from './groups.js';
import { guid } from '../state/ids.js';

export interface PreviousMeeting {
  groupId: string;
  eventId: string;
  seriesMasterId: string;
  iCalUId: string;
  joinUrl: string;
  start: Date;
  end: Date;
}

const paragraph = (text: string): RichText => [{ type: 'paragraph', content: [{ text }] }];
export const stockholmDate = (date: Date): string =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(date);

export function previousRecordDate(meeting: PreviousMeeting): string {
  return stockholmDate(meeting.start);
}

/** A filed record and the approvals its chair and adjuster wrote, each with their own account. */
export interface SeededRecord {
  minutes: Minutes;
  contentHash: string;
  approvals: { role: 'chair' | 'adjuster'; user: UserRecord; at: string }[];
}

export function previousMinutes(
  group: GroupSpec,
  meeting: PreviousMeeting,
  links: { halfDone: PlannerLink; notStarted: PlannerLink },
): SeededRecord {
  const date = stockholmDate(meeting.start);
  const id = (name: string): string => guid(`minutes:${group.key}:${date}:${name}`);
  const presence = (index: number): Presence =>
    index === 6 ? { kind: 'absenceAnnounced' } : index === 9 ? { kind: 'absent' } : { kind: 'present' };
  const attendees: Attendee[] = group.roster.map((entry, index) => ({
    key: entry.user.id,
    directoryId: entry.user.id,
    name: entry.user.displayName,
    email: entry.user.mail,
    organisation: entry.user.companyName,
    jobTitle: entry.user.jobTitle,
    roles: entry.roles,
    presence: presence(index),
    external: false,
    source: 'invite',
  }));
  const person = (role: string) => group.roster.find((entry) => entry.roles.includes(role as never))?.user;
  const chair = person('chair');
  const adjuster = person('adjuster');
  const secretary = person('secretary');
  const member = group.roster.find((entry) => entry.user.companyName === 'Lindö kommun')?.user;
  const assignment = (
    name: string,
    text: string,
    assignee: UserRecord | undefined,
    dueInDays: number,
    planner: PlannerLink,
  ): Assignment => ({
    id: id(name),
    text,
    assignees: assignee ? [{ name: assignee.displayName, directoryId: assignee.id, email: assignee.mail }] : [],
    due: stockholmDate(new Date(meeting.start.getTime() + dueInDays * 24 * 3600_000)),
    planner,
    sync: { state: 'synced' },
  });
  const item = (
    name: string,
    kind: AgendaItem['kind'],
    title: string,
    notes: string,
    extra: Partial<AgendaItem> = {},
  ): AgendaItem => ({
    id: id(name),
    kind,
    title,
    notes: paragraph(notes),
    decisionBlocks: [],
    assignments: [],
    links: [],
    outcome: 'handled',
    subItems: [],
    ...extra,
  });
  const items: AgendaItem[] = [
    item(
      'open',
      'opening',
      'Mötets öppnande',
      `Ordföranden ${chair?.displayName ?? ''} hälsar välkommen och förklarar mötet öppnat. Dagordningen godkänns.`,
    ),
    item(
      'adjuster',
      'adjuster',
      'Val av justerare',
      `${adjuster?.displayName ?? ''} väljs att jämte ordföranden justera dagens protokoll.`,
    ),
    item('previous', 'previous', 'Föregående protokoll', 'Föregående protokoll läggs till handlingarna.'),
    item(
      'budget',
      'regular',
      'Budget 2027',
      'Förslag till budget för närvårdssamverkan 2027 presenteras. Kostnaderna fördelas enligt befolkningsandel.',
      {
        presenter: chair?.displayName,
        decisionBlocks: [
          {
            id: id('budget-decisions'),
            decisions: [{ id: id('budget-decision'), text: 'att godkänna förslaget till budget 2027' }],
            notesAfter: [],
          },
        ],
      },
    ),
    item(
      'discharge',
      'regular',
      'Samverkan kring utskrivningsklara patienter',
      'Antalet dagar som utskrivningsklar har minskat under hösten. Lindö kommun lyfter behovet av en gemensam rutin för helger.',
      {
        presenter: adjuster?.displayName,
        assignments: [
          assignment(
            'discharge-assignment',
            'Ta fram förslag på gemensam rutin för utskrivning under helger',
            member,
            42,
            links.halfDone,
          ),
        ],
      },
    ),
    item(
      'mental-health',
      'regular',
      'Lägesrapport Uppdragsgrupp Psykisk hälsa',
      'Uppdragsgruppen har kartlagt insatserna för unga vuxna. Rapporten presenteras vid nästa möte.',
      { outcome: 'information' },
    ),
    item(
      'children',
      'regular',
      'Lägesrapport Uppdragsgrupp Barn och unga',
      'Arbetet med samordnad individuell plan (SIP) för barn fortsätter. En utbildningsdag planeras.',
      { outcome: 'information' },
    ),
    item(
      'survey',
      'regular',
      'Uppföljning av brukarenkäten',
      'Brukarrådet har sammanställt synpunkter från enkäten. Svarsfrekvensen var 46 procent.',
      {
        assignments: [
          assignment(
            'survey-assignment',
            'Sammanställa enkätresultaten per kommun till nästa möte',
            secretary,
            28,
            links.notStarted,
          ),
        ],
      },
    ),
    item(
      'digital',
      'regular',
      'Digitala vårdmöten i hemtjänsten',
      'Frågan bordläggs till nästa möte i väntan på underlag från Region Norrvik.',
      { outcome: 'tabled' },
    ),
    item('other', 'other', 'Övriga frågor', 'Inga övriga frågor anmäldes.'),
    item('close', 'closing', 'Mötets avslutande', 'Ordföranden tackar för visat intresse och avslutar mötet.'),
  ];
  const minutes: Minutes = {
    schemaVersion: SCHEMA_VERSION,
    id: id('record'),
    meeting: {
      eventId: meeting.eventId,
      seriesMasterId: meeting.seriesMasterId,
      iCalUId: meeting.iCalUId,
      joinUrl: meeting.joinUrl,
      subject: group.name,
      start: meeting.start.toISOString(),
      end: meeting.end.toISOString(),
      location: 'Microsoft Teams-möte',
      organizer: { name: secretary?.displayName ?? '', email: secretary?.mail },
    },
    group: { id: meeting.groupId, name: group.name },
    kind: group.kind,
    language: 'sv',
    title: `Protokoll ${group.name} ${date}`,
    place: 'Digitalt via Teams',
    firstNumber: 1,
    attendees,
    items,
    nextMeeting: 'Nästa möte hålls digitalt om fyra veckor.',
    noteTakers: [],
    status: 'sentForApproval',
    revision: 14,
    updatedAt: new Date(meeting.end.getTime() + 3 * 24 * 3600_000).toISOString(),
  };
  const contentHash = createHash('sha256').update(canonicalContent(minutes)).digest('hex');
  const approvedAt = (days: number): string => new Date(meeting.end.getTime() + days * 24 * 3600_000).toISOString();
  const approvals = [
    chair && { role: 'chair' as const, user: chair, at: approvedAt(2) },
    adjuster && { role: 'adjuster' as const, user: adjuster, at: approvedAt(3) },
  ].filter((entry) => entry !== undefined);
  return { minutes, contentHash, approvals };
}
