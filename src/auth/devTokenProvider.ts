// Tokens for the local Graph emulator: an unsigned JWT the emulator accepts (see emulator/devToken.ts).
// Kept in memory only, never in localStorage or sessionStorage, like MSAL's memory cache.
// Like Entra, a token names the tenant that issued it (`tid`) and the user's object id there (`oid`): asked for
// another tenant, the provider uses the person's guest object in that tenant, or refuses as Entra does (AADSTS50020).
import { allScopes, scopes as appScopes } from './scopes';
import {
  ConsentRequiredError,
  NotInTenantError,
  type SignedInUser,
  type TokenProvider,
  type TokenRequestOptions,
} from './tokenProvider';

/** One directory object the person signs in as: their home account, or a guest object in another tenant. */
export interface DevAccount {
  upn: string;
  tenantId: string;
  objectId: string;
}

export interface DevTokenOptions {
  /** The emulator user to act as, in their home tenant. */
  account: DevAccount;
  /** The same person's B2B guest objects in other tenants. */
  guestAccounts?: readonly DevAccount[];
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
  const cache = new Map<string, { token: string; expiresAt: number }>();
  const { account } = options;

  const user: SignedInUser = { upn: account.upn, id: account.objectId, tenantId: account.tenantId };
  return {
    user,
    async getToken(scopes: string[], request?: TokenRequestOptions): Promise<string> {
      const missing = scopes.filter((scope) => !isGrantedOrSignIn(scope, granted));
      if (missing.length > 0) throw new ConsentRequiredError(missing, 'dev token provider');
      const tenantId = request?.tenantId ?? account.tenantId;
      const signInAs =
        tenantId === account.tenantId ? account : options.guestAccounts?.find((guest) => guest.tenantId === tenantId);
      if (!signInAs) throw new NotInTenantError(account.upn, tenantId);
      const nowSeconds = Math.floor(now() / 1000);
      const cached = cache.get(tenantId);
      if (cached && !request?.forceRefresh && cached.expiresAt - RENEW_MARGIN_SECONDS > nowSeconds) return cached.token;
      const token = mintDevToken(signInAs, granted, nowSeconds, lifetime);
      cache.set(tenantId, { token, expiresAt: nowSeconds + lifetime });
      return token;
    },
  };
}

function isGrantedOrSignIn(scope: string, granted: string[]): boolean {
  const lower = scope.toLowerCase();
  return [...appScopes.signIn, 'email'].includes(lower) || granted.some((g) => g.toLowerCase() === lower);
}

/** `base64url(header).base64url(claims).` with an empty signature (alg none): the emulator's dev token format. */
export function mintDevToken(
  account: DevAccount,
  scopes: readonly string[],
  issuedAt: number,
  lifetimeSeconds: number,
): string {
  const header = { alg: 'none', typ: 'JWT' };
  const claims = {
    aud: 'https://graph.microsoft.com',
    tid: account.tenantId,
    oid: account.objectId,
    upn: account.upn,
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
