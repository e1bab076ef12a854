// The services the archive calls, faked per test; anything else it calls fails the test loudly.
import type { ReactNode } from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import { LanguageContext } from '../../../src/ui/i18n/StringsContext';
import type { UiLanguage } from '../../../src/ui/i18n/strings';
import { ServicesContext, type AppServices } from '../../../src/ui/services';

export function fakeServices(faked: Partial<AppServices>): AppServices {
  return new Proxy(faked, {
    get(target, name: string) {
      if (name in target) return target[name as keyof AppServices];
      throw new Error(`The archive called services.${name}, which this test does not fake`);
    },
  }) as AppServices;
}

/** Fluent's MessageBar measures itself for reflow; jsdom has no ResizeObserver. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

export function renderWith(services: AppServices, ui: ReactNode, language: UiLanguage = 'sv') {
  if (typeof window.ResizeObserver !== 'function') window.ResizeObserver = NoResizeObserver;
  const wrap = (node: ReactNode) => (
    <FluentProvider theme={webLightTheme}>
      <LanguageContext.Provider value={language}>
        <ServicesContext.Provider value={services}>{node}</ServicesContext.Provider>
      </LanguageContext.Provider>
    </FluentProvider>
  );
  const result = render(wrap(ui));
  return { ...result, rerender: (next: ReactNode) => result.rerender(wrap(next)) };
}
