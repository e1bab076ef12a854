// The typed gateways the app uses to reach Microsoft Graph. The UI and the app's workflows depend on
// these interfaces only; `createGateways` in ./index.ts builds the concrete ones over one Graph client.

/** A calendar event as the app needs it (Graph `event`, reduced). */
export interface CalendarEvent {
  id: string;
  seriesMasterId?: string;
  /** Shared by every attendee's copy of the event; `id` differs per mailbox. */
  iCalUId?: string;
  type?: 'singleInstance' | 'occurrence' | 'exception' | 'seriesMaster';
  subject: string;
  /** ISO 8601 in UTC (Graph answers UTC without `Prefer: outlook.timezone`). */
  start: string;
  end: string;
  location?: string;
  isOnlineMeeting: boolean;
  joinUrl?: string;
  organizer?: EmailAddress;
  attendees: EventAttendee[];
  /** The body as HTML or text, for agenda parsing. */
  body?: { contentType: 'html' | 'text'; content: string };
  webLink?: string;
}

export interface EmailAddress {
  name: string;
  address?: string;
}

export interface EventAttendee {
  emailAddress: EmailAddress;
  type: 'required' | 'optional' | 'resource';
  response: 'none' | 'organizer' | 'tentativelyAccepted' | 'accepted' | 'declined' | 'notResponded';
}

export interface UserProfile {
  id: string;
  displayName: string;
  mail?: string;
  userPrincipalName?: string;
  jobTitle?: string;
  department?: string;
  companyName?: string;
  officeLocation?: string;
  /** `Guest` for a B2B guest (their `mail` is their home address); `Member` otherwise. */
  userType?: 'Member' | 'Guest';
}

/** How to look a person up: by directory id or by e-mail address. */
export interface PersonLookup {
  id?: string;
  mail?: string;
}

export interface MeetingChat {
  calendarEventId?: string;
  joinUrl?: string;
}

export interface CalendarGateway {
  /** `GET /me/calendarView` for the window, every page followed. */
  listEvents(window: { start: Date; end: Date }): Promise<CalendarEvent[]>;
  /** `GET /me/events/{id}`; undefined on 404. */
  getEvent(id: string): Promise<CalendarEvent | undefined>;
  /**
   * A Teams meeting chat's `onlineMeetingInfo` (`GET /chats/{id}`); undefined on 404. `calendarEventId` names the
   * organizer's copy of the event and is often null for meetings scheduled in Outlook; `joinUrl` is always there.
   */
  meetingChat(chatId: string): Promise<MeetingChat | undefined>;
  /** `calendarView` in the window, matched on `onlineMeeting.joinUrl`. */
  findByJoinUrl(joinUrl: string, window: { start: Date; end: Date }): Promise<CalendarEvent | undefined>;
}

export interface DirectoryGateway {
  me(): Promise<UserProfile>;
  /**
   * Profiles for many people in `$batch` requests of at most 20, sent in parallel.
   * The map is keyed by the lookup's id or lower-cased mail; a person the directory does not know maps to null.
   */
  profiles(people: PersonLookup[]): Promise<Map<string, UserProfile | null>>;
  /** `GET /users?$search="displayName:q"` with `ConsistencyLevel: eventual`. */
  search(query: string): Promise<UserProfile[]>;
  /**
   * Users whose display name is exactly one of `names` (`$filter=displayName eq '…'`, members and guest accounts
   * alike), in `$batch` requests; keyed by the name as given.
   */
  byDisplayName(names: string[]): Promise<Map<string, UserProfile[]>>;
}

export interface GroupSummary {
  id: string;
  displayName: string;
  description?: string;
}

export interface GroupsGateway {
  /** `GET /me/joinedTeams`. */
  joinedTeams(): Promise<GroupSummary[]>;
}

export interface DriveItemRef {
  id: string;
  name: string;
  eTag: string;
  /** The drive that holds the item (`parentReference.driveId`). */
  driveId?: string;
  /** Graph's short-lived pre-authenticated URL of the content (`@microsoft.graph.downloadUrl`), on listings and item reads. */
  downloadUrl?: string;
  webUrl?: string;
  lastModifiedDateTime?: string;
  lastModifiedBy?: string;
  /** Directory object id of who last wrote the item (`lastModifiedBy.user.id`): SharePoint's, not the file's, word. */
  lastModifiedById?: string;
  /** Who created the item (`createdBy.user`). */
  createdBy?: { id: string; displayName: string };
  size?: number;
}

export interface DriveItemVersion {
  id: string;
  lastModifiedDateTime: string;
  lastModifiedBy: { id?: string; displayName: string };
  size?: number;
}

/** A write was refused because the object changed since `ifMatch` (HTTP 412, or 409 for Planner and create-only files). */
export class ConflictError extends Error {
  constructor(
    message: string,
    readonly currentETag?: string,
  ) {
    super(message);
    this.name = 'ConflictError';
  }
}

/** The object is gone (HTTP 404) — a deleted plan, bucket, file or user. */
export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** The signed-in user may not do this (HTTP 403), or consent is missing. */
export class AccessDeniedError extends Error {
  constructor(
    message: string,
    readonly requiredScopes: string[] = [],
  ) {
    super(message);
    this.name = 'AccessDeniedError';
  }
}

/** Graph kept answering 429/503/504 after the client's retries; `retryAfterSeconds` is the service's last hint. */
export class ThrottledError extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ThrottledError';
  }
}

/**
 * Planner's documented limit codes (403 with the code: "Planner error status codes" in the Planner overview); the
 * numbers are in https://learn.microsoft.com/en-us/office365/planner/planner-limits.
 */
export const PLANNER_LIMIT_CODES = [
  'MaximumProjectsOwnedByUser',
  'MaximumProjectsSharedWithUser',
  'MaximumTasksCreatedByUser',
  'MaximumTasksAssignedToUser',
  'MaximumTasksInProject',
  'MaximumActiveTasksInProject',
  'MaximumBucketsInProject',
  'MaximumUsersSharedWithProject',
  'MaximumReferencesOnTask',
  'MaximumChecklistItemsOnTask',
  'MaximumAssigneesInTasks',
  'MaximumFavoritePlansForUser',
  'MaximumRecentPlansForUser',
  'MaximumContextsOnPlan',
  'MaximumPlannerPlans',
] as const;
export type PlannerLimitCode = (typeof PLANNER_LIMIT_CODES)[number];

export function isPlannerLimitCode(code: string | undefined): code is PlannerLimitCode {
  return (PLANNER_LIMIT_CODES as readonly string[]).includes(code ?? '');
}

/** A Planner service limit was reached (HTTP 403 with the limit's code); the message names the code. */
export class PlannerLimitError extends Error {
  constructor(
    message: string,
    readonly code: PlannerLimitCode,
  ) {
    super(message);
    this.name = 'PlannerLimitError';
  }
}

/**
 * A write answered 504 Gateway Timeout: Graph may have carried it out or not. It is not sent again blindly; the caller
 * reads what is there first (a created task or bucket, a file's content) and writes again only what is missing.
 */
export class UnknownOutcomeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnknownOutcomeError';
  }
}

/**
 * Graph could not be reached or the connection broke before the answer (offline, DNS, TLS, CORS, a dropped connection).
 * A read did nothing; a write may have reached Graph before the connection broke, so its outcome is unknown too.
 */
export class NetworkError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NetworkError';
  }
}

export interface FilesGateway {
  /** `GET /groups/{id}/drive` → the drive id. */
  groupDriveId(groupId: string): Promise<string>;
  /** `GET /drives/{d}/root:/{path}` + content; undefined on 404. */
  readText(driveId: string, path: string): Promise<{ text: string; item: DriveItemRef } | undefined>;
  /**
   * `PUT /drives/{d}/root:/{path}:/content`. With `ifMatch` the write fails with ConflictError when the file changed;
   * with `ifMatch: null` it must not exist yet (conflictBehavior=fail → ConflictError).
   */
  write(
    driveId: string,
    path: string,
    body: Blob | Uint8Array | string,
    contentType: string,
    ifMatch: string | null,
  ): Promise<DriveItemRef>;
  /**
   * `PUT …:/content` with `conflictBehavior=replace` and no If-Match: for documents generated from the source
   * (Word, PDF), where the newest rendering is by definition the right one.
   */
  replace(driveId: string, path: string, body: Blob | Uint8Array | string, contentType: string): Promise<DriveItemRef>;
  /** `GET /drives/{d}/root:/{folder}:/children`, every page followed; [] when the folder does not exist. */
  list(driveId: string, folderPath: string): Promise<DriveItemRef[]>;
  /**
   * The files of several folders of a group's default library in one `$batch` of
   * `GET /groups/{id}/drive/root:/{folder}:/children` (every page followed); a missing folder lists as [].
   * Keyed by the folder path as given.
   */
  groupFolders(groupId: string, folderPaths: string[]): Promise<Map<string, DriveItemRef[]>>;
  /** A listed file's content through its pre-authenticated `downloadUrl`: no token, one request. */
  download(item: DriveItemRef): Promise<string>;
  /** `GET /drives/{d}/root:/{path}`: the item's metadata without its content; undefined on 404. */
  item(driveId: string, path: string): Promise<DriveItemRef | undefined>;
  /** The same, as bytes (a Word document). */
  downloadBytes(item: DriveItemRef): Promise<ArrayBuffer>;
  /** `GET /drives/{d}/items/{id}/versions`. */
  versions(driveId: string, itemId: string): Promise<DriveItemVersion[]>;
  /** `GET /drives/{d}/items/{id}/content?format=pdf` (302 → bytes). */
  convertToPdf(driveId: string, itemId: string): Promise<Uint8Array>;
}

export interface PlannerPlan {
  id: string;
  title: string;
  owner?: string;
}

export interface PlannerBucket {
  id: string;
  name: string;
  planId: string;
  /** For DELETE's If-Match. */
  etag: string;
}

export interface PlannerTask {
  id: string;
  planId: string;
  bucketId: string;
  title: string;
  percentComplete: number;
  dueDateTime?: string;
  assigneeIds: string[];
  etag: string;
}

export interface PlannerTaskDetails {
  description: string;
  references: Record<string, { alias: string; type?: string }>;
  etag: string;
}

export interface NewPlannerTask {
  planId: string;
  bucketId: string;
  title: string;
  dueDateTime?: string;
  assigneeIds: string[];
}

export interface PlannerGateway {
  plansOfGroup(groupId: string): Promise<PlannerPlan[]>;
  getPlan(planId: string): Promise<PlannerPlan | undefined>;
  /** `POST /planner/plans` with the group as container (the user must be a member). */
  createPlan(groupId: string, title: string): Promise<PlannerPlan>;
  buckets(planId: string): Promise<PlannerBucket[]>;
  createBucket(planId: string, name: string): Promise<PlannerBucket>;
  /** `DELETE /planner/buckets/{id}` with If-Match: Planner deletes the bucket's tasks with it. */
  deleteBucket(bucketId: string, etag: string): Promise<void>;
  tasksInBucket(bucketId: string): Promise<PlannerTask[]>;
  tasksOfPlan(planId: string): Promise<PlannerTask[]>;
  myTasks(): Promise<PlannerTask[]>;
  /** Many tasks' details (description, references) in `$batch` requests of at most 20. Results in input order. */
  taskDetails(taskIds: string[]): Promise<(PlannerTaskDetails | Error)[]>;
  getTask(taskId: string): Promise<PlannerTask | undefined>;
  /** Many task POSTs in `$batch` requests of at most 20. Results in input order; a failed one is an Error. */
  createTasks(tasks: NewPlannerTask[]): Promise<(PlannerTask | Error)[]>;
  /** PATCH with If-Match; ConflictError on 409/412. Returns the new ETag. */
  updateTask(
    taskId: string,
    etag: string,
    patch: Partial<Pick<NewPlannerTask, 'title' | 'dueDateTime' | 'assigneeIds'>> & { percentComplete?: number },
  ): Promise<PlannerTask>;
  deleteTask(taskId: string, etag: string): Promise<void>;
  /**
   * For many tasks: GET details (ETag) then PATCH description and reference, batched. An update that names the ETag of
   * the app's own last write of those details is PATCHed without the read; if they changed since, read and written again.
   */
  writeDetails(
    updates: { taskId: string; description: string; reference?: { url: string; alias: string }; etag?: string }[],
  ): Promise<({ etag: string } | Error)[]>;
}

export interface MailMessage {
  subject: string;
  /** HTML built by the app from escaped text. */
  html: string;
  to: EmailAddress[];
}

export interface MailGateway {
  /** `POST /me/sendMail` (202). */
  send(message: MailMessage): Promise<void>;
}

export interface AttendanceRecord {
  emailAddress?: string;
  identityId?: string;
  displayName: string;
  totalAttendanceInSeconds: number;
}

export interface MeetingsGateway {
  /** The online meeting's attendance; undefined when the user may not read reports (not organizer) or none exists. */
  attendance(joinUrl: string): Promise<AttendanceRecord[] | undefined>;
}

export interface Gateways {
  calendar: CalendarGateway;
  directory: DirectoryGateway;
  groups: GroupsGateway;
  files: FilesGateway;
  planner: PlannerGateway;
  mail: MailGateway;
  meetings: MeetingsGateway;
}
