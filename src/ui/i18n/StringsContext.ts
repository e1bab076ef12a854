// The UI language and its table travel through context so every component reads the same words. The app shell
// provides them once the table of the user's language has loaded (./strings: one chunk per language).
import { createContext, useContext } from 'react';
import type { UiLanguage, UiStrings } from './strings';

export interface UiText {
  language: UiLanguage;
  strings: UiStrings;
}

export const StringsContext = createContext<UiText | null>(null);

function useUiText(): UiText {
  const text = useContext(StringsContext);
  if (!text) throw new Error('No UI strings here: render inside the AppShell, which provides StringsContext.');
  return text;
}

export function useStrings(): UiStrings {
  return useUiText().strings;
}

export function useUiLanguage(): UiLanguage {
  return useUiText().language;
}
