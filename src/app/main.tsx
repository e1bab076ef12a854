// Composition root: finds the host, signs in, builds the Graph gateways and local storage, and renders
// the surface the host is showing. The only module that knows the concrete adapters.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createDevTokenProvider } from '../auth/devTokenProvider';
import { SignInRequiredError, type TokenProvider } from '../auth/tokenProvider';
import { createGraphClient } from '../graph/client';
import { createGateways } from '../graph';
import { detectHost } from '../hosts/detectHost';
import { defaultTeamsConfig } from '../hosts/teamsConfig';
import type { HostAdapter } from '../hosts/hostAdapter';
import { createIdbDraftStore } from '../storage/draftStore';
import { App } from '../ui/App';
import { TabConfigContext } from '../ui/ConfigView/tabConfig';
import { RecordLinksContext } from '../ui/PersonalView/recordLinks';
import { AppShell } from '../ui/AppShell/AppShell';
import { HostShell } from '../ui/AppShell/HostShell';
import { uiLanguageFor } from '../ui/i18n/strings';
import type { Shell } from '../contracts/shell';
import { ServicesContext } from '../ui/ServicesContext';
import { readConfig } from './config';
import { createServices } from './createServices';
import { fetchPersonas } from './personas';
import { StartupError } from './StartupError';

async function signIn(
  host: HostAdapter,
  config: ReturnType<typeof readConfig>,
): Promise<{ tokens: TokenProvider; personas?: Shell['personas'] }> {
  if (config.authMode === 'msal') {
    // MSAL is loaded only where it signs in: the emulator build never fetches it.
    const { createMsalTokenProvider } = await import('../auth/msalTokenProvider');
    const tokens = await createMsalTokenProvider({
      clientId: config.clientId,
      nested: host.capabilities.nestedAuth,
      redirectUri: `${location.origin}/auth-redirect.html`,
    });
    return { tokens };
  }
  const personas = await fetchPersonas(config.graphBaseUrl);
  const upn = host.context.user?.userPrincipalName ?? personas[0]?.upn;
  if (!upn)
    throw new Error(`The Graph emulator at ${config.graphBaseUrl} has no demo users. Is it running (npm start)?`);
  return { tokens: createDevTokenProvider({ upn }), personas };
}

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  const config = readConfig();
  const host = await detectHost(window.location, { teams: { ...defaultTeamsConfig, appId: config.teamsAppId } });
  const shell: Shell = { surface: host.context.surface, theme: host.context.theme, locale: host.context.locale };
  // A meeting surface needs the workspace: fetch its code while signing in, not after.
  if (host.context.surface === 'sidePanel' || host.context.surface === 'meetingTab')
    void import('../ui/RecordWorkspace/RecordWorkspace');
  // One token provider for every attempt: after a sign-in from the button its (memory-only) cache has the account.
  let signedIn: ReturnType<typeof signIn> | undefined;
  const run = async (): Promise<void> => {
    try {
      signedIn ??= signIn(host, config);
      const { tokens, personas } = await signedIn;
      const gateways = createGateways(createGraphClient({ baseUrl: config.graphBaseUrl, tokens }));
      const me = await gateways.directory.me();
      const user = { id: me.id, displayName: me.displayName, userPrincipalName: me.userPrincipalName };
      const language = uiLanguageFor(host.context.locale);
      const services = createServices({
        gateways,
        drafts: createIdbDraftStore(),
        host,
        user,
        language,
        tenantDomains: [(me.userPrincipalName ?? me.mail ?? '').split('@')[1] ?? ''].filter(Boolean),
      });
      // Links into records: the host's deep links where it has them, this app's own URLs otherwise.
      const recordLinks = host.capabilities.deepLinks
        ? { approvalLink: host.approvalLink, openLink: host.openLink }
        : {};
      const tabConfig = { configureTab: host.configureTab, origin: location.origin };
      root.render(
        <StrictMode>
          <HostShell
            host={host}
            shell={{
              ...shell,
              ...(personas && host.switchUser ? { personas, switchUser: (upn: string) => host.switchUser?.(upn) } : {}),
            }}
            user={user}
          >
            <ServicesContext.Provider value={services}>
              <RecordLinksContext.Provider value={recordLinks}>
                <TabConfigContext.Provider value={tabConfig}>
                  <App context={host.context} />
                </TabConfigContext.Provider>
              </RecordLinksContext.Provider>
            </ServicesContext.Provider>
          </HostShell>
        </StrictMode>,
      );
    } catch (error) {
      // A blocked sign-in popup opens from a click on the error's button, and the start is tried again.
      const onSignIn =
        error instanceof SignInRequiredError
          ? async () => {
              await error.signIn();
              await run();
            }
          : undefined;
      root.render(
        <AppShell shell={shell}>
          <StartupError error={error} onSignIn={onSignIn} />
        </AppShell>,
      );
    }
  };
  await run();
}

void start();
