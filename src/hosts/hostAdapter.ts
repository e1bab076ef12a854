// What the app needs to know about where it runs. Teams, Outlook and a plain browser each implement
// this; the UI asks for capabilities, never for host names.

/** Which screen the host is showing. */
export type Surface =
  /** Teams meeting side panel: 280–320 px, compact live editor. */
  | 'sidePanel'
  /** Teams meeting tab (details or chat), full editor. */
  | 'meetingTab'
  /** Configurable tab's settings page. */
  | 'config'
  /** Personal static tab: my records, my assignments, waiting for my approval. */
  | 'personal'
  /** Outlook invite pane (and the approval view anywhere). */
  | 'approval'
  /** Plain browser: meeting picker, then the full editor. */
  | 'browser';

export type ThemeName = 'light' | 'dark' | 'contrast';

export interface HostUser {
  id?: string;
  userPrincipalName?: string;
  displayName?: string;
  /** What MSAL should sign in silently as (Teams `user.loginHint`, Outlook's mailbox address). */
  loginHint?: string;
}

/** The meeting the host is showing, as far as the host knows it. */
export interface HostMeeting {
  /** Teams meeting chat id (`19:meeting_…@thread.v2`). */
  chatId?: string;
  /** Teams meeting id from the tab context (`meeting.id`), for the meeting APIs of teams-js. */
  meetingId?: string;
  joinUrl?: string;
  /** Outlook: the event's REST id (after `convertToRestId`). */
  eventId?: string;
  /** Outlook: the open item's own start (ISO), which tells the occurrence when `eventId` is the series master's. */
  start?: string;
  /** Outlook: organizer view (`meetingDetailsOrganizer`) or attendee view. */
  isOrganizer?: boolean;
}

export interface HostContext {
  host: 'teams' | 'outlook' | 'browser';
  surface: Surface;
  /** BCP 47, e.g. sv-SE. */
  locale: string;
  theme: ThemeName;
  user?: HostUser;
  meeting?: HostMeeting;
  /** The Microsoft 365 group (team) the tab was added to, or chosen in the browser. */
  groupId?: string;
  /** Set in the configurable tab's content URL by the config page. */
  recordKey?: string;
  /** Plain browser: which of its pages to start on (`?view=archive`). */
  view?: 'archive';
}

export interface HostCapabilities {
  /** Nested app authentication (single sign-on) is available. */
  nestedAuth: boolean;
  /** The configurable tab's save/validity handshake. */
  tabConfig: boolean;
  /** Deep links into Teams (to the personal tab's approval view). */
  deepLinks: boolean;
  /** The host can tell us the online meeting (join URL or chat) we are in. */
  meetingContext: boolean;
}

export interface TabConfiguration {
  entityId: string;
  contentUrl: string;
  suggestedDisplayName: string;
  websiteUrl?: string;
}

export interface HostAdapter {
  readonly context: HostContext;
  readonly capabilities: HostCapabilities;
  /** Calls back when the user switches theme in Teams; returns an unsubscribe function. */
  onThemeChange(handler: (theme: ThemeName) => void): () => void;
  /** Configurable tab only: enable Save, and what to save when the user presses it. */
  configureTab?(valid: boolean, onSave: () => Promise<TabConfiguration>): void;
  /** A link that opens the approval view for a record (a Teams deep link, or this app's URL). */
  approvalLink(recordKey: string): string;
  /** Opens a link the host's way (Teams opens deep links itself). */
  openLink(url: string): Promise<void>;
  /** Plain browser against the demo tenant only: reloads signed in as another demo user. */
  switchUser?(userPrincipalName: string): void;
}
