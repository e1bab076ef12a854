// Turns a meeting as people think of it into what Exchange and Teams hold: one event copy per mailbox
// (own id, same iCalUId and joinUrl), a meeting chat, and the organizer's online meeting.
import type {
  AttendeeRecord,
  ChatRecord,
  EventRecord,
  OnlineMeetingRecord,
  Recurrence,
  ResponseType,
  UserRecord,
} from '../state/types.js';
import { TENANT_ID } from '../routes/users.js';
import { exchangeId, guid } from './ids.js';

export interface Invitee {
  /** A directory user (possibly deleted), or an address outside it. */
  user?: UserRecord;
  external?: { name: string; address: string };
  type?: AttendeeRecord['type'];
  response: ResponseType;
}

export interface MeetingSpec {
  key: string;
  subject: string;
  organizer: UserRecord;
  invitees: Invitee[];
  start: Date;
  end: Date;
  location: string;
  bodyHtml: string;
  online: boolean;
  recurrence?: Recurrence;
  /** Where the organizer scheduled it; Teams unless said. */
  scheduledIn?: 'outlook' | 'teams';
}

export interface SeededMeeting {
  events: EventRecord[];
  chat?: ChatRecord;
  onlineMeeting?: OnlineMeetingRecord;
  /** The organizer's copy. */
  organizerEventId: string;
  joinUrl?: string;
}

const ZERO_TIME = '0001-01-01T00:00:00Z';

export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The block Teams appends to an invite; agenda parsers must skip it. */
function teamsFooter(joinUrl: string): string {
  const rule =
    '<div style="width:100%">________________________________________________________________________________</div>';
  return `${rule}<div><span style="font-size:24px">Microsoft Teams</span> <a href="https://aka.ms/JoinTeamsMeeting">Behöver du hjälp?</a></div><div><a href="${escapeHtml(joinUrl)}">Anslut till mötet nu</a></div><div>Mötes-ID: 345 678 912 34 Lösenkod: Xy7Ab2</div>${rule}`;
}

export function seedMeeting(spec: MeetingSpec, createdAt: Date): SeededMeeting {
  const threadKey = guid(`thread:${spec.key}`).replace(/-/g, '').slice(0, 24);
  const chatId = `19:meeting_${Buffer.from(threadKey).toString('base64url').slice(0, 32)}@thread.v2`;
  const joinUrl = spec.online
    ? `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(chatId)}/0?context=${encodeURIComponent(JSON.stringify({ Tid: TENANT_ID, Oid: spec.organizer.id }))}`
    : undefined;
  const iCalUId = `040000008200E00074C5B7101A82E008000000${guid(`ical:${spec.key}`).replace(/-/g, '').toUpperCase()}`;
  const attendees: AttendeeRecord[] = spec.invitees.map((invitee) => ({
    type: invitee.type ?? 'required',
    name: invitee.user?.displayName ?? invitee.external?.name ?? '',
    address: invitee.user?.mail ?? invitee.external?.address ?? '',
    response: invitee.response,
    responseTime:
      invitee.response === 'none'
        ? ZERO_TIME
        : new Date(createdAt.getTime() + 3600_000).toISOString().replace(/\.\d+Z$/, 'Z'),
  }));
  const copy = (owner: UserRecord, response: ResponseType): EventRecord => ({
    id: exchangeId(`event:${spec.key}:${owner.userPrincipalName}`),
    ownerId: owner.id,
    iCalUId,
    subject: spec.subject,
    bodyHtml: spec.bodyHtml + (joinUrl ? teamsFooter(joinUrl) : ''),
    start: spec.start.toISOString(),
    end: spec.end.toISOString(),
    location: spec.location,
    isOnlineMeeting: spec.online,
    ...(joinUrl ? { joinUrl } : {}),
    organizer: { name: spec.organizer.displayName, address: spec.organizer.mail },
    attendees,
    response,
    ...(spec.recurrence ? { recurrence: spec.recurrence } : {}),
    isCancelled: false,
    createdDateTime: createdAt.toISOString(),
  });
  // Deleted users and rooms have no mailbox a test can sign in to; external guests live elsewhere.
  const mailboxes = spec.invitees.filter(
    (invitee) => invitee.user && !invitee.user.deleted && invitee.type !== 'resource',
  );
  const events = [
    copy(spec.organizer, 'organizer'),
    ...mailboxes.map((invitee) => copy(invitee.user as UserRecord, invitee.response)),
  ];
  const organizerEventId = events[0]?.id ?? '';
  if (!joinUrl) return { events, organizerEventId };
  const chat: ChatRecord = {
    id: chatId,
    topic: spec.subject,
    memberIds: [spec.organizer.id, ...mailboxes.map((invitee) => (invitee.user as UserRecord).id)],
    joinWebUrl: joinUrl,
    organizerId: spec.organizer.id,
    calendarEventId: organizerEventId,
    scheduledIn: spec.scheduledIn ?? 'teams',
    createdDateTime: createdAt.toISOString(),
  };
  const onlineMeeting: OnlineMeetingRecord = {
    // Teams online meeting ids encode "1*<organizer oid>*0**<thread id>"; base64url keeps them path-safe.
    id: Buffer.from(`1*${spec.organizer.id}*0**${chatId}`).toString('base64url'),
    organizerId: spec.organizer.id,
    joinWebUrl: joinUrl,
    subject: spec.subject,
    start: spec.start.toISOString(),
    end: spec.end.toISOString(),
    chatId,
    reports: [],
  };
  return { events, chat, onlineMeeting, organizerEventId, joinUrl };
}
