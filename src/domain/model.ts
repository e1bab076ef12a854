// The record a collaboration group keeps of a meeting, and what it is made of.
// Pure data: everything here is JSON-serialisable and is what `<date> <group>.minutes.json` holds.

/** 2: decisions live in decision blocks placed between an item's paragraphs; records carry their style and edited time. */
export const SCHEMA_VERSION = 2;

/** A group keeps formal § protokoll or informal numbered notes (mötesanteckningar). */
export type RecordKind = 'protokoll' | 'anteckningar';

/** The record's language; the UI language follows the user instead. */
export type Language = 'sv' | 'en';

export type Role = 'chair' | 'viceChair' | 'secretary' | 'adjuster' | 'deputy' | 'coopted' | 'guest' | 'member';

/**
 * Whether someone took part. `expected` is the prefill before the secretary confirms;
 * `partial` covers "närvarande §§ 14–16".
 */
export type Presence =
  | { kind: 'expected' }
  | { kind: 'present' }
  | { kind: 'absent' }
  | { kind: 'absenceAnnounced' }
  | { kind: 'partial'; fromNumber: number; toNumber: number };

/** Where we learned about a person: the invite, the organizer field, the group's roster or typed by hand. */
export type AttendeeSource = 'invite' | 'organizer' | 'roster' | 'manual';

export interface Attendee {
  /** Stable key within the record: directory id, else lower-cased e-mail, else a generated id. */
  key: string;
  directoryId?: string;
  name: string;
  email?: string;
  organisation?: string;
  jobTitle?: string;
  roles: Role[];
  /** The role words as the group writes them ("Ordförande", "Gäst, Ordförande Styrgrupp närvård"); printed instead of `roles`. */
  roleLabel?: string;
  /** For a deputy (ersättare): the name of the member they stand in for. */
  deputyFor?: string;
  presence: Presence;
  /** Not in the tenant's directory (external guest): cannot be a Planner assignee. */
  external: boolean;
  /**
   * A B2B guest of the collaboration's tenant: in its directory (so assignable in Planner) with an account at home in
   * another organisation, where their mail and calendar are. Absent for members and external addresses.
   */
  guestAccount?: true;
  source: AttendeeSource;
}

/** The calendar event the record belongs to. */
export interface MeetingRef {
  eventId: string;
  /** Set for recurring meetings: the occurrence is `eventId`, the series this. */
  seriesMasterId?: string;
  /** The same in every attendee's copy of the event (ids differ per mailbox): how the chair's Outlook finds the record. */
  iCalUId?: string;
  joinUrl?: string;
  subject: string;
  /** ISO 8601 with offset. */
  start: string;
  end: string;
  location?: string;
  organizer?: { name: string; email?: string };
}

/** A minimal rich-text tree: user text is data, escaped when rendered, never raw HTML. */
export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Struck through: some groups strike out the absent, or words withdrawn during the meeting. */
  strike?: boolean;
  /** http(s) or mailto only; anything else is dropped by `restore` and the editor. */
  href?: string;
}

export interface ListItem {
  content: Inline[];
  /** Nested lists. */
  children?: ListBlock[];
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  items: ListItem[];
}

export interface TableBlock {
  type: 'table';
  /** The first row is a header row when `headerRow` is true. */
  headerRow: boolean;
  rows: Inline[][][];
}

export interface ParagraphBlock {
  type: 'paragraph';
  content: Inline[];
}

export type Block = ParagraphBlock | ListBlock | TableBlock;
export type RichText = Block[];

/** Standard items carry a kind so templates, numbering and rendering know them. */
export type ItemKind = 'opening' | 'adjuster' | 'previous' | 'regular' | 'other' | 'closing';

export type Outcome = 'handled' | 'information' | 'tabled' | 'referredBack';

export interface Decision {
  id: string;
  /** One "att …" line: "att avsätta 750 000 kr". */
  text: string;
}

/**
 * A "Beslut:" block where the decision was taken: after the item's `notes` or after the previous block's
 * `notesAfter`, followed by the text written after it. An item holds any number of them, in order.
 */
export interface DecisionBlock {
  id: string;
  /** The sentence before the "att …" lines as written in this block; absent: the record style's lead. */
  lead?: string;
  decisions: Decision[];
  /** The item's text that follows this block, up to the next block. */
  notesAfter: RichText;
}

export interface AssigneeRef {
  name: string;
  /** Directory user id: only such assignees can be Planner assignees. */
  directoryId?: string;
  email?: string;
}

/** Sync state of an assignment's Planner task, written into the record as soon as Graph answers. */
export interface PlannerLink {
  taskId: string;
  bucketId: string;
  planId: string;
  /** `@odata.etag` of the task and of its details, for If-Match. */
  etag: string;
  detailsEtag?: string;
  /** The details (description, reference) were written. */
  detailsSynced: boolean;
  /** Hash of the fields last pushed, so an unchanged assignment is not PATCHed again. */
  syncedHash: string;
}

export type AssignmentSync =
  | { state: 'pending' }
  | { state: 'synced' }
  | { state: 'unassignable'; names: string[] }
  | { state: 'failed'; message: string };

export interface Assignment {
  id: string;
  text: string;
  assignees: AssigneeRef[];
  /** yyyy-mm-dd */
  due?: string;
  planner?: PlannerLink;
  sync: AssignmentSync;
}

export interface Link {
  id: string;
  title: string;
  url: string;
}

export interface AgendaItem {
  id: string;
  kind: ItemKind;
  title: string;
  presenter?: string;
  /** The text before the first decision block (all of it when there is none). */
  notes: RichText;
  decisionBlocks: DecisionBlock[];
  assignments: Assignment[];
  links: Link[];
  outcome: Outcome;
  /** The group's own wording of an information, tabled or referred-back outcome; absent: the standard sentence. */
  outcomeText?: string;
  /** Short sub-items, lettered a), b) …: under "Övriga frågor" and any other item. */
  subItems: AgendaItem[];
}

export type ApproverRole = 'chair' | 'adjuster';

/**
 * The secretary's own marker: whether the record has gone to its approvers. Whether it is approved is never
 * stored: it is derived from the approvers' own files and SharePoint's version history (see approval.ts).
 */
export type MinutesStatus = 'draft' | 'sentForApproval';

/** How the attendee lists are ordered in the document. */
export type AttendeeOrder = 'listed' | 'firstName' | 'surname';

/**
 * How the group writes its records, copied from its settings when the record is made: the document of an
 * approved record must not change when the group later changes its settings.
 */
export interface RecordStyle {
  headingStyle?: HeadingStyle;
  /** Default lead of decision blocks. */
  decisionLead?: string;
  roleStyle?: RoleStyle;
  /** Absent: by first name, as records from before the attendee list could be ordered were printed. */
  attendeeOrder?: AttendeeOrder;
}

/** When the meeting was held, as the secretary corrected it; absent: as the calendar event says. */
export interface HeldTime {
  /** yyyy-mm-dd */
  date: string;
  /** HH:mm, Swedish time. */
  start: string;
  end: string;
}

export interface Minutes {
  schemaVersion: number;
  /** Stable id of the record (uuid). */
  id: string;
  meeting: MeetingRef;
  group: { id: string; name: string };
  kind: RecordKind;
  language: Language;
  /** Defaults to "Protokoll <group> <date>"; the secretary may change it. */
  title: string;
  place: string;
  /** Set when the secretary changed the date or time from the event's (meetings run late, start early). */
  held?: HeldTime;
  style?: RecordStyle;
  /** § number of the first item (protokoll); 1 for notes. Derived from the previous record. */
  firstNumber: number;
  attendees: Attendee[];
  items: AgendaItem[];
  /** Free text for "Nästa möte", shown under the closing item. */
  nextMeeting?: string;
  /** Names under "Vid anteckningarna" (notes only). */
  noteTakers: string[];
  status: MinutesStatus;
  /** When it was last sent for approval (ISO): notes without approvers are filed a week after this. */
  sentForApprovalAt?: string;
  /** Incremented on every local change; used to tell drafts apart. */
  revision: number;
  /** ISO timestamp of the last change. */
  updatedAt: string;
  /**
   * Assignment mails sent to people outside the collaboration's tenant, by lower-cased address: the hash of the task
   * list each was sent (see assignmentMail.ts). Not content: approvals do not cover it.
   */
  assignmentMail?: Record<string, { hash: string; at: string }>;
}

/** A standing member of a group, remembered in the group's settings. */
export interface RosterMember {
  name: string;
  directoryId?: string;
  email?: string;
  organisation?: string;
  roles: Role[];
  /** As on Attendee: the role words as the group writes them. */
  roleLabel?: string;
}

export interface TemplateItem {
  kind: ItemKind;
  title: string;
}

/** What a group chose once; stored as JSON in the group's SharePoint library. */
export interface GroupSettings {
  schemaVersion: number;
  groupId: string;
  name: string;
  kind: RecordKind;
  language: Language;
  /** The drive and folder that hold `<year>/` folders of records. */
  driveId?: string;
  folderPath: string;
  planId?: string;
  roster: RosterMember[];
  /** The group's own adjustments to the standard template, if any. */
  template?: TemplateItem[];
  /** Organisation name -> the person who takes its assignments ("Närvårdskontoret"). */
  organisationContacts: Record<string, AssigneeRef>;
  /** Notes: who must approve (chair) or nobody (filed after the objection period). */
  notesApprovers: ApproverRole[];
  /** The year's first § for the group, when its earlier records are not in the folder (protokoll). */
  firstNumberOfYear?: { year: number; number: number };
  /** "§ 12." / "1." (dot, the default) or "§ 12" / "1" (plain). */
  headingStyle?: HeadingStyle;
  /** The sentence before the "att …" lines, e.g. "Chefsgruppen beslutar att:"; default "<Gruppen> beslutar att:". */
  decisionLead?: string;
  /** `group`: the roster array's order is the group's own order (the default); `surname`: sorted by surname, `sv` collation. */
  rosterOrder?: RosterOrder;
  /** How a deputy's role follows the organisation: "Kommun (ersättare)" or "Kommun, ersättare" (the default). */
  roleStyle?: RoleStyle;
  /** Where the group usually meets, prefilled into a new record's `place`. */
  place?: string;
  /** The group's usual hours, "HH:mm". */
  usualTime?: { start: string; end: string };
}

export type HeadingStyle = 'dot' | 'plain';
export type RosterOrder = 'group' | 'surname';
export type RoleStyle = 'parentheses' | 'comma';
