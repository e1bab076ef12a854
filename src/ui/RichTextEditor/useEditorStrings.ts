// The editor's strings in the app's UI language, for callers inside the app's language context.
import { useUiLanguage } from '../i18n/StringsContext';
import { richTextEditorStringsEn, richTextEditorStringsSv, type RichTextEditorStrings } from './strings';

export function useEditorStrings(): RichTextEditorStrings {
  return useUiLanguage() === 'en' ? richTextEditorStringsEn : richTextEditorStringsSv;
}
