// The UI language travels through context so every component reads the same table.
import { createContext, useContext } from 'react';
import { uiStrings, type UiLanguage, type UiStrings } from './strings';

export const LanguageContext = createContext<UiLanguage>('sv');

export function useStrings(): UiStrings {
  return uiStrings[useContext(LanguageContext)];
}

export function useUiLanguage(): UiLanguage {
  return useContext(LanguageContext);
}
