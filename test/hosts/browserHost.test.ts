import { describe, expect, it } from 'vitest';
import { createBrowserHost } from '../../src/hosts/browserHost';
import type { ThemeName } from '../../src/hosts/hostAdapter';
import { fakeBrowserEnvironment } from './browserEnvironment';

const origin = 'https://localhost:5173';
const at = (query: string): URL => new URL(`/index.html${query}`, origin);
const dark = '(prefers-color-scheme: dark)';
const forcedColors = '(forced-colors: active)';

describe('browser host', () => {
  it('reads surface, language, theme, user, group and record from the query', () => {
    const host = createBrowserHost(
      at('?surface=sidePanel&lang=en-GB&theme=contrast&as=anna.berg@contoso.test&group=g-1&record=2025-03-04'),
      fakeBrowserEnvironment(),
    );
    expect(host.context).toEqual({
      host: 'browser',
      surface: 'sidePanel',
      locale: 'en-GB',
      theme: 'contrast',
      user: { userPrincipalName: 'anna.berg@contoso.test' },
      groupId: 'g-1',
      recordKey: '2025-03-04',
    });
  });

  it('without a query shows the browser surface in the browser language and system theme, signed in as nobody yet', () => {
    const host = createBrowserHost(at(''), fakeBrowserEnvironment('fi-FI', { [dark]: true }));
    expect(host.context).toMatchObject({ surface: 'browser', locale: 'fi-FI', theme: 'dark' });
    expect(host.context.user).toBeUndefined();
  });

  it('ignores an unknown surface or theme and empty values instead of trusting them', () => {
    const host = createBrowserHost(at('?surface=admin&theme=purple&as=&lang='), fakeBrowserEnvironment('sv-SE'));
    expect(host.context).toMatchObject({ surface: 'browser', theme: 'light', locale: 'sv-SE' });
    expect(host.context.user).toBeUndefined();
  });

  it('takes ?lang= only as a well-formed language tag, in its canonical spelling', () => {
    expect(createBrowserHost(at('?lang=sv-se'), fakeBrowserEnvironment('en-US')).context.locale).toBe('sv-SE');
    expect(createBrowserHost(at('?lang=not_a%20tag!'), fakeBrowserEnvironment('en-US')).context.locale).toBe('en-US');
  });

  it('treats forced colours as the contrast theme, ahead of dark mode', () => {
    const host = createBrowserHost(at(''), fakeBrowserEnvironment('sv-SE', { [dark]: true, [forcedColors]: true }));
    expect(host.context.theme).toBe('contrast');
  });

  it('follows the system theme live and stops calling a handler once unsubscribed', () => {
    const env = fakeBrowserEnvironment();
    const host = createBrowserHost(at(''), env);
    const seen: ThemeName[] = [];
    const unsubscribe = host.onThemeChange((theme) => seen.push(theme));

    env.setMedia(dark, true);
    env.setMedia(forcedColors, true);
    unsubscribe();
    env.setMedia(forcedColors, false);

    expect(seen).toEqual(['dark', 'contrast']);
    expect(host.context.theme).toBe('dark');
  });

  it('keeps a theme chosen in the URL when the system theme changes', () => {
    const env = fakeBrowserEnvironment();
    const host = createBrowserHost(at('?theme=light'), env);
    const seen: ThemeName[] = [];
    host.onThemeChange((theme) => seen.push(theme));
    env.setMedia(dark, true);
    expect(seen).toEqual([]);
    expect(host.context.theme).toBe('light');
  });

  it('switches user by reloading with ?as=, keeping the rest of the URL', () => {
    const env = fakeBrowserEnvironment();
    const host = createBrowserHost(at('?surface=meetingTab&as=old@contoso.test&group=g-1'), env);
    host.switchUser('chair@contoso.test');
    const target = new URL(env.assigned[0] ?? '');
    expect(target.searchParams.get('as')).toBe('chair@contoso.test');
    expect(target.searchParams.get('surface')).toBe('meetingTab');
    expect(target.searchParams.get('group')).toBe('g-1');
  });

  it('links to the approval view on this origin, with the record key encoded', () => {
    const host = createBrowserHost(at('?surface=meetingTab'), fakeBrowserEnvironment());
    const link = new URL(host.approvalLink('2025-03-04 Styrgrupp & råd'));
    expect(link.origin).toBe(origin);
    expect(link.pathname).toBe('/index.html');
    expect(link.searchParams.get('surface')).toBe('approval');
    expect(link.searchParams.get('record')).toBe('2025-03-04 Styrgrupp & råd');
  });

  it('opens its own links in this tab and other sites in a new one', async () => {
    const env = fakeBrowserEnvironment();
    const host = createBrowserHost(at(''), env);
    await host.openLink(host.approvalLink('r1'));
    await host.openLink('https://contoso.sharepoint.com/sites/x/doc.docx');
    expect(env.assigned).toEqual([host.approvalLink('r1')]);
    expect(env.opened).toEqual(['https://contoso.sharepoint.com/sites/x/doc.docx']);
  });

  it('offers none of the Teams capabilities', () => {
    const host = createBrowserHost(at(''), fakeBrowserEnvironment());
    expect(host.capabilities).toEqual({ nestedAuth: false, tabConfig: false, deepLinks: false, meetingContext: false });
    expect(host.configureTab).toBeUndefined();
  });
});
