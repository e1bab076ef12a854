// Tokens stay in memory: MSAL is configured with its memory cache in every host, and no source file
// reaches for web storage, where any script on the origin could read a token or a draft.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const msal = vi.hoisted(() => ({ nestable: vi.fn(), standard: vi.fn() }));

vi.mock('@azure/msal-browser', () => ({
  BrowserCacheLocation: {
    MemoryStorage: 'memoryStorage',
    LocalStorage: 'localStorage',
    SessionStorage: 'sessionStorage',
  },
  InteractionRequiredAuthError: class extends Error {},
  createNestablePublicClientApplication: msal.nestable,
  createStandardPublicClientApplication: msal.standard,
}));

const { createMsalTokenProvider } = await import('../../src/auth/msalTokenProvider');

const fakePca = { getActiveAccount: () => null, getAllAccounts: () => [], setActiveAccount: () => undefined };

describe('MSAL configuration', () => {
  beforeEach(() => {
    msal.nestable.mockReset().mockResolvedValue(fakePca);
    msal.standard.mockReset().mockResolvedValue(fakePca);
  });

  it.each([
    ['nested app auth (Teams, Outlook)', true, msal.nestable],
    ['the standard client (plain browser)', false, msal.standard],
  ])('keeps tokens in memory only with %s', async (_host, nested, factory) => {
    await createMsalTokenProvider({
      clientId: 'client',
      redirectUri: 'https://app.example/auth-redirect.html',
      nested,
    });
    expect(factory).toHaveBeenCalledTimes(1);
    const configuration = factory.mock.calls[0]![0] as { cache?: { cacheLocation?: string } };
    expect(configuration.cache?.cacheLocation).toBe('memoryStorage');
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** The source without its comments, which may name what they avoid. */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/**
 * The one file allowed web storage, and what for: the draft store writes a secretary's unsaved text to
 * sessionStorage synchronously while the page unloads (IndexedDB cannot finish then). Text, never tokens.
 */
const DRAFT_STORE = 'src/storage/draftStore.ts';

/**
 * The side panel kept for its next opening (issue 17): the list as it was drawn (names, organisations, presence:
 * what the device's drafts hold too) in localStorage, which a classic script can read before any module has run.
 */
const KEPT_SCREEN = [
  'src/ui/keptScreen/keepScreen.ts',
  'src/ui/keptScreen/showKeptScreen.ts',
  // The same for ticks made on the invitees before the record was open.
  'src/ui/AttendancePanel/openingTicksStore.ts',
];

describe('the app source', () => {
  it("never touches localStorage, sessionStorage or cookies, but for the draft store's unload copy and the kept side panel", () => {
    const files = sourceFiles('src');
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((path) =>
      /\b(localStorage|sessionStorage|document\.cookie)\b|BrowserCacheLocation\.(LocalStorage|SessionStorage)/.test(
        code(path),
      ),
    );
    expect(offenders.sort()).toEqual([DRAFT_STORE, ...KEPT_SCREEN].sort());
    expect(code(DRAFT_STORE)).not.toMatch(/\blocalStorage\b|document\.cookie|token/i);
    for (const file of KEPT_SCREEN) expect(code(file)).not.toMatch(/sessionStorage|document\.cookie|token/i);
  });
});
