// Meetings and one meeting's record as the UI works on it: open, keep as a draft on this device, save to
// SharePoint (with a merge when someone else saved), and people search for assignees.
import type { AssigneeRef, GroupSettings, Minutes } from '../domain/model';
import type { PreviousRecord as PreviousNumbering } from '../domain/numbering';
import type { Invited } from '../domain/attendees';

export interface MeetingSummary {
  eventId: string;
  subject: string;
  start: string;
  end: string;
  isOnlineMeeting: boolean;
  organizer?: string;
  location?: string;
}

export type OpenTarget =
  /** `start`: the invite's own start (Outlook), which picks the occurrence when `eventId` is a series master's. */
  | { kind: 'event'; eventId: string; start?: string }
  | { kind: 'teamsMeeting'; chatId?: string; joinUrl?: string }
  | { kind: 'record'; recordKey: string };

export interface RemoteRecord {
  driveId: string;
  /** The group's settings file exists; when false the first save writes it. Unknown: ask SharePoint. */
  settingsStored?: boolean;
  /** Path of the `.minutes.json` within the drive. */
  path: string;
  itemId?: string;
  etag?: string;
  webUrl?: string;
  docxUrl?: string;
  pdfUrl?: string;
}

/** An earlier assignment and what became of it in Planner, for "previous minutes". */
export interface FollowUp {
  label: string;
  text: string;
  assignees: string[];
  percentComplete?: number;
  /** The task is gone from Planner (deleted). */
  missing?: boolean;
  /** The Planner task the assignment became, whose progress `followUpProgress` reads. */
  taskId?: string;
}

export interface PreviousRecord {
  title: string;
  webUrl?: string;
  followUps: FollowUp[];
  /** Where its § numbers ended: the next record's first § follows on (or is warned about). */
  numbering: PreviousNumbering;
}

export type Notice =
  | { kind: 'restoredDraft' }
  /** SharePoint has a version saved elsewhere since this device's draft: merged at the next save, not before. */
  | { kind: 'remoteChanged' }
  /** The record shown from this device was replaced by a newer version saved elsewhere (nothing typed meanwhile). */
  | { kind: 'updatedFromElsewhere' }
  | { kind: 'agendaApplied'; count: number }
  | { kind: 'eventNotFound' }
  | { kind: 'noAttendees' }
  | { kind: 'groupGuessed' }
  | { kind: 'planMissing' }
  | { kind: 'accessDenied'; what: string }
  /** An earlier record in the group's library cannot be read (cut off, edited by hand): skipped, and named. */
  | { kind: 'unreadableRecord'; file: string }
  /** The record had been deleted in SharePoint; the save wrote it again. */
  | { kind: 'recordRecreated' };

/** Everything the editor works on for one meeting's record. */
export interface RecordSession {
  /** Key of the local draft: `<groupId>/<iCalUId or event id>`. */
  key: string;
  minutes: Minutes;
  settings: GroupSettings;
  remote: RemoteRecord;
  /** The version last read from or written to SharePoint: the base of a three-way merge on 412. */
  base?: Minutes;
  previous?: PreviousRecord;
  notices: Notice[];
}

export interface ItemConflict {
  itemId: string;
  label: string;
  mine: string;
  theirs: string;
}

export type SaveOutcome =
  | { kind: 'saved'; session: RecordSession; plannerMessage?: string }
  | { kind: 'conflict'; session: RecordSession; conflicts: ItemConflict[] }
  | {
      kind: 'failed';
      message: string;
      offline: boolean;
      issues?: string[];
      /** Graph answered, only not yet with success: the record screen saves again by itself at this time (ISO). */
      retryAt?: string;
    };

export interface GroupChoice {
  id: string;
  name: string;
}

/** What the calendar event says of a meeting: shown while its record opens, when the device has no copy of it. */
export interface MeetingPreview {
  subject: string;
  start: string;
  end: string;
  /** The organizer and the people invited (not rooms), in the invite's order. */
  invitees: Invited[];
}

export interface RecordServices {
  listMeetings(window: { start: Date; end: Date }): Promise<MeetingSummary[]>;
  listGroups(): Promise<GroupChoice[]>;
  openRecord(target: OpenTarget, options?: { groupId?: string }): Promise<RecordSession>;
  /** The meeting's record as this device last had it, without asking Microsoft 365; undefined when there is none. */
  openLocal(target: OpenTarget): Promise<RecordSession | undefined>;
  /**
   * The device's copy of `target` when reading it has already finished (the read the app starts for the screen's
   * first meeting, before that screen renders): the screen starts from it in its first render. Undefined otherwise.
   */
  openedLocally(target: OpenTarget): RecordSession | undefined;
  /** Keeps the draft on this device (IndexedDB); resolves when it is durable. */
  persistDraft(session: RecordSession): Promise<void>;
  /** The same, synchronously, for when the page is going away. */
  persistDraftNow(session: RecordSession): void;
  /** Forgets this device's copy of a record nobody has typed in, so the next open builds it anew. */
  forgetUntouchedDraft(session: RecordSession): Promise<void>;
  saveRecord(session: RecordSession): Promise<SaveOutcome>;
  resolveConflicts(session: RecordSession, choices: Record<string, 'mine' | 'theirs'>): Promise<SaveOutcome>;
  searchPeople(query: string): Promise<AssigneeRef[]>;
  /**
   * What Planner says became of the previous record's assignments. Asked for by the follow-up list when it shows,
   * not while the record opens: Planner is a round trip the side panel's first screen does not need.
   */
  followUpProgress(followUps: FollowUp[]): Promise<FollowUp[]>;
  /** The meeting as its calendar event has it, for the screen to show while the record opens; undefined: no event. */
  previewMeeting(target: OpenTarget): Promise<MeetingPreview | undefined>;
  /**
   * The same when the app has it already (the event asked for as sign-in finished, before the screen rendered): the
   * screen shows the invitees in its first render. Undefined otherwise.
   */
  previewedMeeting(target: OpenTarget): MeetingPreview | undefined;
}
