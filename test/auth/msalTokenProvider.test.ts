import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccountInfo } from '@azure/msal-browser';
import { ConsentRequiredError, SignInRequiredError } from '../../src/auth/tokenProvider';

const msal = vi.hoisted(() => {
  class InteractionRequiredAuthError extends Error {
    constructor(
      readonly errorCode: string,
      message = errorCode,
    ) {
      super(message);
    }
  }
  return {
    InteractionRequiredAuthError,
    nestable: vi.fn(),
    standard: vi.fn(),
  };
});

vi.mock('@azure/msal-browser', () => ({
  BrowserCacheLocation: { MemoryStorage: 'memoryStorage' },
  InteractionRequiredAuthError: msal.InteractionRequiredAuthError,
  createNestablePublicClientApplication: msal.nestable,
  createStandardPublicClientApplication: msal.standard,
}));

const { createMsalTokenProvider } = await import('../../src/auth/msalTokenProvider');

const account = {
  homeAccountId: 'h',
  localAccountId: 'oid-1',
  username: 'sekreterare@contoso.example',
  name: 'Sara Sekreterare',
  tenantId: 't',
  environment: 'e',
} as AccountInfo;

function fakePca(
  overrides: Partial<Record<'acquireTokenSilent' | 'acquireTokenPopup', ReturnType<typeof vi.fn>>> = {},
) {
  let active: AccountInfo | null = null;
  return {
    acquireTokenSilent: overrides.acquireTokenSilent ?? vi.fn(async () => ({ accessToken: 'silent-token', account })),
    acquireTokenPopup: overrides.acquireTokenPopup ?? vi.fn(async () => ({ accessToken: 'popup-token', account })),
    getActiveAccount: () => active,
    setActiveAccount: (next: AccountInfo | null) => {
      active = next;
    },
    getAllAccounts: () => (active ? [active] : []),
  };
}

const options = { clientId: 'client', redirectUri: 'https://app.example/auth/redirect.html' };

describe('createMsalTokenProvider', () => {
  beforeEach(() => {
    msal.nestable.mockReset();
    msal.standard.mockReset();
  });

  it('uses nested app auth in Teams/Outlook, silently, with a memory-only cache', async () => {
    const pca = fakePca();
    msal.nestable.mockResolvedValue(pca);
    const provider = await createMsalTokenProvider({ ...options, nested: true });
    expect(await provider.getToken(['User.Read'])).toBe('silent-token');
    expect(msal.nestable.mock.calls[0]![0]).toMatchObject({
      auth: { clientId: 'client', redirectUri: options.redirectUri },
      cache: { cacheLocation: 'memoryStorage' },
    });
    expect(msal.standard).not.toHaveBeenCalled();
    expect(pca.acquireTokenPopup).not.toHaveBeenCalled();
    expect(provider.user).toEqual({
      id: 'oid-1',
      upn: 'sekreterare@contoso.example',
      displayName: 'Sara Sekreterare',
      tenantId: 't',
    });
  });

  it('without NAA (plain browser) signs in with one popup, then stays silent; forceRefresh reaches MSAL', async () => {
    const pca = fakePca();
    msal.standard.mockResolvedValue(pca);
    const provider = await createMsalTokenProvider({ ...options, nested: false });
    const [a, b] = await Promise.all([provider.getToken(['User.Read']), provider.getToken(['Calendars.Read'])]);
    expect([a, b]).toEqual(['popup-token', 'popup-token']);
    expect(pca.acquireTokenPopup).toHaveBeenCalledTimes(1);
    expect(pca.acquireTokenPopup.mock.calls[0]![0].scopes).toEqual(
      expect.arrayContaining(['User.Read', 'openid', 'offline_access']),
    );
    expect(await provider.getToken(['User.Read'], { forceRefresh: true })).toBe('silent-token');
    expect(pca.acquireTokenSilent).toHaveBeenCalledWith({ scopes: ['User.Read'], account, forceRefresh: true });
  });

  it('falls back to a popup when silent acquisition needs interaction', async () => {
    const pca = fakePca({
      acquireTokenSilent: vi.fn(async () => Promise.reject(new msal.InteractionRequiredAuthError('consent_required'))),
    });
    msal.nestable.mockResolvedValue(pca);
    const provider = await createMsalTokenProvider({ ...options, nested: true });
    expect(await provider.getToken(['Mail.Send'])).toBe('popup-token');
  });

  it('turns an admin-consent refusal into ConsentRequiredError naming the scopes', async () => {
    const pca = fakePca({
      acquireTokenSilent: vi.fn(async () => Promise.reject(new msal.InteractionRequiredAuthError('consent_required'))),
      acquireTokenPopup: vi.fn(async () =>
        Promise.reject(new Error('AADSTS90094: The grant requires admin permission.')),
      ),
    });
    msal.nestable.mockResolvedValue(pca);
    const provider = await createMsalTokenProvider({ ...options, nested: true });
    const error = await provider.getToken(['OnlineMeetingArtifact.Read.All']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConsentRequiredError);
    expect((error as ConsentRequiredError).scopes).toEqual(['OnlineMeetingArtifact.Read.All']);
    expect((error as Error).message).toMatch(/administrator must grant.*OnlineMeetingArtifact\.Read\.All/);
  });

  it('signs in with a popup when NAA is unavailable and the fallback client has no account (no_account_error)', async () => {
    const noAccount = Object.assign(new Error('No account object provided to acquireTokenSilent'), {
      errorCode: 'no_account_error',
    });
    const pca = fakePca({ acquireTokenSilent: vi.fn(async () => Promise.reject(noAccount)) });
    msal.nestable.mockResolvedValue(pca);
    const provider = await createMsalTokenProvider({ ...options, nested: true });
    expect(await provider.getToken(['User.Read'])).toBe('popup-token');
    expect(pca.acquireTokenPopup).toHaveBeenCalledTimes(1);
  });

  it.each(['interaction_required', 'login_required', 'no_tokens_found', 'refresh_token_expired', 'bad_token'])(
    'opens the popup for %s, whatever class the error has',
    async (code) => {
      const pca = fakePca({
        acquireTokenSilent: vi.fn(async () => Promise.reject(Object.assign(new Error(code), { errorCode: code }))),
      });
      msal.nestable.mockResolvedValue(pca);
      const provider = await createMsalTokenProvider({ ...options, nested: true });
      expect(await provider.getToken(['User.Read'])).toBe('popup-token');
    },
  );

  it('when the browser blocks the popup, throws SignInRequiredError whose signIn() (from a click) opens it', async () => {
    const blocked = Object.assign(new Error('Error opening popup window.'), { errorCode: 'popup_window_error' });
    const acquireTokenPopup = vi
      .fn()
      .mockRejectedValueOnce(blocked)
      .mockResolvedValueOnce({ accessToken: 'popup-token', account });
    const pca = fakePca({ acquireTokenPopup });
    msal.standard.mockResolvedValue(pca);
    const provider = await createMsalTokenProvider({ ...options, nested: false });
    const error = await provider.getToken(['User.Read']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInRequiredError);
    await (error as SignInRequiredError).signIn();
    expect(acquireTokenPopup).toHaveBeenCalledTimes(2);
    // Signed in now: the next request is silent.
    expect(await provider.getToken(['User.Read'])).toBe('silent-token');
  });

  it('passes other failures through unchanged', async () => {
    const failure = new Error('user_cancelled');
    const pca = fakePca({ acquireTokenSilent: vi.fn(async () => Promise.reject(failure)) });
    msal.nestable.mockResolvedValue(pca);
    const provider = await createMsalTokenProvider({ ...options, nested: true });
    await expect(provider.getToken(['User.Read'])).rejects.toBe(failure);
  });
});
