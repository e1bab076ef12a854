// The Outlook invite pane (ribbon contexts meetingDetailsAttendee and meetingDetailsOrganizer): the
// meeting comes from the open calendar item, and the only surface is the approval view.
import type { HostAdapter, HostContext, HostMeeting, ThemeName } from './hostAdapter';
import { appApprovalUrl, readHostQuery, type HostLocation } from './hostQuery';
import { trackTheme } from './themeTracker';

type OutlookItem = NonNullable<typeof Office.context.mailbox.item>;

/** True when office.js runs in Outlook with an item open, i.e. the pane this adapter serves. */
export function isOutlookItemPane(office: typeof Office, host: Office.HostType | null): boolean {
  return host === office.HostType.Outlook && Boolean(office.context.mailbox?.item);
}

/** Relative luminance of a `#rrggbb` colour, 0 (black) to 1 (white); undefined when unreadable. */
function luminance(hex: string): number | undefined {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return undefined;
  const [red, green, blue] = match.slice(1).map((part) => parseInt(part, 16) / 255) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

// Outlook supports neither `isDarkTheme` nor `themeId`: the body background colour is what tells.
function themeFromOffice(theme: Office.OfficeTheme | undefined): ThemeName {
  const background = theme ? luminance(theme.bodyBackgroundColor) : undefined;
  return background !== undefined && background < 0.5 ? 'dark' : 'light';
}

function itemIdAsync(office: typeof Office, item: OutlookItem): Promise<string | undefined> {
  return new Promise((resolve) => {
    item.getItemIdAsync((result) => {
      // A new, unsaved meeting has no id yet (`ItemNotSaved`): the pane shows it without an event.
      resolve(result.status === office.AsyncResultStatus.Succeeded ? result.value : undefined);
    });
  });
}

/** Read mode has the start as a Date; compose mode (the organizer's view) as a Time to ask for. */
function itemStart(office: typeof Office, item: OutlookItem): Promise<string | undefined> {
  const start: unknown = item.start;
  if (start instanceof Date) return Promise.resolve(start.toISOString());
  const time = start as Office.Time | undefined;
  if (!time || typeof time.getAsync !== 'function') return Promise.resolve(undefined);
  return new Promise((resolve) => {
    time.getAsync((result) =>
      resolve(result.status === office.AsyncResultStatus.Succeeded ? result.value.toISOString() : undefined),
    );
  });
}

/**
 * The attendee's view (read mode) has `itemId`; the organizer's view is a compose form, whose id comes
 * from `getItemIdAsync` (Mailbox 1.8).
 */
async function outlookMeeting(office: typeof Office): Promise<HostMeeting> {
  const mailbox = office.context.mailbox;
  const item = mailbox.item;
  if (!item) return {};
  const isOrganizer = typeof item.itemId !== 'string';
  const ewsId = isOrganizer ? await itemIdAsync(office, item) : item.itemId;
  const start = await itemStart(office, item);
  return {
    eventId: ewsId ? mailbox.convertToRestId(ewsId, office.MailboxEnums.RestVersion.v2_0) : undefined,
    // Classic Outlook on Windows may give the series master's id for an occurrence; the start says which one.
    ...(start ? { start } : {}),
    isOrganizer,
  };
}

function followThemeChanges(office: typeof Office, onTheme: (theme: ThemeName) => void): void {
  // OfficeThemeChanged needs Mailbox 1.14; older Outlooks keep the theme they opened with.
  if (!office.context.requirements.isSetSupported('Mailbox', '1.14')) return;
  office.context.mailbox.addHandlerAsync(
    office.EventType.OfficeThemeChanged,
    (event: Office.OfficeThemeChangedEventArgs) => onTheme(themeFromOffice(event.officeTheme)),
  );
}

/** Call once `isOutlookItemPane` holds. */
export async function createOutlookHost(office: typeof Office, location: HostLocation): Promise<HostAdapter> {
  const query = readHostQuery(location.search);
  const profile = office.context.mailbox.userProfile;
  const context: HostContext = {
    host: 'outlook',
    surface: 'approval',
    locale: office.context.displayLanguage,
    theme: themeFromOffice(office.context.officeTheme),
    user: profile ? { displayName: profile.displayName, loginHint: profile.emailAddress } : undefined,
    meeting: await outlookMeeting(office),
    recordKey: query.recordKey,
  };
  const theme = trackTheme(context);
  followThemeChanges(office, theme.set);

  return {
    context,
    capabilities: {
      nestedAuth: office.context.requirements.isSetSupported('NestedAppAuth', '1.1'),
      tabConfig: false,
      deepLinks: false,
      meetingContext: false,
    },
    onThemeChange: theme.subscribe,
    approvalLink: (recordKey) => appApprovalUrl(location.origin, recordKey),
    async openLink(url) {
      office.context.ui.openBrowserWindow(url);
    },
  };
}
