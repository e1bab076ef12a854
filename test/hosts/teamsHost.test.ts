import { app, FrameContexts, pages } from '@microsoft/teams-js';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostMeeting, Surface, TabConfiguration, ThemeName } from '../../src/hosts/hostAdapter';
import { createTeamsHost, defaultTeamsConfig, type TeamsAppConfig } from '../../src/hosts/teamsHost';

const teams = vi.hoisted(() => ({
  getContext: vi.fn(),
  registerOnThemeChangeHandler: vi.fn(),
  openLink: vi.fn(async () => {}),
  isNAAChannelRecommended: vi.fn(() => true),
  configIsSupported: vi.fn(() => true),
  registerOnSaveHandler: vi.fn(),
  setConfig: vi.fn(async () => {}),
  setValidityState: vi.fn(),
}));

// Only the functions the adapter calls are replaced; enums such as FrameContexts stay real.
vi.mock('@microsoft/teams-js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@microsoft/teams-js')>();
  return {
    ...actual,
    app: {
      ...actual.app,
      getContext: teams.getContext,
      registerOnThemeChangeHandler: teams.registerOnThemeChangeHandler,
      openLink: teams.openLink,
    },
    nestedAppAuth: { ...actual.nestedAppAuth, isNAAChannelRecommended: teams.isNAAChannelRecommended },
    pages: {
      ...actual.pages,
      config: {
        ...actual.pages.config,
        isSupported: teams.configIsSupported,
        registerOnSaveHandler: teams.registerOnSaveHandler,
        setConfig: teams.setConfig,
        setValidityState: teams.setValidityState,
      },
    },
  };
});

const config: TeamsAppConfig = { ...defaultTeamsConfig, appId: '2f7a1c9e-5d0b-4e7a-9c1d-3b8e6f0a4d21' };
const staticTab = defaultTeamsConfig.personalTabEntityId;
const tabUrl = new URL('https://app.contoso.test/index.html?surface=meetingTab&group=g-from-url&record=2025-05-06');
const meetingChat = '19:meeting_NjA3ZGM1@thread.v2';
const meetingId = 'MCMxOTptZWV0aW5nX05qQTNaR00xQHRocmVhZC52MiMw';

function teamsContext(
  page: Partial<app.PageInfo> & { frameContext: FrameContexts },
  rest: Partial<app.Context> = {},
): app.Context {
  return {
    app: {
      locale: 'sv-SE',
      theme: 'default',
      sessionId: 's-1',
      host: { name: 'Teams', clientType: 'web', sessionId: 'h-1' },
    },
    page: { id: 'tab-instance', ...page },
    user: {
      id: 'u-1',
      userPrincipalName: 'anna.berg@contoso.test',
      displayName: 'Anna Berg',
      loginHint: 'anna.berg@contoso.test',
    },
    dialogParameters: {},
    ...rest,
  } as app.Context;
}

const inMeeting = { meeting: { id: meetingId }, chat: { id: meetingChat } };

const meeting = { meetingId, chatId: meetingChat };

// One row per frame context the app is added to, as teams-js' own tests loop over frame contexts.
const frames: [string, app.Context, Surface, HostMeeting | undefined][] = [
  [
    'meeting tab (content in a meeting)',
    teamsContext({ frameContext: FrameContexts.content }, inMeeting),
    'meetingTab',
    meeting,
  ],
  ['meeting side panel', teamsContext({ frameContext: FrameContexts.sidePanel }, inMeeting), 'sidePanel', meeting],
  [
    'personal static tab (content, no meeting)',
    teamsContext({ id: staticTab, frameContext: FrameContexts.content }),
    'personal',
    undefined,
  ],
  // A channel tab is neither a meeting nor the static tab: the content URL the config page wrote decides.
  [
    'channel tab (content in a team)',
    teamsContext({ frameContext: FrameContexts.content }, { team: { internalId: '19:t', groupId: 'g-1' } }),
    'meetingTab',
    undefined,
  ],
  ['meeting stage', teamsContext({ frameContext: FrameContexts.meetingStage }, inMeeting), 'meetingTab', meeting],
  [
    'config page in a meeting (settings)',
    teamsContext({ frameContext: FrameContexts.settings }, inMeeting),
    'config',
    meeting,
  ],
];

beforeEach(() => {
  vi.clearAllMocks();
});

describe('Teams host', () => {
  it.each(frames)('%s: surface, locale, theme, user and meeting', async (_name, context, surface, meeting) => {
    teams.getContext.mockResolvedValue(context);
    const host = await createTeamsHost(config, tabUrl);
    expect(host.context).toMatchObject({
      host: 'teams',
      surface,
      locale: 'sv-SE',
      theme: 'light',
      user: { id: 'u-1', userPrincipalName: 'anna.berg@contoso.test', loginHint: 'anna.berg@contoso.test' },
    });
    expect(host.context.meeting).toEqual(meeting);
    expect(host.capabilities.meetingContext).toBe(meeting !== undefined);
  });

  it.each([
    ['default', 'light'],
    ['dark', 'dark'],
    ['contrast', 'contrast'],
    ['something new', 'light'],
  ] satisfies [string, ThemeName][])('maps the Teams theme %s to %s', async (teamsTheme, theme) => {
    const context = teamsContext({ frameContext: FrameContexts.content }, inMeeting);
    teams.getContext.mockResolvedValue({ ...context, app: { ...context.app, theme: teamsTheme, locale: 'en-US' } });
    const host = await createTeamsHost(config, tabUrl);
    expect(host.context.theme).toBe(theme);
    expect(host.context.locale).toBe('en-US');
  });

  it('takes the group from the team and the record from the content URL', async () => {
    teams.getContext.mockResolvedValue(
      teamsContext(
        { frameContext: FrameContexts.content },
        { ...inMeeting, team: { internalId: '19:x', groupId: 'g-team' } },
      ),
    );
    const host = await createTeamsHost(config, tabUrl);
    expect(host.context).toMatchObject({ groupId: 'g-team', recordKey: '2025-05-06' });
  });

  it('falls back to the content URL for the group in a meeting chat, which has no team', async () => {
    teams.getContext.mockResolvedValue(teamsContext({ frameContext: FrameContexts.content }, inMeeting));
    const host = await createTeamsHost(config, tabUrl);
    expect(host.context.groupId).toBe('g-from-url');
  });

  it('opens the record a deep link names as the personal tab sub-page', async () => {
    teams.getContext.mockResolvedValue(
      teamsContext({ id: staticTab, frameContext: FrameContexts.content, subPageId: 'rec-42' }),
    );
    const host = await createTeamsHost(config, new URL('https://app.contoso.test/index.html?surface=personal'));
    expect(host.context).toMatchObject({ surface: 'personal', recordKey: 'rec-42' });
  });

  it('calls theme subscribers when Teams switches theme, until they unsubscribe', async () => {
    teams.getContext.mockResolvedValue(teamsContext({ frameContext: FrameContexts.sidePanel }, inMeeting));
    const host = await createTeamsHost(config, tabUrl);
    const teamsThemeHandler = teams.registerOnThemeChangeHandler.mock.calls[0]?.[0] as (theme: string) => void;
    const seen: ThemeName[] = [];
    const unsubscribe = host.onThemeChange((theme) => seen.push(theme));

    teamsThemeHandler('dark');
    unsubscribe();
    teamsThemeHandler('contrast');

    expect(seen).toEqual(['dark']);
    expect(host.context.theme).toBe('contrast');
  });

  describe('configurable tab handshake', () => {
    const saved: TabConfiguration = {
      entityId: 'styrgrupp-2025',
      contentUrl: 'https://app.contoso.test/index.html?surface=meetingTab&group=g-1',
      suggestedDisplayName: 'Protokoll',
    };

    async function pressSave(onSave: () => Promise<TabConfiguration>) {
      teams.getContext.mockResolvedValue(teamsContext({ frameContext: FrameContexts.settings }, inMeeting));
      const host = await createTeamsHost(config, new URL('https://app.contoso.test/index.html?surface=config'));
      host.configureTab?.(true, onSave);
      const saveHandler = teams.registerOnSaveHandler.mock.calls[0]?.[0] as (event: pages.config.SaveEvent) => void;
      const saveEvent = { result: {}, notifySuccess: vi.fn(), notifyFailure: vi.fn() };
      saveHandler(saveEvent);
      await vi.waitFor(() =>
        expect(saveEvent.notifySuccess.mock.calls.length + saveEvent.notifyFailure.mock.calls.length).toBe(1),
      );
      return saveEvent;
    }

    it('enables Save, then saves the content URL and reports success', async () => {
      const saveEvent = await pressSave(async () => saved);
      expect(teams.setValidityState).toHaveBeenCalledWith(true);
      expect(teams.setConfig).toHaveBeenCalledWith({ ...saved, websiteUrl: undefined });
      expect(saveEvent.notifySuccess).toHaveBeenCalledOnce();
      expect(saveEvent.notifyFailure).not.toHaveBeenCalled();
    });

    it('reports failure with the reason when the config page cannot save', async () => {
      const saveEvent = await pressSave(async () => Promise.reject(new Error('Choose a group first')));
      expect(teams.setConfig).not.toHaveBeenCalled();
      expect(saveEvent.notifyFailure).toHaveBeenCalledWith('Choose a group first');
    });

    it('reports failure when Teams refuses the configuration', async () => {
      teams.setConfig.mockRejectedValueOnce(new Error('invalid contentUrl'));
      const saveEvent = await pressSave(async () => saved);
      expect(saveEvent.notifyFailure).toHaveBeenCalledWith('invalid contentUrl');
    });
  });

  it('has no tab handshake where pages.config is not supported', async () => {
    teams.configIsSupported.mockReturnValueOnce(false);
    teams.getContext.mockResolvedValue(teamsContext({ frameContext: FrameContexts.content }, inMeeting));
    const host = await createTeamsHost(config, tabUrl);
    expect(host.capabilities.tabConfig).toBe(false);
    expect(host.configureTab).toBeUndefined();
  });

  it('links approval to the personal tab with the record as sub-entity, and opens links through Teams', async () => {
    teams.getContext.mockResolvedValue(teamsContext({ frameContext: FrameContexts.content }, inMeeting));
    const host = await createTeamsHost(config, tabUrl);
    const link = new URL(host.approvalLink('2025-05-06 Styrgrupp'));
    expect(`${link.origin}${link.pathname}`).toBe(`https://teams.microsoft.com/l/entity/${config.appId}/${staticTab}`);
    expect(JSON.parse(link.searchParams.get('context') ?? '')).toEqual({ subEntityId: '2025-05-06 Styrgrupp' });
    expect(host.capabilities).toMatchObject({ deepLinks: true, nestedAuth: true });

    await host.openLink(link.toString());
    expect(teams.openLink).toHaveBeenCalledWith(link.toString());
  });

  it('without an app id links approval to the app itself and claims no deep links', async () => {
    teams.getContext.mockResolvedValue(teamsContext({ frameContext: FrameContexts.content }, inMeeting));
    const host = await createTeamsHost(defaultTeamsConfig, tabUrl);
    expect(host.capabilities.deepLinks).toBe(false);
    expect(host.approvalLink('r1')).toBe('https://app.contoso.test/index.html?surface=approval&record=r1');
  });
});
