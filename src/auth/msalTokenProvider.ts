// MSAL for Microsoft Graph: nested app auth (NAA) inside Teams and Outlook, the standard popup flow in a plain browser.
//
// Tokens live in MSAL's memory cache, never in localStorage or sessionStorage: a record may hold non-public drafts and
// any script on the origin could read web storage. In Teams/Outlook the host keeps the real session, so a reload costs
// one silent NAA call; in a plain browser it costs a popup at most once per tab.
import {
  BrowserCacheLocation,
  InteractionRequiredAuthError,
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  type AccountInfo,
  type AuthenticationResult,
  type Configuration,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import {
  ConsentRequiredError,
  NotInTenantError,
  SignInRequiredError,
  type SignedInUser,
  type TokenProvider,
  type TokenRequestOptions,
} from './tokenProvider';
import { scopes as appScopes } from './scopes';

export interface MsalTokenProviderOptions {
  clientId: string;
  /** Defaults to the multi-tenant work-account authority. */
  authority?: string;
  /** In Teams or Outlook, after the host SDK is initialised (teams-js `app.initialize()` / `Office.onReady`). */
  nested: boolean;
  /** The redirect-bridge page (see ./redirectBridge.ts); must be registered on the app as an SPA redirect URI. */
  redirectUri: string;
  /** The signed-in user's UPN from the host context, to skip account selection. */
  loginHint?: string;
}

/**
 * Silent failures a popup can fix. Every InteractionRequiredAuthError code (msal-common's
 * InteractionRequiredAuthErrorCodes), and `no_account_error`: where the host has no NAA bridge,
 * createNestablePublicClientApplication falls back to the standard client, which has no account until someone signs
 * in. Microsoft's advice for add-ins: silent first, and on any failure the popup (office-js#5480).
 */
const INTERACTION_CODES = new Set([
  'no_account_error',
  'interaction_required',
  'consent_required',
  'login_required',
  'no_tokens_found',
  'native_account_unavailable',
  'refresh_token_expired',
  'bad_token',
  'ui_not_allowed',
  'interrupted_user',
]);
/** The popup could not open: the browser blocks popups not opened from a click (msal-browser's BrowserAuthErrorCodes). */
const POPUP_BLOCKED_CODES = new Set(['popup_window_error', 'empty_window_error']);

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'errorCode' in error ? String(error.errorCode) : undefined;
}

function needsInteraction(error: unknown): boolean {
  return error instanceof InteractionRequiredAuthError || INTERACTION_CODES.has(errorCode(error) ?? '');
}

/** Entra ID errors that mean permissions are missing, not that the user must merely sign in again. */
const CONSENT_ERRORS = /AADSTS(65001|65004|90094|90099|900941)\b/;

/** Entra ID's own sign-in hosts, which MSAL validates by instance discovery. */
const MICROSOFT_HOSTS =
  /(^|\.)(login\.microsoftonline\.com|login\.microsoftonline\.us|login\.partner\.microsoftonline\.cn)$/;

const DEFAULT_AUTHORITY = 'https://login.microsoftonline.com/organizations';

export async function createMsalTokenProvider(options: MsalTokenProviderOptions): Promise<TokenProvider> {
  const authority = options.authority ?? DEFAULT_AUTHORITY;
  const authorityHost = new URL(authority).host;
  const configuration: Configuration = {
    auth: {
      clientId: options.clientId,
      authority,
      // Any other host (the emulator's Entra) is named as known, so MSAL reads its OpenID configuration directly
      // instead of asking login.microsoftonline.com's instance discovery about it.
      ...(MICROSOFT_HOSTS.test(authorityHost) ? {} : { knownAuthorities: [authorityHost] }),
      redirectUri: options.redirectUri,
    },
    cache: { cacheLocation: BrowserCacheLocation.MemoryStorage },
  };
  // createNestablePublicClientApplication falls back to the standard client by itself when the host has no NAA bridge.
  const pca = options.nested
    ? await createNestablePublicClientApplication(configuration)
    : await createStandardPublicClientApplication(configuration);
  return new MsalTokenProvider(pca, options);
}

class MsalTokenProvider implements TokenProvider {
  private popup: Promise<AuthenticationResult> | undefined;

  constructor(
    private readonly pca: IPublicClientApplication,
    private readonly options: MsalTokenProviderOptions,
  ) {}

  get user(): SignedInUser | undefined {
    const account = this.account();
    return (
      account && {
        id: account.localAccountId,
        upn: account.username,
        displayName: account.name,
        tenantId: account.tenantId,
      }
    );
  }

  async getToken(scopes: string[], request?: TokenRequestOptions): Promise<string> {
    const account = this.account();
    // A tenant asked for is reached through its own authority: for a B2B guest the collaboration's home tenant issues
    // a token naming the guest object there. MSAL keeps a tenant profile per tenant and shares the refresh token, so
    // the silent call with the home account and the tenanted authority needs no second sign-in (msal-js#6536, docs
    // multi-tenant-accounts.md); /organizations would give a home-tenant token (msal-js#5113).
    const authority = request?.tenantId ? tenantAuthority(this.options.authority, request.tenantId) : undefined;
    try {
      // Without an account only NAA can answer silently: the host knows who is signed in.
      if (account || this.options.nested) {
        const result = await this.pca.acquireTokenSilent({
          scopes,
          account,
          forceRefresh: request?.forceRefresh,
          ...(authority ? { authority } : {}),
        });
        return this.remember(result, authority);
      }
    } catch (error) {
      if (!needsInteraction(error)) throw toTenantError(error, scopes, account, request?.tenantId);
    }
    try {
      return this.remember(await this.interactive(scopes, authority), authority);
    } catch (error) {
      if (POPUP_BLOCKED_CODES.has(errorCode(error) ?? ''))
        throw new SignInRequiredError(async () => {
          this.remember(await this.interactive(scopes, authority), authority);
        });
      throw toTenantError(error, scopes, this.account(), request?.tenantId);
    }
  }

  /** One popup at a time: MSAL refuses a second interaction while one is open, and parallel Graph calls would race. */
  private interactive(scopes: string[], authority: string | undefined): Promise<AuthenticationResult> {
    this.popup ??= this.pca
      .acquireTokenPopup({
        scopes: [...new Set([...scopes, ...appScopes.signIn])],
        loginHint: this.options.loginHint,
        ...(authority ? { authority } : {}),
      })
      .finally(() => {
        this.popup = undefined;
      });
    return this.popup;
  }

  /** The home account stays the active one: a token from another tenant's authority is for that tenant only. */
  private remember(result: AuthenticationResult, authority: string | undefined): string {
    if (result.account && !authority) this.pca.setActiveAccount(result.account);
    return result.accessToken;
  }

  private account(): AccountInfo | undefined {
    return this.pca.getActiveAccount() ?? this.pca.getAllAccounts()[0] ?? undefined;
  }
}

/** The tenant's authority on the configured authority's host (Entra ID's, or the emulator's). */
function tenantAuthority(configured: string | undefined, tenantId: string): string {
  return `${new URL(configured ?? DEFAULT_AUTHORITY).origin}/${encodeURIComponent(tenantId)}`;
}

/**
 * AADSTS50020: the person has no object in the tenant asked for ("…does not exist in tenant … needs to be added as
 * an external user in the tenant first", MSAL.NET #2255); they are not a guest there yet.
 */
const NOT_IN_TENANT = /AADSTS50020\b/;

function toTenantError(
  error: unknown,
  scopes: string[],
  account: AccountInfo | undefined,
  tenantId: string | undefined,
): unknown {
  if (!(error instanceof Error)) return error;
  const text = `${error.message} ${'errorCode' in error ? String(error.errorCode) : ''}`;
  if (tenantId && NOT_IN_TENANT.test(text)) return new NotInTenantError(account?.username ?? '', tenantId);
  return CONSENT_ERRORS.test(text) ? new ConsentRequiredError(scopes, error.message) : error;
}
