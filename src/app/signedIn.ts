// Signing in and everything that talks to Microsoft 365: the token provider, the Graph client and gateways, and the
// app's services over them. Loaded beside the first screen, not before it: a meeting's draft on this device opens
// without any of it (local first), and the Graph client is a good part of the app's JavaScript.
import { createDevTokenProvider } from '../auth/devTokenProvider';
import type { TokenProvider } from '../auth/tokenProvider';
import type { HostAdapter } from '../hosts/hostAdapter';
import type { DraftStore } from '../storage/draftStore';
import { uiLanguageFor } from '../ui/i18n/strings';
import type { AppServices, SignedInUser } from '../contracts/appServices';
import type { OpenTarget } from '../contracts/records';
import type { Shell } from '../contracts/shell';
import type { readConfig } from './config';
import { createServices } from './createServices';
import { markLoad } from './loadMarks';
import { fetchPersonas } from './personas';
import { tenantGateways } from './tenantGateways';
import { earlyWave, startFirstWave, type EarlyWave } from './workflows/firstWave';

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
  const wanted = host.context.user?.userPrincipalName;
  const all = await fetchPersonas(config.graphBaseUrl, wanted);
  const persona = wanted ? all.find((candidate) => candidate.upn.toLowerCase() === wanted.toLowerCase()) : all[0];
  if (!persona)
    throw new Error(
      wanted
        ? `The Graph emulator at ${config.graphBaseUrl} has no user ${wanted}.`
        : `The Graph emulator at ${config.graphBaseUrl} has no demo users. Is it running (npm start)?`,
    );
  const personas = all
    .filter((candidate) => candidate.label !== '')
    .map(({ upn, displayName, label }) => ({ upn, displayName, label }));
  return {
    tokens: createDevTokenProvider({ account: persona.account, guestAccounts: persona.guestAccounts }),
    personas,
  };
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
  /** The record the first screen opens: its first round trip starts with the token, beside `/me`. */
  first?: OpenTarget,
  /** Told when an attempt has its token and its first requests (`/me`, and the first wave) are leaving. */
  requested: (wave: EarlyWave | undefined) => void = () => {},
): () => Promise<SignedIn> {
  let provider: ReturnType<typeof signIn> | undefined;
  return async () => {
    provider ??= signIn(host, config);
    const { tokens, personas } = await provider;
    const gateways = tenantGateways(config.graphBaseUrl, tokens, config.collaborationTenantId);
    const firstWave = first ? earlyWave(first, startFirstWave(gateways, first, new Date())) : undefined;
    // Who I am in the collaboration's tenant: a guest's id there is what Planner and version history name.
    const asked = gateways.directory.me();
    requested(firstWave);
    const me = await asked;
    const user = { id: me.id, displayName: me.displayName, userPrincipalName: me.userPrincipalName };
    const services = createServices({
      gateways,
      drafts,
      host,
      user,
      language: uiLanguageFor(host.context.locale),
      tenantDomains: [(me.userPrincipalName ?? me.mail ?? '').split('@')[1] ?? ''].filter(Boolean),
      ...(firstWave ? { firstWave } : {}),
    });
    markLoad('signedIn');
    return { services, user, ...(personas ? { personas } : {}) };
  };
}
