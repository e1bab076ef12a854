// A fake AppServices for component tests: the methods a test gives are used, every other one rejects
// loudly. Rendered inside Fluent, the UI language and the services, as the app's shell provides them.
import type { ReactElement, ReactNode } from 'react';
import { render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { StringsContext } from '../../../src/ui/i18n/StringsContext';
import type { UiLanguage } from '../../../src/ui/i18n/strings';
import type { AppServices, SignedInUser } from '../../../src/contracts/appServices';
import { ServicesContext } from '../../../src/ui/ServicesContext';
import { uiStrings } from '../../support/uiStrings';

export const secretary: SignedInUser = {
  id: 'user-asa',
  displayName: 'Åsa Lindqvist',
  userPrincipalName: 'asa.lindqvist@samverkan.example',
};

export function fakeServices(methods: Partial<AppServices>): AppServices {
  // Nothing read from the device or Microsoft 365 ahead of the screen, unless the test says so.
  const ahead = { openedLocally: () => undefined, previewedMeeting: () => undefined };
  return new Proxy({ user: secretary, ...ahead, ...methods } as AppServices, {
    get(target, name: string) {
      if (name in target) return target[name as keyof AppServices];
      return () => Promise.reject(new Error(`services.${name} is not part of this test`));
    },
  });
}

/** Fluent's MessageBar measures itself for reflow; jsdom has no ResizeObserver. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

export function installResizeObserver(): void {
  if (typeof window.ResizeObserver !== 'function') window.ResizeObserver = NoResizeObserver;
}

export interface RenderOptions {
  language?: UiLanguage;
  /** Providers the component needs beyond the app's shell (a host's tab configuration, record links). */
  wrap?: (children: ReactNode) => ReactNode;
}

export function renderWith(ui: ReactElement, services: AppServices, options: UiLanguage | RenderOptions = {}) {
  installResizeObserver();
  const { language = 'sv', wrap: inner = (children: ReactNode) => children } =
    typeof options === 'string' ? { language: options } : options;
  const wrap = (node: ReactNode) => (
    <FluentProvider theme={webLightTheme}>
      <StringsContext.Provider value={{ language, strings: uiStrings[language] }}>
        <ServicesContext.Provider value={services}>{inner(node)}</ServicesContext.Provider>
      </StringsContext.Provider>
    </FluentProvider>
  );
  const result = render(wrap(ui));
  return { ...result, rerender: (next: ReactElement) => result.rerender(wrap(next)) };
}
