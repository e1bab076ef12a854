// Signing in and everything that talks to Microsoft 365: the token provider, the Graph client and gateways, and the
// app's services over them. Loaded beside the first screen, not before it: a meeting's draft on this device opens
// without any of it (local first), and the Graph client is a good part of the app's JavaScript.
import { createDevTokenProvider } from '../auth/devTokenProvider';
import type { TokenProvider } from '../auth/tokenProvider';
import { createGraphClient } from '../graph/client';
import { createGateways } from '../graph';
import type { HostAdapter } from '../hosts/hostAdapter';
import type { DraftStore } from '../storage/draftStore';
import { uiLanguageFor } from '../ui/i18n/strings';
import type { AppServices, SignedInUser } from '../contracts/appServices';
import type { Shell } from '../contracts/shell';
import type { readConfig } from './config';
import { createServices } from './createServices';
import { fetchPersonas } from './personas';

async function signIn(
  host: HostAdapter,
  config: ReturnType<typeof readConfig>,
): Promise<{ tokens: TokenProvider; personas?: Shell['personas'] }> {
  if (config.authMode === 'msal') {
    // MSAL is loaded only where it signs in: the emulator build never fetches it.
    const { createMsalTokenProvider } = await import('../auth/msalTokenProvider');
    const tokens = await createMsalTokenProvider({
      clientId: config.clientId,
      authority: config.authority,
      nested: host.capabilities.nestedAuth,
      redirectUri: `${location.origin}/auth-redirect.html`,
      loginHint: host.context.user?.loginHint ?? host.context.user?.userPrincipalName,
    });
    return { tokens };
  }
  const personas = await fetchPersonas(config.graphBaseUrl);
  const upn = host.context.user?.userPrincipalName ?? personas[0]?.upn;
  if (!upn)
    throw new Error(`The Graph emulator at ${config.graphBaseUrl} has no demo users. Is it running (npm start)?`);
  return { tokens: createDevTokenProvider({ upn }), personas };
}

export interface SignedIn {
  services: AppServices;
  user: SignedInUser;
  personas?: Shell['personas'];
}

/**
 * Signing in, as often as it is tried: one token provider for every attempt, so after a sign-in from the button
 * its (memory-only) cache has the account and the next attempt is silent.
 */
export function signingIn(
  host: HostAdapter,
  config: ReturnType<typeof readConfig>,
  drafts: DraftStore,
): () => Promise<SignedIn> {
  let provider: ReturnType<typeof signIn> | undefined;
  return async () => {
    provider ??= signIn(host, config);
    const { tokens, personas } = await provider;
    const gateways = createGateways(createGraphClient({ baseUrl: config.graphBaseUrl, tokens }));
    const me = await gateways.directory.me();
    const user = { id: me.id, displayName: me.displayName, userPrincipalName: me.userPrincipalName };
    const services = createServices({
      gateways,
      drafts,
      host,
      user,
      language: uiLanguageFor(host.context.locale),
      tenantDomains: [(me.userPrincipalName ?? me.mail ?? '').split('@')[1] ?? ''].filter(Boolean),
    });
    return { services, user, ...(personas ? { personas } : {}) };
  };
}
