import { describe, expect, it } from 'vitest';
import { createFakeHost } from '../../src/hosts/fakeHost';
import type { ThemeName } from '../../src/hosts/hostAdapter';

describe('fake host', () => {
  it('takes the context and capabilities a test asks for, with defaults for the rest', () => {
    const host = createFakeHost({
      context: { host: 'teams', surface: 'sidePanel' },
      capabilities: { meetingContext: true },
    });
    expect(host.context).toEqual({ host: 'teams', surface: 'sidePanel', locale: 'sv-SE', theme: 'light' });
    expect(host.capabilities).toEqual({ nestedAuth: false, tabConfig: false, deepLinks: false, meetingContext: true });
    expect(host.configureTab).toBeUndefined();
  });

  it('emits theme changes to subscribers and updates its context', () => {
    const host = createFakeHost();
    const seen: ThemeName[] = [];
    const unsubscribe = host.onThemeChange((theme) => seen.push(theme));
    host.setTheme('dark');
    unsubscribe();
    host.setTheme('contrast');
    expect(seen).toEqual(['dark']);
    expect(host.context.theme).toBe('contrast');
  });

  it('plays the config page handshake: Save only once valid, answering with what the page saves', async () => {
    const host = createFakeHost({ context: { surface: 'config' }, capabilities: { tabConfig: true } });
    const configuration = {
      entityId: 'g-1',
      contentUrl: 'https://app.test/index.html?group=g-1',
      suggestedDisplayName: 'Protokoll',
    };
    host.configureTab?.(false, async () => configuration);
    await expect(host.pressSave()).rejects.toThrow(/not enabled/);
    host.configureTab?.(true, async () => configuration);
    expect(host.tabValid).toBe(true);
    await expect(host.pressSave()).resolves.toEqual(configuration);
  });

  it('records opened links', async () => {
    const host = createFakeHost();
    await host.openLink(host.approvalLink('r 1'));
    expect(host.openedLinks).toEqual(['https://app.test/index.html?surface=approval&record=r%201']);
  });
});
