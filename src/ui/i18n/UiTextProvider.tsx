// Gives its children the words of `language`, suspending until that language's table has loaded: a chunk of its
// own, fetched once (./strings), and usually already preloaded by index.html (scripts/preloadSurfaces).
import { use, useMemo, type ReactNode } from 'react';
import { StringsContext } from './StringsContext';
import { loadedUiStrings, loadUiStrings, type UiLanguage } from './strings';

export function UiTextProvider({ language, children }: { language: UiLanguage; children: ReactNode }) {
  // `use` suspends even for a promise that has settled, until React has seen it settle: a loaded table is read as is.
  const strings = loadedUiStrings(language) ?? use(loadUiStrings(language));
  const text = useMemo(() => ({ language, strings }), [language, strings]);
  return <StringsContext.Provider value={text}>{children}</StringsContext.Provider>;
}
