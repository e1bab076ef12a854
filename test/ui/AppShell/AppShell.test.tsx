// @vitest-environment jsdom
// The frame around every surface: the header with the signed-in user in a browser and the Outlook pane, none inside
// Teams (which draws its own), the UI language from the host's locale, the demo user switcher, and the host's theme.
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { teamsDarkTheme, teamsLightTheme } from '@fluentui/react-components';
import type { ThemeName } from '../../../src/hosts/hostAdapter';
import type { Shell } from '../../../src/contracts/shell';
import { AppShell } from '../../../src/ui/AppShell/AppShell';
import { HostShell } from '../../../src/ui/AppShell/HostShell';
import { useStrings } from '../../../src/ui/i18n/StringsContext';
import { uiStrings } from '../../support/uiStrings';
import { secretary } from '../support/fakeServices';
import { loadUiStrings } from '../../../src/ui/i18n/strings';

afterEach(cleanup);
// Swedish has loaded, as index.html preloads the user's language; English loads when a test asks for it.
beforeAll(() => loadUiStrings('sv'));

const personas = [
  { upn: 'asa.lindqvist@samverkan.example', displayName: 'Åsa Lindqvist', label: 'sekreterare' },
  { upn: 'bo.ek@samverkan.example', displayName: 'Bo Ek', label: 'ordförande' },
];

/** A surface's content that says which language the shell gave it. */
function Content() {
  return <p>{useStrings().loading}</p>;
}

/** Content with state of its own, to see that a change of language does not remount it. */
function Counter() {
  const [count, setCount] = useState(0);
  return <button onClick={() => setCount(count + 1)}>{`${useStrings().add} ${count}`}</button>;
}

function shellOf(patch: Partial<Shell> = {}): Shell {
  return { surface: 'browser', theme: 'light', locale: 'sv-SE', ...patch };
}

describe('the app shell', () => {
  it('in a browser: a header with the app’s name and who is signed in, around the content', async () => {
    render(
      <AppShell shell={shellOf()} user={secretary}>
        <Content />
      </AppShell>,
    );
    const header = await screen.findByRole('banner');
    expect(within(header).getByRole('heading', { level: 1, name: uiStrings.sv.appName })).toBeInTheDocument();
    expect(within(header).getByText(uiStrings.sv.signedInAs('Åsa Lindqvist'))).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByText(uiStrings.sv.loading)).toBeInTheDocument();
  });

  it('inside Teams: no header of its own, the content only', async () => {
    render(
      <AppShell shell={shellOf({ surface: 'sidePanel' })} user={secretary}>
        <Content />
      </AppShell>,
    );
    expect(within(await screen.findByRole('main')).getByText(uiStrings.sv.loading)).toBeInTheDocument();
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByText(uiStrings.sv.signedInAs('Åsa Lindqvist'))).toBeNull();
  });

  it('speaks Swedish to a Swedish locale and English to any other', async () => {
    // Rendered in an awaited act: the shell suspends until the English table has loaded.
    await act(async () => {
      render(
        <AppShell shell={shellOf({ locale: 'en-GB' })} user={secretary}>
          <Content />
        </AppShell>,
      );
    });
    expect(await screen.findByRole('heading', { name: uiStrings.en.appName })).toBeInTheDocument();
    expect(screen.getByText(uiStrings.en.loading)).toBeInTheDocument();
    cleanup();
    render(
      <AppShell shell={shellOf({ locale: 'SV' })}>
        <Content />
      </AppShell>,
    );
    expect(await screen.findByRole('heading', { name: uiStrings.sv.appName })).toBeInTheDocument();
  });

  it('when the locale changes, the content keeps its state and speaks the new language once it has loaded', async () => {
    const user = userEvent.setup();
    const view = render(
      <AppShell shell={shellOf()} user={secretary}>
        <Counter />
      </AppShell>,
    );
    await user.click(await screen.findByRole('button', { name: `${uiStrings.sv.add} 0` }));
    await act(async () => {
      view.rerender(
        <AppShell shell={shellOf({ locale: 'en-US' })} user={secretary}>
          <Counter />
        </AppShell>,
      );
    });
    expect(await screen.findByRole('button', { name: `${uiStrings.en.add} 1` })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: uiStrings.en.appName })).toBeInTheDocument();
  });

  it('with the emulator’s personas: switches to the one picked', async () => {
    const user = userEvent.setup();
    const switchUser = vi.fn();
    render(
      <AppShell shell={shellOf({ personas, switchUser })} user={secretary}>
        <Content />
      </AppShell>,
    );
    const switcher = await screen.findByRole('combobox', { name: uiStrings.sv.switchUser });
    expect(screen.getByRole('option', { name: 'Åsa Lindqvist (sekreterare)', selected: true })).toBeInTheDocument();
    await user.selectOptions(switcher, 'Bo Ek (ordförande)');
    expect(switchUser).toHaveBeenCalledWith('bo.ek@samverkan.example');
  });

  it('signed in as none of the personas: the switcher claims none of them, and picking the first switches', async () => {
    const user = userEvent.setup();
    const switchUser = vi.fn();
    const stranger = { ...secretary, userPrincipalName: 'guest@partner.example' };
    render(
      <AppShell shell={shellOf({ personas, switchUser })} user={stranger}>
        <Content />
      </AppShell>,
    );
    await screen.findByRole('combobox', { name: uiStrings.sv.switchUser });
    expect(screen.queryByRole('option', { name: 'Åsa Lindqvist (sekreterare)', selected: true })).toBeNull();
    await user.selectOptions(
      screen.getByRole('combobox', { name: uiStrings.sv.switchUser }),
      'Åsa Lindqvist (sekreterare)',
    );
    expect(switchUser).toHaveBeenCalledWith('asa.lindqvist@samverkan.example');
  });

  it('in the side panel: picking who is signed in already does not reload', async () => {
    const user = userEvent.setup();
    const switchUser = vi.fn();
    render(
      <AppShell shell={shellOf({ surface: 'sidePanel', personas, switchUser })} user={secretary}>
        <Content />
      </AppShell>,
    );
    await user.selectOptions(
      await screen.findByRole('combobox', { name: uiStrings.sv.switchUser }),
      'Åsa Lindqvist (sekreterare)',
    );
    expect(switchUser).not.toHaveBeenCalled();
  });
});

describe('the host shell', () => {
  /** The page background the user sees: Fluent writes the theme as CSS variables on the provider's own class. */
  function background(): string | undefined {
    const provider = screen.getByRole('main').closest('.fui-FluentProvider');
    const own = [...(provider?.classList ?? [])].find((name) => name.startsWith('fui-FluentProvider_'));
    const rules = [...document.querySelectorAll('style')].flatMap((style) => [...(style.sheet?.cssRules ?? [])]);
    const rule = rules.find((candidate) => candidate.cssText.startsWith(`.${own} `));
    return /--colorNeutralBackground1: ([^;]+);/.exec(rule?.cssText ?? '')?.[1];
  }

  it('follows Teams when the user switches theme while the app is open', async () => {
    let notify: (theme: ThemeName) => void = () => undefined;
    const unsubscribe = vi.fn();
    const host = {
      context: { host: 'teams' as const, surface: 'meetingTab' as const, locale: 'sv-SE', theme: 'light' as const },
      onThemeChange: vi.fn((listener: (theme: ThemeName) => void) => ((notify = listener), unsubscribe)),
    };
    const view = render(
      <HostShell host={host} shell={{ surface: 'meetingTab', locale: 'sv-SE' }}>
        <Content />
      </HostShell>,
    );
    await screen.findByRole('main');
    expect(background()).toBe(teamsLightTheme.colorNeutralBackground1);
    act(() => notify('dark'));
    expect(background()).toBe(teamsDarkTheme.colorNeutralBackground1);
    view.unmount();
    expect(unsubscribe).toHaveBeenCalled();
  });
});
