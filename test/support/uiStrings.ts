// Both UI languages' tables at once, for tests that render in either language or compare what they show with
// the words (the app loads only the user's language, see src/ui/i18n/strings.ts).
import type { UiLanguage, UiStrings } from '../../src/ui/i18n/strings';
import { en } from '../../src/ui/i18n/en';
import { sv } from '../../src/ui/i18n/sv';

export const uiStrings: Record<UiLanguage, UiStrings> = { sv, en };
