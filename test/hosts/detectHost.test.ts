// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { detectHost, type DetectHostDeps } from '../../src/hosts/detectHost';
import { createFakeHost } from '../../src/hosts/fakeHost';
import type { HostAdapter } from '../../src/hosts/hostAdapter';

const at = (query: string): URL => new URL(`https://localhost:5173/index.html${query}`);
const teamsHost = createFakeHost({ context: { host: 'teams', surface: 'meetingTab' } });
const outlookHost = createFakeHost({ context: { host: 'outlook', surface: 'approval' } });
const browser = (): HostAdapter => createFakeHost({ context: { host: 'browser' } });

// office.js is not loaded in tests, so its enum values are spelled out.
const outlook = 'Outlook' as unknown as Office.HostType;
const word = 'Word' as unknown as Office.HostType;

function officeReady(host: Office.HostType | null, withItem: boolean): DetectHostDeps['loadOffice'] {
  const office = {
    HostType: { Outlook: 'Outlook' },
    context: { mailbox: withItem ? { item: { itemType: 'appointment' } } : undefined },
  } as unknown as typeof Office;
  return async () => ({ office, host });
}

describe('detectHost', () => {
  it('falls back to the browser quickly when the real teams-js rejects outside Teams', async () => {
    const started = performance.now();
    const host = await detectHost(at('?surface=meetingTab'), { createBrowserHost: browser });
    expect(host.context.host).toBe('browser');
    expect(performance.now() - started).toBeLessThan(300);
  });

  it('with no dependencies injected, builds the browser host from the real window', async () => {
    window.history.replaceState(null, '', '/index.html?surface=personal&lang=en-GB&as=anna.berg@contoso.test');
    const host = await detectHost(window.location);
    expect(host.context).toMatchObject({ host: 'browser', surface: 'personal', locale: 'en-GB', theme: 'light' });
    expect(host.context.user?.userPrincipalName).toBe('anna.berg@contoso.test');
  });

  it('gives up on a Teams handshake that never answers (a foreign iframe) after the timeout', async () => {
    const started = performance.now();
    const host = await detectHost(at(''), {
      initializeTeams: () => new Promise(() => {}),
      teamsTimeoutMs: 50,
      createBrowserHost: browser,
    });
    expect(host.context.host).toBe('browser');
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
    expect(performance.now() - started).toBeLessThan(300);
  });

  it('builds the Teams host with the app config once initialize resolves', async () => {
    const createTeamsHost = vi.fn(async () => teamsHost);
    const config = { appId: 'b2c3', personalTabEntityId: 'records' };
    const host = await detectHost(at('?surface=config'), {
      teams: config,
      initializeTeams: async () => {},
      createTeamsHost,
    });
    expect(host).toBe(teamsHost);
    expect(createTeamsHost).toHaveBeenCalledWith(config, at('?surface=config'));
  });

  it('falls back to the browser when Teams initialises but its context cannot be read', async () => {
    const host = await detectHost(at(''), {
      initializeTeams: async () => {},
      createTeamsHost: async () => Promise.reject(new Error('getContext failed')),
      createBrowserHost: browser,
    });
    expect(host.context.host).toBe('browser');
  });

  it('does not load office.js unless the URL asks for the approval surface', async () => {
    const loadOffice = vi.fn(officeReady(outlook, true));
    await detectHost(at('?surface=personal'), {
      loadOffice,
      initializeTeams: async () => Promise.reject(new Error('no')),
      createBrowserHost: browser,
    });
    expect(loadOffice).not.toHaveBeenCalled();
  });

  it('picks Outlook for the approval surface in Outlook with an item open, before asking Teams', async () => {
    const initializeTeams = vi.fn(async () => {});
    const host = await detectHost(at('?surface=approval&record=r1'), {
      loadOffice: officeReady(outlook, true),
      createOutlookHost: async () => outlookHost,
      initializeTeams,
    });
    expect(host).toBe(outlookHost);
    expect(initializeTeams).not.toHaveBeenCalled();
  });

  it.each([
    ['office.js cannot load', async () => Promise.reject(new Error('offline'))],
    ['office.js runs outside Office', officeReady(null, false)],
    ['Outlook has no item open', officeReady(outlook, false)],
    ['the Office host is Word', officeReady(word, false)],
  ] satisfies [string, DetectHostDeps['loadOffice']][])(
    'goes on to Teams and the browser when %s',
    async (_case, loadOffice) => {
      const createOutlookHost = vi.fn(async () => outlookHost);
      const host = await detectHost(at('?surface=approval'), {
        loadOffice,
        createOutlookHost,
        initializeTeams: async () => Promise.reject(new Error('not Teams')),
        createBrowserHost: browser,
      });
      expect(host.context.host).toBe('browser');
      expect(createOutlookHost).not.toHaveBeenCalled();
    },
  );
});
