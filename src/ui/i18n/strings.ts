// The UI's words. The UI follows the user's locale (Teams/Outlook/browser); the record itself
// follows the group's language (see domain/vocabulary). A typed table beats a message-format
// library here: two languages, a few plurals, and the compiler checks every key.
// The tables are ./sv.ts and ./en.ts, a chunk each: a surface loads only its user's language (issue 17).
import type { sv } from './sv';

export type UiLanguage = 'sv' | 'en';

type Widen<T> = T extends (...args: infer A) => infer R
  ? (...args: A) => R
  : T extends string
    ? string
    : { [K in keyof T]: Widen<T[K]> };

export type UiStrings = Widen<typeof sv>;

const tables: Record<UiLanguage, () => Promise<UiStrings>> = {
  sv: async () => (await import('./sv')).sv,
  en: async () => (await import('./en')).en,
};

const loading = new Map<UiLanguage, Promise<UiStrings>>();
const loaded = new Map<UiLanguage, UiStrings>();

/** The table of `language`, fetched once: every call gets the same promise, as React's `use` needs. */
export function loadUiStrings(language: UiLanguage): Promise<UiStrings> {
  const table =
    loading.get(language) ??
    tables[language]().then((strings) => {
      loaded.set(language, strings);
      return strings;
    });
  loading.set(language, table);
  return table;
}

/** The table of `language` if it has loaded: a render can use it at once instead of suspending for a promise. */
export function loadedUiStrings(language: UiLanguage): UiStrings | undefined {
  return loaded.get(language);
}

/** sv for Swedish locales, English for everything else. */
export function uiLanguageFor(locale: string): UiLanguage {
  return locale.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}
