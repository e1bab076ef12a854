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

export async function createMsalTokenProvider(options: MsalTokenProviderOptions): Promise<TokenProvider> {
  const configuration: Configuration = {
    auth: {
      clientId: options.clientId,
      authority: options.authority ?? 'https://login.microsoftonline.com/organizations',
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
    try {
      // Without an account only NAA can answer silently: the host knows who is signed in.
      if (account || this.options.nested) {
        const result = await this.pca.acquireTokenSilent({ scopes, account, forceRefresh: request?.forceRefresh });
        return this.remember(result);
      }
    } catch (error) {
      if (!needsInteraction(error)) throw toConsentError(error, scopes);
    }
    try {
      return this.remember(await this.interactive(scopes));
    } catch (error) {
      if (POPUP_BLOCKED_CODES.has(errorCode(error) ?? ''))
        throw new SignInRequiredError(async () => {
          this.remember(await this.interactive(scopes));
        });
      throw toConsentError(error, scopes);
    }
  }

  /** One popup at a time: MSAL refuses a second interaction while one is open, and parallel Graph calls would race. */
  private interactive(scopes: string[]): Promise<AuthenticationResult> {
    this.popup ??= this.pca
      .acquireTokenPopup({ scopes: [...new Set([...scopes, ...appScopes.signIn])], loginHint: this.options.loginHint })
      .finally(() => {
        this.popup = undefined;
      });
    return this.popup;
  }

  private remember(result: AuthenticationResult): string {
    if (result.account) this.pca.setActiveAccount(result.account);
    return result.accessToken;
  }

  private account(): AccountInfo | undefined {
    return this.pca.getActiveAccount() ?? this.pca.getAllAccounts()[0] ?? undefined;
  }
}

function toConsentError(error: unknown, scopes: string[]): unknown {
  if (!(error instanceof Error)) return error;
  const text = `${error.message} ${'errorCode' in error ? String(error.errorCode) : ''}`;
  return CONSENT_ERRORS.test(text) ? new ConsentRequiredError(scopes, error.message) : error;
}
