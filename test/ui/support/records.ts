// Records as the open workflow hands them to the UI: today's "Styrgrupp närvård" with the people and
// notices a test names.
import { createMinutes } from '../../../src/domain/templates';
import type { Attendee, GroupSettings, MeetingRef } from '../../../src/domain/model';
import type { ApprovalView } from '../../../src/contracts/approval';
import type { Notice, RecordSession } from '../../../src/contracts/records';

export const groupSettings: GroupSettings = {
  schemaVersion: 2,
  groupId: 'group-styrgrupp',
  name: 'Styrgrupp närvård',
  kind: 'protokoll',
  language: 'sv',
  driveId: 'drive-1',
  folderPath: 'Protokoll',
  planId: 'plan-1',
  roster: [],
  organisationContacts: {},
  notesApprovers: ['chair'],
};

export const meeting: MeetingRef = {
  eventId: 'event-styrgrupp',
  iCalUId: 'ical-styrgrupp',
  joinUrl: 'https://teams.microsoft.com/l/meetup-join/styrgrupp',
  subject: 'Styrgrupp närvård',
  start: '2026-11-20T13:00:00+01:00',
  end: '2026-11-20T15:00:00+01:00',
};

export function attendee(name: string, patch: Partial<Attendee> = {}): Attendee {
  const key = patch.directoryId ?? patch.email ?? name.toLowerCase().replaceAll(' ', '.');
  return { key, name, roles: [], presence: { kind: 'expected' }, external: false, source: 'invite', ...patch };
}

export interface SessionInit {
  attendees?: Attendee[];
  notices?: Notice[];
  /** The record is already in SharePoint (the approval view needs it). */
  saved?: boolean;
  meeting?: Partial<MeetingRef>;
}

export function sessionWith({
  attendees = [],
  notices = [],
  saved = false,
  meeting: meetingPatch = {},
}: SessionInit = {}): RecordSession {
  const minutes = createMinutes({
    meeting: { ...meeting, ...meetingPatch },
    group: groupSettings,
    attendees,
    firstNumber: 12,
    now: new Date('2026-11-20T12:00:00Z'),
  });
  return {
    key: `${groupSettings.groupId}/${meeting.iCalUId ?? meeting.eventId}`,
    minutes,
    settings: groupSettings,
    remote: {
      driveId: 'drive-1',
      path: `Protokoll/2026/${minutes.title}.minutes.json`,
      ...(saved ? { itemId: 'item-1', etag: '"e1"' } : {}),
    },
    notices,
  };
}

/** What Microsoft 365 says of a record sent for approval and not yet approved, the chair asking; `patch` varies it. */
export function approvalViewWith(patch: Partial<ApprovalView> = {}): ApprovalView {
  return {
    status: 'none',
    approvedBy: [],
    missing: ['chair', 'adjuster'],
    notes: [],
    changeRequests: [],
    canApprove: true,
    version: { id: '3.0', savedBy: 'Åsa Lindqvist', savedAt: '2026-11-20T14:05:00Z', secretary: 'Åsa Lindqvist' },
    noApprovers: false,
    myRole: 'chair',
    ...patch,
  };
}
