// How the Graph client gets bearer tokens. One interface for MSAL (Teams/Outlook/browser) and the emulator's dev tokens,
// so the gateways never know which one is behind them.

export interface SignedInUser {
  /** Directory object id, when the provider knows it. */
  id?: string;
  /** The user principal name (sign-in name). */
  upn: string;
  displayName?: string;
  tenantId?: string;
}

export interface TokenRequestOptions {
  /** Skip the cache: the service said the token is expired or revoked. */
  forceRefresh?: boolean;
}

export interface TokenProvider {
  /** An access token for Microsoft Graph carrying at least `scopes`. */
  getToken(scopes: string[], options?: TokenRequestOptions): Promise<string>;
  /** Who is signed in, once known. */
  readonly user?: SignedInUser;
}

/**
 * The browser blocked the sign-in popup (it opens only from a click). `signIn()`, called from a button's click
 * handler, opens it; the next token request is then silent.
 */
export class SignInRequiredError extends Error {
  constructor(readonly signIn: () => Promise<void>) {
    super('The browser blocked the sign-in window. Press "Sign in" to open it.');
    this.name = 'SignInRequiredError';
  }
}

/**
 * The permissions are not granted and the user cannot grant them here: an administrator must consent.
 * The UI shows `scopes` so the user can forward exactly what to ask for.
 */
export class ConsentRequiredError extends Error {
  constructor(
    readonly scopes: string[],
    detail?: string,
  ) {
    super(
      `An administrator must grant this app the permission${scopes.length === 1 ? '' : 's'} ${scopes.join(', ')}` +
        (detail ? ` (${detail})` : '.'),
    );
    this.name = 'ConsentRequiredError';
  }
}
