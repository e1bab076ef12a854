// Picks the adapter for where the app runs: Outlook's invite pane, then Teams, else a plain browser.
// Each probe is bounded, so a plain browser decides in well under 300 ms.
import { createBrowserHost } from './browserHost';
import type { HostAdapter } from './hostAdapter';
import { readHostQuery, type HostLocation } from './hostQuery';
import { loadOfficeJs, type OfficeReady } from './officeJs';
import { createOutlookHost, isOutlookItemPane } from './outlookHost';
import { defaultTeamsConfig, type TeamsAppConfig } from './teamsConfig';

export interface DetectHostDeps {
  teams?: TeamsAppConfig;
  /** Defaults to teams-js' `app.initialize()`, which rejects at once in a top-level window outside Teams. */
  initializeTeams?: () => Promise<void>;
  /** Whether the page is framed. Teams shows every tab in a frame; a top-level window is never Teams. */
  inFrame?: () => boolean;
  /** Defaults to loading office.js from the CDN into `document`. */
  loadOffice?: (timeoutMs: number) => Promise<OfficeReady>;
  createTeamsHost?: (config: TeamsAppConfig, location: HostLocation) => Promise<HostAdapter>;
  createOutlookHost?: (office: typeof Office, location: HostLocation) => Promise<HostAdapter>;
  createBrowserHost?: (location: HostLocation) => HostAdapter;
  /**
   * Outside any host teams-js rejects at once (no parent window), so this only bounds the wait in a
   * frame that is not Teams, where `app.initialize()` never settles. Generous, because a framed page is
   * almost always Teams, and a slow Teams client must not be mistaken for a plain browser.
   */
  teamsTimeoutMs?: number;
  officeTimeoutMs?: number;
}

const defaultTeamsTimeoutMs = 1_500;
const defaultOfficeTimeoutMs = 5_000;

function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not answer within ${timeoutMs} ms`)), timeoutMs);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

async function probe<T>(attempt: () => Promise<T | undefined>): Promise<T | undefined> {
  try {
    return await attempt();
  } catch {
    // Not this host: the next probe decides.
    return undefined;
  }
}

export async function detectHost(location: HostLocation, deps: DetectHostDeps = {}): Promise<HostAdapter> {
  const loadOffice = deps.loadOffice ?? ((timeoutMs: number) => loadOfficeJs(document, timeoutMs));
  // teams-js (a large part of the bundle) is loaded only where Teams can be: in a frame.
  const initializeTeams = deps.initializeTeams ?? (async () => (await import('@microsoft/teams-js')).app.initialize());
  const createTeamsHost =
    deps.createTeamsHost ??
    (async (config: TeamsAppConfig, at: HostLocation) => (await import('./teamsHost')).createTeamsHost(config, at));
  const inFrame = deps.inFrame ?? (() => deps.initializeTeams !== undefined || window.top !== window.self);

  // office.js is fetched only when the URL asks for the Outlook pane: no other surface pays for it.
  if (readHostQuery(location.search).surface === 'approval') {
    const outlook = await probe(async () => {
      const ready = await loadOffice(deps.officeTimeoutMs ?? defaultOfficeTimeoutMs);
      if (!isOutlookItemPane(ready.office, ready.host)) return undefined;
      return (deps.createOutlookHost ?? createOutlookHost)(ready.office, location);
    });
    if (outlook) return outlook;
  }

  const teams = inFrame()
    ? await probe(async () => {
        await withTimeout(initializeTeams(), deps.teamsTimeoutMs ?? defaultTeamsTimeoutMs, 'Teams');
        return createTeamsHost(deps.teams ?? defaultTeamsConfig, location);
      })
    : undefined;
  if (teams) return teams;

  return (deps.createBrowserHost ?? createBrowserHost)(location);
}
