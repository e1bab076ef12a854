// Opening a meeting's record: the event, its attendees with their organisations, the group's settings,
// the record if one is saved, the previous record (§ numbering, follow-up) and any unsaved local draft.
// Independent calls run together, so a 40-invitee meeting opens in a few sequential round trips.
import { parseAgenda } from '../../domain/agenda';
import { buildAttendees } from '../../domain/attendees';
import { nextFirstNumber, numberingOf } from '../../domain/numbering';
import { createMinutes } from '../../domain/templates';
import type { Minutes } from '../../domain/model';
import type { CalendarEvent, Gateways, PersonLookup } from '../../graph/gateways';
import { NotFoundError } from '../../graph/gateways';
import type { Notice, OpenTarget, RecordSession } from '../../contracts/records';
import type { DraftStore } from '../../storage/draftStore';
import { draftOf, meetingIndexKey } from '../records/draftOf';
import { recordPaths } from '../records/recordPaths';
import { RecordStore } from '../records/recordStore';
import { startFirstWave, type FirstWave } from './firstWave';
import { followUpsOf } from './followUps';
import { groupForMeeting } from './groupForMeeting';
import { meetingKey } from '../../domain/meetingIdentity';
import { inviteesOf, meetingRefOf, unknownMeeting } from './meetingRef';
import { emailKey } from '../../domain/emailKey';

export interface OpenDeps {
  gateways: Gateways;
  records: RecordStore;
  drafts: DraftStore;
  tenantDomains: string[];
  now(): Date;
  /** The first round trip, when the composition root started it before the user's profile was known. */
  firstWave?: FirstWave;
}

function lookups(event: CalendarEvent): PersonLookup[] {
  const addresses = [
    event.organizer?.address,
    ...event.attendees.filter((a) => a.type !== 'resource').map((a) => a.emailAddress.address),
  ];
  return [...new Set(addresses.filter((a): a is string => Boolean(a)).map(emailKey))].map((mail) => ({
    mail,
  }));
}

export async function openRecord(deps: OpenDeps, target: OpenTarget, groupId?: string): Promise<RecordSession> {
  const { gateways, records, drafts } = deps;
  const now = deps.now();
  const notices: Notice[] = [];

  // The user's teams do not depend on the event: asked for alongside it.
  const { teams, event: found } = deps.firstWave ?? startFirstWave(gateways, target, now);
  const event = await found.catch((error: unknown) => {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  });
  if (!event) notices.push({ kind: 'eventNotFound' });
  const meeting = event ? meetingRefOf(event) : unknownMeeting(now, '');

  // From round trip 2: the group's settings alongside the attendees' profiles (batched).
  const groupSettings = async () => {
    const match = await groupForMeeting({ joinedTeams: () => teams }, meeting.subject, groupId);
    if (!match) throw new Error('You are not a member of any team: the record has nowhere to be saved.');
    const draftMeeting = { meeting, group: { id: match.group.id, name: match.group.displayName } };
    return {
      guessed: match.guessed,
      ...(await records.meetingFiles(match.group.id, match.group.displayName, draftMeeting)),
    };
  };
  const [{ settings, guessed, stored: settingsStored, current: stored, previous, unreadable }, profiles] =
    await Promise.all([
      groupSettings(),
      event ? gateways.directory.profiles(lookups(event)) : Promise.resolve(new Map()),
    ]);
  if (guessed) notices.push({ kind: 'groupGuessed' });
  for (const file of unreadable) notices.push({ kind: 'unreadableRecord', file });

  if (!settings.driveId) throw new Error('The group has no document library');
  const driveId = settings.driveId;
  const draftMeeting = { meeting, group: { id: settings.groupId, name: settings.name } };
  const paths = recordPaths(settings, draftMeeting);
  const key = `${settings.groupId}/${meetingKey(meeting)}`;

  const draft = await drafts.load(key);

  let minutes: Minutes;
  let base: Minutes | undefined = stored?.minutes;
  let etag = stored?.item.eTag;
  const owed = draft !== undefined && draft.minutes.revision > (draft.remoteSavedRevision ?? -1);
  // A record not yet in SharePoint reopens as this device last had it (the items the panel showed from it), unless
  // the group's settings changed since (imported at its first meeting): then it is built again from them.
  const sameSettings = draft?.settings !== undefined && JSON.stringify(draft.settings) === JSON.stringify(settings);
  if (draft && (owed || (!stored && sameSettings))) {
    // Unsaved text on this device wins over what SharePoint has; a later save merges if SharePoint moved on.
    minutes = draft.minutes;
    base = draft.base;
    etag = draft.etag;
    if (owed) notices.push({ kind: 'restoredDraft' });
    // Said, never applied over her text: the save merges it (three-way, on 412).
    if (owed && stored && draft.etag !== stored.item.eTag) notices.push({ kind: 'remoteChanged' });
  } else if (stored) {
    minutes = stored.minutes;
  } else {
    const attendees = buildAttendees({
      organizer: event?.organizer,
      invitees: event ? inviteesOf(event) : [],
      profiles,
      roster: settings.roster,
      tenantDomains: deps.tenantDomains,
    });
    const firstNumber = nextFirstNumber(
      previous && numberingOf(previous.minutes),
      meeting.start,
      settings.firstNumberOfYear,
    );
    const agenda = event?.body ? parseAgenda(event.body) : [];
    minutes = createMinutes({
      meeting,
      group: settings,
      attendees,
      firstNumber,
      now,
      agenda: agenda.length > 0 ? agenda : undefined,
    });
    const ownItems = agenda.filter((a) => a.kind === 'regular').length;
    if (ownItems > 0) notices.push({ kind: 'agendaApplied', count: ownItems });
  }
  // Said even when the roster filled in names (the invite itself named nobody), until someone is added by hand.
  if (
    event &&
    !event.attendees.some((a) => a.type !== 'resource') &&
    !minutes.attendees.some((a) => a.source === 'manual')
  )
    notices.push({ kind: 'noAttendees' });

  const session: RecordSession = {
    key,
    minutes,
    settings,
    remote: {
      driveId,
      // Where the record was found (an older name, or the meeting since moved), else where it will be written.
      path: stored?.path ?? paths.source,
      settingsStored,
      ...(stored ? { itemId: stored.item.id, webUrl: stored.item.webUrl } : {}),
      ...(etag ? { etag } : {}),
    },
    ...(base ? { base } : {}),
    ...(previous
      ? {
          previous: {
            title: previous.minutes.title,
            webUrl: previous.item.webUrl,
            followUps: followUpsOf(previous.minutes),
            numbering: numberingOf(previous.minutes),
          },
        }
      : {}),
    notices,
  };
  keepOnDevice(drafts, target, session, draft === undefined, now);
  return session;
}

/**
 * Local first: the next open of this meeting starts from the device. The meeting is remembered with its record's
 * key, and a record opened for the first time is kept as a draft that owes SharePoint nothing. An existing draft is
 * left to the editor, which may be writing it. Neither write delays the open; a failure only costs the next one speed.
 */
function keepOnDevice(drafts: DraftStore, target: OpenTarget, session: RecordSession, firstOpen: boolean, now: Date) {
  const meeting = meetingIndexKey(target);
  if (meeting) drafts.remember(meeting, session.key).catch(() => undefined);
  if (firstOpen)
    drafts
      .save(session.key, { ...draftOf(session, now), remoteSavedRevision: session.minutes.revision })
      .catch(() => undefined);
}
