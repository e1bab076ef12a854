// Teams (and every Microsoft 365 host that runs Teams tabs): everything comes from teams-js after
// `app.initialize()` has resolved, which `detectHost` has already awaited.
import { app, FrameContexts, nestedAppAuth, pages } from '@microsoft/teams-js';
import type { HostAdapter, HostCapabilities, HostContext, Surface, TabConfiguration, ThemeName } from './hostAdapter';
import { appApprovalUrl, readHostQuery, type HostLocation, type HostQuery } from './hostQuery';
import { trackTheme } from './themeTracker';

import type { TeamsAppConfig } from './teamsConfig';

export { defaultTeamsConfig, type TeamsAppConfig } from './teamsConfig';

const teamsLinkBase = 'https://teams.microsoft.com/l/entity';

function themeFromTeams(theme: string | undefined): ThemeName {
  if (theme === 'dark') return 'dark';
  if (theme === 'contrast') return 'contrast';
  return 'light';
}

function surfaceFromTeams(context: app.Context, config: TeamsAppConfig, query: HostQuery): Surface {
  switch (context.page.frameContext) {
    case FrameContexts.sidePanel:
      return 'sidePanel';
    case FrameContexts.settings:
    case FrameContexts.remove:
      return 'config';
    case FrameContexts.meetingStage:
      return 'meetingTab';
    default:
      if (context.meeting?.id) return 'meetingTab';
      if (context.page.id === config.personalTabEntityId) return 'personal';
      // A channel tab, a dialog or a stage view: the content URL the config page wrote says what it shows.
      return query.surface ?? 'personal';
  }
}

function hostContext(context: app.Context, config: TeamsAppConfig, location: HostLocation): HostContext {
  const query = readHostQuery(location.search);
  const inMeeting = Boolean(context.meeting?.id);
  return {
    host: 'teams',
    surface: surfaceFromTeams(context, config, query),
    locale: context.app.locale,
    theme: themeFromTeams(context.app.theme),
    user: context.user
      ? {
          id: context.user.id,
          userPrincipalName: context.user.userPrincipalName,
          displayName: context.user.displayName,
          loginHint: context.user.loginHint,
        }
      : undefined,
    meeting: inMeeting ? { meetingId: context.meeting?.id, chatId: context.chat?.id } : undefined,
    groupId: context.team?.groupId ?? query.groupId,
    // A deep link into the personal tab carries the record as the sub-page; a configured tab carries it in its URL.
    recordKey: context.page.subPageId || query.recordKey,
  };
}

function teamsCapabilities(context: HostContext, config: TeamsAppConfig): HostCapabilities {
  return {
    nestedAuth: nestedAppAuth.isNAAChannelRecommended(),
    tabConfig: pages.config.isSupported(),
    deepLinks: Boolean(config.appId),
    // teams-js 2.58 has no `meeting.isSupported()`; a meeting id in the context is what the app relies on.
    meetingContext: Boolean(context.meeting?.meetingId),
  };
}

function teamsApprovalLink(appId: string, entityId: string, recordKey: string): string {
  const context = encodeURIComponent(JSON.stringify({ subEntityId: recordKey }));
  return `${teamsLinkBase}/${encodeURIComponent(appId)}/${encodeURIComponent(entityId)}?context=${context}`;
}

function configureTab(valid: boolean, onSave: () => Promise<TabConfiguration>): void {
  pages.config.registerOnSaveHandler((saveEvent) => {
    onSave()
      .then(({ entityId, contentUrl, suggestedDisplayName, websiteUrl }) =>
        pages.config.setConfig({ entityId, contentUrl, suggestedDisplayName, websiteUrl }),
      )
      .then(
        () => saveEvent.notifySuccess(),
        (error: unknown) => saveEvent.notifyFailure(error instanceof Error ? error.message : String(error)),
      );
  });
  pages.config.setValidityState(valid);
}

/** Call after `app.initialize()` has resolved. */
export async function createTeamsHost(config: TeamsAppConfig, location: HostLocation): Promise<HostAdapter> {
  const teamsContext = await app.getContext();
  const context = hostContext(teamsContext, config, location);
  const capabilities = teamsCapabilities(context, config);
  const theme = trackTheme(context);
  app.registerOnThemeChangeHandler((teamsTheme) => theme.set(themeFromTeams(teamsTheme)));

  return {
    context,
    capabilities,
    onThemeChange: theme.subscribe,
    configureTab: capabilities.tabConfig ? configureTab : undefined,
    approvalLink: (recordKey) =>
      config.appId
        ? teamsApprovalLink(config.appId, config.personalTabEntityId, recordKey)
        : appApprovalUrl(location.origin, recordKey),
    openLink: (url) => app.openLink(url),
  };
}
