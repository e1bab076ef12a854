// What the UI may ask of the app. The composition root (src/app) implements this over the
// gateways and local storage; tests pass fakes. The UI never reaches Graph or IndexedDB itself.
import { createContext, useContext } from 'react';
import type { ApprovalEntry, ApproverRole, AssigneeRef, GroupSettings, Minutes, PlannerLink } from '../domain/model';
import type { Surface, ThemeName } from '../hosts/hostAdapter';

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
  /** The task is gone from Planner (deleted) or could not be read. */
  missing?: boolean;
}

export interface PreviousRecord {
  title: string;
  webUrl?: string;
  followUps: FollowUp[];
}

export type Notice =
  | { kind: 'restoredDraft' }
  | { kind: 'agendaApplied'; count: number }
  | { kind: 'eventNotFound' }
  | { kind: 'noAttendees' }
  | { kind: 'groupGuessed' }
  | { kind: 'planMissing' }
  | { kind: 'accessDenied'; what: string };

export interface SignedInUser {
  id: string;
  displayName: string;
  userPrincipalName?: string;
}

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
  | { kind: 'failed'; message: string; offline: boolean; issues?: string[] };

export interface ApprovalView {
  status: 'approved' | 'partial' | 'none';
  approvedBy: string[];
  missing: ApproverRole[];
  stale: ApprovalEntry[];
  unverified: ApprovalEntry[];
  changeRequests: { name: string; comment: string; at: string }[];
  /** The signed-in user may approve (chair or adjuster in the record). */
  canApprove: boolean;
  /** Notes nobody approves: filed when the group's week to object ends (ISO date), once sent out. */
  filedAfter?: string;
  /** Nobody has to approve this record (notes, as the group chose). */
  noApprovers: boolean;
  myRole?: ApproverRole;
}

export interface GroupChoice {
  id: string;
  name: string;
}

/** A saved record as the archive and the personal tab list it. */
export interface RecordSummary {
  /** Opens with `openRecord({ kind: 'record', recordKey })`. */
  recordKey: string;
  groupId: string;
  groupName: string;
  title: string;
  /** yyyy-mm-dd of the meeting. */
  date: string;
  status: 'draft' | 'sentForApproval' | 'approved';
  webUrl?: string;
  lastModified?: string;
}

export interface RecordVersion {
  id: string;
  savedAt: string;
  savedBy: string;
}

/** A Planner task that came from a record's assignment, for "my assignments". */
export interface MyAssignment {
  taskId: string;
  title: string;
  groupName: string;
  percentComplete: number;
  due?: string;
  /** The record the assignment came from, when known. */
  recordKey?: string;
  recordTitle?: string;
}

export interface PlanChoice {
  id: string;
  title: string;
}

export interface AppServices {
  user: SignedInUser;
  listMeetings(window: { start: Date; end: Date }): Promise<MeetingSummary[]>;
  listGroups(): Promise<GroupChoice[]>;
  openRecord(target: OpenTarget, options?: { groupId?: string }): Promise<RecordSession>;
  /** Keeps the draft on this device (IndexedDB); resolves when it is durable. */
  persistDraft(session: RecordSession): Promise<void>;
  /** The same, synchronously, for when the page is going away. */
  persistDraftNow(session: RecordSession): void;
  saveRecord(session: RecordSession): Promise<SaveOutcome>;
  resolveConflicts(session: RecordSession, choices: Record<string, 'mine' | 'theirs'>): Promise<SaveOutcome>;
  sendForApproval(session: RecordSession): Promise<SaveOutcome>;
  approvalView(session: RecordSession): Promise<ApprovalView>;
  approve(session: RecordSession): Promise<SaveOutcome>;
  requestChanges(session: RecordSession, comment: string): Promise<SaveOutcome>;
  searchPeople(query: string): Promise<AssigneeRef[]>;

  // The group's archive and a record's history (SharePoint versions).
  listRecords(groupId: string, year: number): Promise<RecordSummary[]>;
  recordHistory(session: RecordSession): Promise<RecordVersion[]>;
  /** Back to draft after approval: approvals withdrawn, approvers notified. */
  reopen(session: RecordSession): Promise<SaveOutcome>;

  // The personal tab.
  recordsAwaitingMyApproval(): Promise<RecordSummary[]>;
  myAssignments(): Promise<MyAssignment[]>;

  // The group's settings (configuration page).
  loadSettings(groupId: string): Promise<GroupSettings>;
  saveSettings(settings: GroupSettings): Promise<void>;
  listPlans(groupId: string): Promise<PlanChoice[]>;
  createPlan(groupId: string, title: string): Promise<PlanChoice>;

  // Attendance helpers.
  /** Directory ids and e-mail addresses (lower case) of those who joined the online meeting; undefined when not available. */
  joinedMeeting(session: RecordSession): Promise<{ ids: string[]; emails: string[] } | undefined>;
  /** Remembers the record's roles (chair, secretary, adjuster …) in the group's roster. */
  rememberRoles(session: RecordSession): Promise<GroupSettings>;

  // Planner.
  /** Deletes an assignment's task; a task already gone counts as deleted. */
  deletePlannerTask(link: PlannerLink): Promise<void>;
}

export interface Shell {
  surface: Surface;
  theme: ThemeName;
  locale: string;
  /** Browser host with the emulator: the demo personas to switch between. */
  personas?: { upn: string; displayName: string; label: string }[];
  switchUser?(upn: string): void;
}

export const ServicesContext = createContext<AppServices | undefined>(undefined);

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('ServicesContext is missing: render inside <ServicesContext.Provider>');
  return services;
}
