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
  /**
   * The tenant whose authority issues the token (the collaboration's home tenant, where the record lives); default
   * the user's own tenant. A guest gets a token for their guest object there.
   */
  tenantId?: string;
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

/**
 * The signed-in person has no account in the tenant asked for: they are not (yet) a B2B guest there. Entra refuses
 * such a sign-in with AADSTS50020 ("…does not exist in tenant … The account needs to be added as an external user in
 * the tenant first").
 */
export class NotInTenantError extends Error {
  constructor(
    readonly upn: string,
    readonly tenantId: string,
  ) {
    super(`${upn} has no account in tenant ${tenantId}: they must be invited there as a guest first.`);
    this.name = 'NotInTenantError';
  }
}
