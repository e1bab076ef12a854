import { OfficeMockObject } from 'office-addin-mock';
import { describe, expect, it, vi } from 'vitest';
import type { ThemeName } from '../../src/hosts/hostAdapter';
import { createOutlookHost, isOutlookItemPane } from '../../src/hosts/outlookHost';

const paneUrl = new URL('https://app.contoso.test/index.html?surface=approval&record=2025-05-06');
const ewsId = 'AAMkAGI2TG93AAA+Rd/Aw==';
// What convertToRestId does to an EWS id: URL-safe base64.
const restId = 'AAMkAGI2TG93AAA_Rd-Aw==';

const lightTheme = {
  bodyBackgroundColor: '#FFFFFF',
  bodyForegroundColor: '#000000',
  controlBackgroundColor: '#F3F2F1',
  controlForegroundColor: '#000000',
};
const darkTheme = {
  bodyBackgroundColor: '#1F1F1F',
  bodyForegroundColor: '#FFFFFF',
  controlBackgroundColor: '#292929',
  controlForegroundColor: '#FFFFFF',
};

/** The attendee's form is read mode (AppointmentRead): the id is a property. */
const attendeeItem = { itemType: 'appointment', itemId: ewsId, subject: 'Styrgrupp' };

/** The organizer's form is compose mode (AppointmentCompose): the id comes asynchronously, once saved. */
function organizerItem(saved: boolean) {
  return {
    itemType: 'appointment',
    getItemIdAsync(
      callback: (result: { status: string; value?: string; error?: { code: number; name: string } }) => void,
    ) {
      callback(
        saved
          ? { status: 'succeeded', value: ewsId }
          : { status: 'failed', error: { code: 9041, name: 'ItemNotSaved' } },
      );
    },
  };
}

interface OutlookSetup {
  item: object;
  officeTheme?: typeof lightTheme;
  sets?: string[];
}

function mockOffice({ item, officeTheme = lightTheme, sets = ['Mailbox 1.14', 'NestedAppAuth 1.1'] }: OutlookSetup) {
  const themeHandlers: ((event: { officeTheme: typeof lightTheme }) => void)[] = [];
  const openBrowserWindow = vi.fn();
  const officeMock = new OfficeMockObject({
    host: 'outlook',
    HostType: { Outlook: 'Outlook', Word: 'Word' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    MailboxEnums: { RestVersion: { v1_0: 'v1.0', v2_0: 'v2.0', Beta: 'beta' } },
    EventType: { OfficeThemeChanged: 'officeThemeChanged' },
    context: {
      displayLanguage: 'sv-SE',
      officeTheme,
      requirements: { isSetSupported: (name: string, version: string) => sets.includes(`${name} ${version}`) },
      ui: { openBrowserWindow },
      mailbox: {
        item,
        userProfile: { displayName: 'Karin Ek', emailAddress: 'karin.ek@contoso.test' },
        convertToRestId: (id: string, version: string) =>
          version === 'v2.0' ? id.replace(/\//g, '-').replace(/\+/g, '_') : `unexpected ${version}`,
        addHandlerAsync: (type: string, handler: (event: { officeTheme: typeof lightTheme }) => void) => {
          if (type === 'officeThemeChanged') themeHandlers.push(handler);
        },
      },
    },
  });
  const office = officeMock as unknown as typeof Office;
  return {
    office,
    openBrowserWindow,
    changeTheme: (theme: typeof lightTheme) => themeHandlers.forEach((handler) => handler({ officeTheme: theme })),
  };
}

describe('Outlook host', () => {
  it.each([
    ['meetingDetailsAttendee (read item)', attendeeItem, false],
    ['meetingDetailsOrganizer (compose item)', organizerItem(true), true],
  ] as const)('%s gives the event REST id and who is looking', async (_context, item, isOrganizer) => {
    const { office } = mockOffice({ item });
    const host = await createOutlookHost(office, paneUrl);
    expect(host.context).toEqual({
      host: 'outlook',
      surface: 'approval',
      locale: 'sv-SE',
      theme: 'light',
      user: { displayName: 'Karin Ek', loginHint: 'karin.ek@contoso.test' },
      meeting: { eventId: restId, isOrganizer },
      recordKey: '2025-05-06',
    });
  });

  it('gives the item’s own start, which picks the occurrence when Outlook hands over the series master’s id', async () => {
    const start = new Date('2026-03-16T12:00:00Z');
    const read = await createOutlookHost(mockOffice({ item: { ...attendeeItem, start } }).office, paneUrl);
    expect(read.context.meeting).toMatchObject({ eventId: restId, start: start.toISOString() });
    const compose = {
      ...organizerItem(true),
      start: {
        getAsync: (callback: (result: { status: string; value: Date }) => void) =>
          callback({ status: 'succeeded', value: start }),
      },
    };
    const organizer = await createOutlookHost(mockOffice({ item: compose }).office, paneUrl);
    expect(organizer.context.meeting).toMatchObject({ start: start.toISOString(), isOrganizer: true });
  });

  it('shows an organizer’s new, unsaved meeting without an event instead of failing', async () => {
    const { office } = mockOffice({ item: organizerItem(false) });
    const host = await createOutlookHost(office, paneUrl);
    expect(host.context.meeting).toEqual({ eventId: undefined, isOrganizer: true });
  });

  it('reads a dark Outlook theme from the body background colour', async () => {
    const { office } = mockOffice({ item: attendeeItem, officeTheme: darkTheme });
    const host = await createOutlookHost(office, paneUrl);
    expect(host.context.theme).toBe('dark');
  });

  it('follows Outlook theme changes where Mailbox 1.14 allows it', async () => {
    const { office, changeTheme } = mockOffice({ item: attendeeItem });
    const host = await createOutlookHost(office, paneUrl);
    const seen: ThemeName[] = [];
    host.onThemeChange((theme) => seen.push(theme));
    changeTheme(darkTheme);
    changeTheme(darkTheme);
    changeTheme(lightTheme);
    expect(seen).toEqual(['dark', 'light']);
  });

  it('offers nested auth only where the NestedAppAuth 1.1 set is supported, and nothing Teams-only', async () => {
    const withNaa = await createOutlookHost(mockOffice({ item: attendeeItem }).office, paneUrl);
    const withoutNaa = await createOutlookHost(
      mockOffice({ item: attendeeItem, sets: ['Mailbox 1.14'] }).office,
      paneUrl,
    );
    expect(withNaa.capabilities).toEqual({
      nestedAuth: true,
      tabConfig: false,
      deepLinks: false,
      meetingContext: false,
    });
    expect(withoutNaa.capabilities.nestedAuth).toBe(false);
    expect(withNaa.configureTab).toBeUndefined();
  });

  it('opens links in the browser Outlook provides and links approval to the app itself', async () => {
    const { office, openBrowserWindow } = mockOffice({ item: attendeeItem });
    const host = await createOutlookHost(office, paneUrl);
    await host.openLink('https://contoso.sharepoint.com/doc.docx');
    expect(openBrowserWindow).toHaveBeenCalledWith('https://contoso.sharepoint.com/doc.docx');
    expect(host.approvalLink('r1')).toBe('https://app.contoso.test/index.html?surface=approval&record=r1');
  });

  it('recognises the pane only in Outlook with an item open', () => {
    const { office } = mockOffice({ item: attendeeItem });
    expect(isOutlookItemPane(office, 'Outlook' as unknown as Office.HostType)).toBe(true);
    expect(isOutlookItemPane(office, 'Word' as unknown as Office.HostType)).toBe(false);
    expect(isOutlookItemPane(office, null)).toBe(false);
  });
});
