// A fake AppServices for the personal tab's and the configuration page's component tests: the methods a test
// gives are used, every other one fails loudly. Rendered inside Fluent, the UI language and the services.
import type { ReactElement, ReactNode } from 'react';
import { render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { LanguageContext } from '../../../src/ui/i18n/StringsContext';
import type { UiLanguage } from '../../../src/ui/i18n/strings';
import { ServicesContext, type AppServices } from '../../../src/ui/services';

export function fakeServices(methods: Partial<AppServices>): AppServices {
  const user = { id: 'user-1', displayName: 'Åsa Lindqvist' };
  return new Proxy({ user, ...methods } as AppServices, {
    get(target, name: string) {
      if (name in target) return target[name as keyof AppServices];
      return () => Promise.reject(new Error(`${name} is not part of this test`));
    },
  });
}

export function renderWith(ui: ReactElement, services: AppServices, options: { language?: UiLanguage; wrap?: (children: ReactNode) => ReactNode } = {}) {
  const wrap = options.wrap ?? ((children: ReactNode) => children);
  return render(
    <FluentProvider theme={webLightTheme}>
      <LanguageContext.Provider value={options.language ?? 'sv'}>
        <ServicesContext.Provider value={services}>{wrap(ui)}</ServicesContext.Provider>
      </LanguageContext.Provider>
    </FluentProvider>,
  );
}
