// The plain browser: everything the Teams and Outlook hosts would tell us comes from the URL instead,
// so every surface can be opened (and tested) against the emulator.
import type { HostAdapter, HostCapabilities, HostContext, ThemeName } from './hostAdapter';
import { appApprovalUrl, queryParam, readHostQuery, type HostLocation } from './hostQuery';
import { trackTheme } from './themeTracker';

/** The part of a `MediaQueryList` the adapter needs. */
export interface MediaQueryWatch {
  readonly matches: boolean;
  addEventListener(type: 'change', listener: () => void): void;
}

/** The parts of `window` the browser adapter uses; injectable so tests need no DOM. */
export interface BrowserEnvironment {
  language: string;
  matchMedia(query: string): MediaQueryWatch;
  /** Navigates this tab (the user switcher and links into the app itself). */
  assign(url: string): void;
  /** Opens another site in a new tab. */
  openWindow(url: string): void;
}

export interface BrowserHost extends HostAdapter {
  /** Reloads the app signed in as another demo user (`?as=`), keeping the rest of the URL. */
  switchUser(userPrincipalName: string): void;
}

const darkQuery = '(prefers-color-scheme: dark)';
const forcedColorsQuery = '(forced-colors: active)';

const noCapabilities: HostCapabilities = {
  nestedAuth: false,
  tabConfig: false,
  deepLinks: false,
  meetingContext: false,
};

function windowEnvironment(): BrowserEnvironment {
  return {
    language: navigator.language,
    // jsdom and some embedded web views have no matchMedia: no preference then.
    matchMedia: (query) =>
      typeof window.matchMedia === 'function' ? window.matchMedia(query) : { matches: false, addEventListener() {} },
    assign: (url) => window.location.assign(url),
    openWindow: (url) => {
      window.open(url, '_blank', 'noopener');
    },
  };
}

function systemTheme(env: BrowserEnvironment): ThemeName {
  if (env.matchMedia(forcedColorsQuery).matches) return 'contrast';
  return env.matchMedia(darkQuery).matches ? 'dark' : 'light';
}

export function createBrowserHost(location: HostLocation, env: BrowserEnvironment = windowEnvironment()): BrowserHost {
  const query = readHostQuery(location.search);
  const context: HostContext = {
    host: 'browser',
    surface: query.surface ?? 'browser',
    locale: query.lang ?? env.language,
    theme: query.theme ?? systemTheme(env),
    user: query.userPrincipalName ? { userPrincipalName: query.userPrincipalName } : undefined,
    groupId: query.groupId,
    recordKey: query.recordKey,
    ...(query.eventId ? { meeting: { eventId: query.eventId } } : {}),
    ...(query.view ? { view: query.view } : {}),
  };
  const theme = trackTheme(context);

  // A theme named in the URL is a deliberate choice (tests, screenshots): the system does not override it.
  if (!query.theme) {
    const follow = (): void => theme.set(systemTheme(env));
    env.matchMedia(darkQuery).addEventListener('change', follow);
    env.matchMedia(forcedColorsQuery).addEventListener('change', follow);
  }

  return {
    context,
    capabilities: { ...noCapabilities },
    onThemeChange: theme.subscribe,
    approvalLink: (recordKey) => appApprovalUrl(location.origin, recordKey),
    async openLink(url) {
      if (new URL(url, location.href).origin === location.origin) env.assign(url);
      else env.openWindow(url);
    },
    switchUser(userPrincipalName) {
      const url = new URL(location.href);
      url.searchParams.set(queryParam.user, userPrincipalName);
      env.assign(url.toString());
    },
  };
}
