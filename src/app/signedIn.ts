// Signed in, and everything that talks to Microsoft 365: the Graph client and gateways over the token provider
// (./signInTokens), and the app's services over them. Loaded beside the first screen, not before it: a meeting's
// draft on this device opens without any of it (local first), and the Graph client is a good part of the app's
// JavaScript.
import type { HostAdapter } from '../hosts/hostAdapter';
import type { DraftStore } from '../storage/draftStore';
import { uiLanguageFor } from '../ui/i18n/strings';
import type { AppServices, SignedInUser } from '../contracts/appServices';
import type { OpenTarget } from '../contracts/records';
import type { Shell } from '../contracts/shell';
import type { AppConfig } from './config';
import { createServices } from './createServices';
import { markLoad } from './loadMarks';
import type { SignInTokens } from './signInTokens';
import { tenantGateways } from './tenantGateways';
import { earlyWave, startFirstWave, type EarlyWave } from './workflows/firstWave';

export interface SignedIn {
  services: AppServices;
  user: SignedInUser;
  personas?: Shell['personas'];
}

/** Signing in, as often as it is tried: each call is one attempt, over the one token provider `signedInTokens` gives. */
export function signingIn({
  host,
  config,
  drafts,
  first,
  requested = () => {},
  signedInTokens,
}: {
  host: HostAdapter;
  config: AppConfig;
  drafts: DraftStore;
  /** The record the first screen opens: its first round trip starts with the token, beside `/me`. */
  first?: OpenTarget | undefined;
  /** Told when an attempt has its token and its first requests (`/me`, and the first wave) are leaving. */
  requested?: (wave: EarlyWave | undefined) => void;
  /** The token provider (./signInTokens), one for every attempt: started by the caller, beside this code's loading. */
  signedInTokens: () => Promise<SignInTokens>;
}): () => Promise<SignedIn> {
  return async () => {
    const { tokens, personas } = await signedInTokens();
    const gateways = tenantGateways(config.graphBaseUrl, tokens, config.collaborationTenantId);
    const firstWave = first ? earlyWave(first, startFirstWave(gateways, first, new Date())) : undefined;
    // Who I am in the collaboration's tenant: a guest's id there is what Planner and version history name.
    const asked = gateways.directory.me();
    requested(firstWave);
    markLoad('requested');
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
