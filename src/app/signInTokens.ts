// The token provider the app signs in with: MSAL (Entra ID, nested app authentication in Teams and Outlook) or, with
// the Graph emulator, its demo users' development tokens. Small and separate from ./signedIn (the Graph client and the
// services): ./begin starts it at once, and the first request for a token is on the network while that code loads.
import { createDevTokenProvider } from '../auth/devTokenProvider';
import type { TokenProvider } from '../auth/tokenProvider';
import type { HostAdapter } from '../hosts/hostAdapter';
import type { Shell } from '../contracts/shell';
import type { AppConfig } from './config';
import { fetchPersonas } from './personas';

export interface SignInTokens {
  tokens: TokenProvider;
  personas?: Shell['personas'];
}

/** Signs in: a token provider, and in the emulator the demo users to switch between. */
export async function signIn(host: HostAdapter, config: AppConfig): Promise<SignInTokens> {
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
