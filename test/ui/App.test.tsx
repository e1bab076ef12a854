// @vitest-environment jsdom
// Each host's surface shows its own screen, in the host's language and theme. The contexts are the fake
// host's, set as the Teams, Outlook and browser adapters set them.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeHost } from '../../src/hosts/fakeHost';
import type { HostContext, ThemeName } from '../../src/hosts/hostAdapter';
import { App } from '../../src/ui/App';
import { AppShell } from '../../src/ui/AppShell/AppShell';
import { HostShell } from '../../src/ui/AppShell/HostShell';
import type { AppServices } from '../../src/contracts/appServices';
import type { ApprovalView } from '../../src/contracts/approval';
import { ServicesContext } from '../../src/ui/ServicesContext';
import { fakeServices, installResizeObserver, secretary } from './support/fakeServices';
import { attendee, groupSettings, sessionWith } from './support/records';
import { loadUiStrings } from '../../src/ui/i18n/strings';

afterEach(cleanup);
// The shell reads the UI's words from a chunk per language: loaded once here, the renders below are synchronous.
beforeAll(() => Promise.all([loadUiStrings('sv'), loadUiStrings('en')]));

const people = [attendee('Göran Öberg', { roles: ['chair'] }), attendee('Marta Ek', { roles: ['adjuster'] })];
const chairView: ApprovalView = {
  status: 'none',
  noApprovers: false,
  approvedBy: [],
  missing: ['chair', 'adjuster'],
  notes: [],
  changeRequests: [],
  version: { id: '3.0', savedBy: 'Åsa Lindqvist', savedAt: '2026-02-27T15:00:00Z', secretary: 'Åsa Lindqvist' },
  canApprove: true,
  myRole: 'chair',
};

function services(): AppServices {
  return fakeServices({
    openRecord: vi.fn(async () => sessionWith({ attendees: people, saved: true })),
    persistDraft: vi.fn(async () => undefined),
    approvalView: vi.fn(async () => chairView),
    recordHistory: vi.fn(async () => []),
    listMeetings: vi.fn(async () => []),
    listGroups: vi.fn(async () => [{ id: groupSettings.groupId, name: groupSettings.name }]),
    loadSettings: vi.fn(async () => groupSettings),
    listPlans: vi.fn(async () => []),
    recordsAwaitingMyApproval: vi.fn(async () => []),
    myAssignments: vi.fn(async () => []),
  });
}

/** The app as main.tsx renders it for a host. */
function renderApp(context: Partial<HostContext>, appServices = services()) {
  installResizeObserver();
  const host = createFakeHost({ context });
  const shell = { surface: host.context.surface, theme: host.context.theme, locale: host.context.locale };
  return render(
    <AppShell shell={shell} user={secretary}>
      <ServicesContext.Provider value={appServices}>
        <App context={host.context} />
      </ServicesContext.Provider>
    </AppShell>,
  );
}

const teamsMeeting = {
  chatId: '19:meeting_styrgrupp@thread.v2',
  joinUrl: 'https://teams.microsoft.com/l/meetup-join/styrgrupp',
};

describe('App on every surface', () => {
  it('Teams meeting side panel: attendance first, a switch per person, two tabs', async () => {
    const appServices = services();
    renderApp(
      { host: 'teams', surface: 'sidePanel', meeting: teamsMeeting, groupId: groupSettings.groupId },
      appServices,
    );
    expect(await screen.findByRole('switch', { name: 'Närvaro för Göran Öberg' })).toBeInTheDocument();
    expect(appServices.openRecord).toHaveBeenCalledWith(
      { kind: 'teamsMeeting', ...teamsMeeting },
      { groupId: groupSettings.groupId },
    );
    expect(screen.getByRole('tab', { name: 'Närvaro' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getAllByRole('tab')).toHaveLength(2);
  });

  it('Teams meeting tab: the four tabs, the minutes first', async () => {
    renderApp({ host: 'teams', surface: 'meetingTab', meeting: teamsMeeting });
    const tabs = await screen.findAllByRole('tab');
    expect(tabs).toEqual(
      ['Närvaro', 'Protokoll', 'Förhandsgranska', 'Justering'].map((name) => screen.getByRole('tab', { name })),
    );
    expect(screen.getByRole('tab', { name: 'Protokoll' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
  });

  it('Teams tab settings: the configuration form', async () => {
    renderApp({ host: 'teams', surface: 'config', groupId: groupSettings.groupId });
    expect(await screen.findByRole('heading', { name: 'Gruppens inställningar' })).toBeInTheDocument();
  });

  it('Teams personal tab: what waits for my approval', async () => {
    renderApp({ host: 'teams', surface: 'personal' });
    expect(await screen.findByRole('heading', { name: 'Väntar på min justering' })).toBeInTheDocument();
  });

  it('Outlook meeting pane: a chair can approve', async () => {
    const appServices = services();
    renderApp(
      { host: 'outlook', surface: 'approval', meeting: { eventId: 'event-styrgrupp' }, taskPane: true },
      appServices,
    );
    expect(await screen.findByRole('button', { name: 'Justera' })).toBeInTheDocument();
    expect(appServices.openRecord).toHaveBeenCalledWith({ kind: 'event', eventId: 'event-styrgrupp' }, undefined);
  });

  it('plain browser: my meetings', async () => {
    renderApp({ host: 'browser', surface: 'browser' });
    expect(await screen.findByRole('heading', { name: 'Mina möten' })).toBeInTheDocument();
  });
});

// Each test loads two lazy screens (the picker, then the workspace): seconds in jsdom on a busy machine.
describe('a Teams meeting not found in my calendar', { timeout: 20_000 }, () => {
  it('says so once, lets me pick the meeting from my calendar, and opens that event', async () => {
    const now = new Date();
    const picked = {
      eventId: 'event-picked',
      subject: 'Styrgrupp närvård',
      start: new Date(now.getTime() + 3_600_000).toISOString(),
      end: new Date(now.getTime() + 7_200_000).toISOString(),
      isOnlineMeeting: true,
    };
    const appServices = services();
    appServices.listMeetings = vi.fn(async () => [picked]);
    appServices.openRecord = vi.fn(async (target) =>
      target.kind === 'teamsMeeting'
        ? sessionWith({ notices: [{ kind: 'eventNotFound' }] })
        : sessionWith({ attendees: people, saved: true }),
    );
    const user = userEvent.setup();
    renderApp({ host: 'teams', surface: 'meetingTab', meeting: teamsMeeting }, appServices);
    expect(await screen.findByText(/hittade inte det här Teams-mötet i din kalender/)).toBeInTheDocument();
    expect(screen.getAllByText(/hittade inte/)).toHaveLength(1);
    await user.click(await screen.findByRole('button', { name: /Styrgrupp närvård/ }));
    expect(await screen.findByRole('tab', { name: 'Protokoll' })).toBeInTheDocument();
    expect(appServices.openRecord).toHaveBeenLastCalledWith({ kind: 'event', eventId: 'event-picked' }, undefined);
  });

  it('goes on without a calendar event when I say so', async () => {
    const appServices = services();
    appServices.openRecord = vi.fn(async () => sessionWith({ notices: [{ kind: 'eventNotFound' }] }));
    const user = userEvent.setup();
    renderApp({ host: 'teams', surface: 'meetingTab', meeting: teamsMeeting }, appServices);
    await user.click(await screen.findByRole('button', { name: 'Fortsätt utan kalenderhändelse' }));
    expect(await screen.findByRole('tab', { name: 'Protokoll' })).toBeInTheDocument();
    expect(appServices.openRecord).toHaveBeenCalledTimes(1);
  });
});

describe('App in the host locale', () => {
  it('speaks Swedish for sv-SE and English for en-US', async () => {
    renderApp({ host: 'browser', surface: 'browser', locale: 'sv-SE' });
    expect(await screen.findByRole('heading', { name: 'Mina möten' })).toBeInTheDocument();
    cleanup();
    renderApp({ host: 'browser', surface: 'browser', locale: 'en-US' });
    expect(await screen.findByRole('heading', { name: 'My meetings' })).toBeInTheDocument();
    expect(screen.queryByText('Mina möten')).not.toBeInTheDocument();
  });

  it('the side panel in English names its switches in English', async () => {
    renderApp({ host: 'teams', surface: 'sidePanel', locale: 'en-US', meeting: teamsMeeting });
    expect(await screen.findByRole('switch', { name: 'Attendance of Göran Öberg' })).toBeInTheDocument();
  });
});

/** The background Fluent declares on the provider's element for the theme it was given. */
function background(): string {
  const provider = document.querySelector<HTMLElement>('.fui-FluentProvider');
  if (!provider) throw new Error('No FluentProvider rendered');
  return getComputedStyle(provider).getPropertyValue('--colorNeutralBackground1');
}

describe('App in the host theme', () => {
  it('gives each theme its own colours', () => {
    const seen = (['light', 'dark', 'contrast'] as ThemeName[]).map((theme) => {
      const { unmount } = render(<AppShell shell={{ surface: 'sidePanel', theme, locale: 'sv-SE' }}>{theme}</AppShell>);
      const colour = background();
      unmount();
      return colour;
    });
    expect(new Set(seen).size).toBe(3);
    expect(seen.every(Boolean)).toBe(true);
  });

  it('follows the host when the user switches theme in Teams, as main.tsx wires it', () => {
    const host = createFakeHost({ context: { host: 'teams', surface: 'sidePanel', theme: 'light' } });
    render(
      <HostShell host={host} shell={{ surface: 'sidePanel', locale: 'sv-SE' }}>
        innehåll
      </HostShell>,
    );
    const light = background();
    act(() => host.setTheme('dark'));
    const dark = background();
    act(() => host.setTheme('contrast'));
    const contrast = background();
    expect(new Set([light, dark, contrast]).size).toBe(3);
    act(() => host.setTheme('light'));
    expect(background()).toBe(light);
  });
});
