// The emulated tenant as plain JSON: what state.json holds and what /_emulator/state shows.
// Graph shapes are produced from these records by the routes; nothing here is a wire format.

export interface UserRecord {
  id: string;
  displayName: string;
  givenName: string;
  surname: string;
  mail: string;
  userPrincipalName: string;
  jobTitle: string;
  department: string;
  companyName: string;
  officeLocation: string;
  businessPhones: string[];
  /** Deleted from the directory: invites may still name the address, lookups answer 404. */
  deleted?: boolean;
}

export interface GroupRecord {
  id: string;
  displayName: string;
  description: string;
  mail: string;
  memberIds: string[];
  ownerIds: string[];
  driveId: string;
}

export type ResponseType = 'none' | 'organizer' | 'tentativelyAccepted' | 'accepted' | 'declined' | 'notResponded';

export interface AttendeeRecord {
  type: 'required' | 'optional' | 'resource';
  name: string;
  address: string;
  response: ResponseType;
  /** ISO UTC; the zero date Graph uses when nobody answered. */
  responseTime: string;
}

export interface Recurrence {
  intervalWeeks: number;
  occurrences: number;
  /** Occurrences keep their local wall-clock time across DST changes in this zone. */
  timeZone: string;
}

/** One mailbox's copy of a meeting; copies of one meeting share iCalUId and joinUrl. */
export interface EventRecord {
  id: string;
  ownerId: string;
  iCalUId: string;
  subject: string;
  bodyHtml: string;
  /** ISO UTC of the (first) occurrence. */
  start: string;
  end: string;
  location: string;
  isOnlineMeeting: boolean;
  joinUrl?: string;
  organizer: { name: string; address: string };
  attendees: AttendeeRecord[];
  /** The owner's own answer. */
  response: ResponseType;
  recurrence?: Recurrence;
  isCancelled: boolean;
  createdDateTime: string;
}

export interface ChatRecord {
  id: string;
  topic: string;
  memberIds: string[];
  joinWebUrl: string;
  organizerId: string;
  /** The organizer's copy of the event. */
  calendarEventId: string;
  /** Where the meeting was scheduled; Outlook-scheduled meetings' chats may hide calendarEventId (mode). */
  scheduledIn?: 'outlook' | 'teams';
  createdDateTime: string;
}

export interface AttendanceRecordRecord {
  id: string;
  emailAddress: string;
  displayName: string;
  role: 'Organizer' | 'Presenter' | 'Attendee';
  intervals: { join: string; leave: string }[];
}

export interface AttendanceReportRecord {
  id: string;
  meetingStartDateTime: string;
  meetingEndDateTime: string;
  records: AttendanceRecordRecord[];
}

export interface OnlineMeetingRecord {
  id: string;
  organizerId: string;
  joinWebUrl: string;
  subject: string;
  start: string;
  end: string;
  chatId: string;
  reports: AttendanceReportRecord[];
}

export interface VersionRecord {
  /** "1.0", "2.0", … */
  id: string;
  at: string;
  byId: string;
  size: number;
  blobKey: string;
}

export interface DriveItemRecord {
  id: string;
  parentId: string | null;
  name: string;
  folder: boolean;
  /** GUID in the eTag/cTag; the counter bumps on every change. */
  tagGuid: string;
  changeCount: number;
  contentCount: number;
  mimeType?: string;
  size: number;
  createdAt: string;
  createdById: string;
  modifiedAt: string;
  modifiedById: string;
  versions: VersionRecord[];
}

export interface DriveRecord {
  id: string;
  groupId: string;
  name: string;
  rootId: string;
  items: DriveItemRecord[];
}

export interface PlanRecord {
  id: string;
  title: string;
  groupId: string;
  createdAt: string;
  createdById: string;
  etagCount: number;
}

export interface BucketRecord {
  id: string;
  planId: string;
  name: string;
  orderHint: string;
  etagCount: number;
}

export interface ChecklistItem {
  '@odata.type'?: string;
  title: string;
  isChecked: boolean;
  orderHint: string;
  lastModifiedDateTime?: string;
}

export interface ExternalReference {
  '@odata.type'?: string;
  alias: string;
  type: string | null;
  previewPriority: string;
  lastModifiedDateTime?: string;
}

export interface TaskRecord {
  id: string;
  planId: string;
  bucketId: string;
  title: string;
  orderHint: string;
  assigneePriority: string;
  percentComplete: number;
  priority: number;
  startDateTime: string | null;
  dueDateTime: string | null;
  completedDateTime: string | null;
  completedById: string | null;
  createdAt: string;
  createdById: string;
  conversationThreadId: string | null;
  assignments: Record<string, { assignedById: string; assignedAt: string; orderHint: string }>;
  etagCount: number;
  details: {
    description: string;
    previewType: string;
    checklist: Record<string, ChecklistItem>;
    references: Record<string, ExternalReference>;
    etagCount: number;
  };
}

export interface SentMailRecord {
  id: string;
  fromId: string;
  from: string;
  to: { name: string; address: string }[];
  subject: string;
  body: { contentType: string; content: string };
  saveToSentItems: boolean;
  at: string;
}

export interface TenantState {
  schemaVersion: 1;
  domain: string;
  users: UserRecord[];
  groups: GroupRecord[];
  events: EventRecord[];
  chats: ChatRecord[];
  onlineMeetings: OnlineMeetingRecord[];
  drives: DriveRecord[];
  plans: PlanRecord[];
  buckets: BucketRecord[];
  tasks: TaskRecord[];
  sentMail: SentMailRecord[];
  /** The persona labels the browser's user switcher shows. */
  personas: { upn: string; label: string }[];
}
