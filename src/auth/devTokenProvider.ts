// Tokens for the local Graph emulator: an unsigned JWT the emulator accepts (see emulator/devToken.ts).
// Kept in memory only, never in localStorage or sessionStorage, like MSAL's memory cache.
import { allScopes, scopes as appScopes } from './scopes';
import { ConsentRequiredError, type SignedInUser, type TokenProvider, type TokenRequestOptions } from './tokenProvider';

export interface DevTokenOptions {
  /** The emulator user to act as, e.g. `sekreterare@contoso.example`. */
  upn: string;
  /** The permissions "consented" for the app; asking for others fails like a missing admin consent. */
  granted?: readonly string[];
  lifetimeSeconds?: number;
  /** Clock in milliseconds, for tests. */
  now?: () => number;
}

/** Renew this long before expiry so a request never leaves with a token that expires in flight. */
const RENEW_MARGIN_SECONDS = 5 * 60;

export function createDevTokenProvider(options: DevTokenOptions): TokenProvider {
  const granted = [...(options.granted ?? allScopes)];
  const lifetime = options.lifetimeSeconds ?? 60 * 60;
  const now = options.now ?? Date.now;
  let cached: { token: string; expiresAt: number } | undefined;

  const user: SignedInUser = { upn: options.upn };
  return {
    user,
    async getToken(scopes: string[], request?: TokenRequestOptions): Promise<string> {
      const missing = scopes.filter((scope) => !isGrantedOrSignIn(scope, granted));
      if (missing.length > 0) throw new ConsentRequiredError(missing, 'dev token provider');
      const nowSeconds = Math.floor(now() / 1000);
      if (!cached || request?.forceRefresh || cached.expiresAt - RENEW_MARGIN_SECONDS <= nowSeconds) {
        cached = { token: mintDevToken(options.upn, granted, nowSeconds, lifetime), expiresAt: nowSeconds + lifetime };
      }
      return cached.token;
    },
  };
}

function isGrantedOrSignIn(scope: string, granted: string[]): boolean {
  const lower = scope.toLowerCase();
  return [...appScopes.signIn, 'email'].includes(lower) || granted.some((g) => g.toLowerCase() === lower);
}

/** `base64url(header).base64url(claims).` with an empty signature (alg none): the emulator's dev token format. */
export function mintDevToken(
  upn: string,
  scopes: readonly string[],
  issuedAt: number,
  lifetimeSeconds: number,
): string {
  const header = { alg: 'none', typ: 'JWT' };
  const claims = {
    aud: 'https://graph.microsoft.com',
    upn,
    scp: scopes.join(' '),
    iat: issuedAt,
    exp: issuedAt + lifetimeSeconds,
  };
  return `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}.`;
}

function base64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
