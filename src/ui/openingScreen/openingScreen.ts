// The side panel's first screen on a first opening (no copy of the meeting on the device, no kept screen): the
// meeting's invitees with their presence switches, drawn from markup the build rendered with the app's own components
// (./prerender), as soon as the calendar event is back and before the screens' code has been evaluated (issue 17: that
// evaluation and React's first render took ~250 ms after the event had come). The app then takes over from it as
// from a kept screen (src/ui/keptScreen/takeOver), and what she ticked there is on the device for the record.
import type { ThemeName } from '../../hosts/hostAdapter';
import type { MeetingPreview } from '../../contracts/records';
import type { UiLanguage } from '../i18n/strings';
import type { PreviewTexts } from '../RecordLoader/previewTexts';

/** The element of index.html that holds where each variant's opening screen is (the build's JSON, not a script). */
export const OPENING_SCREENS_ID = 'opening-screens';

/** One variant of the opening screen: the shell and preview as React renders them for one invitee, and their styles. */
export interface OpeningScreen {
  /** The root's markup, rendered for `SAMPLE_PREVIEW`. */
  html: string;
  /**
   * The same with the header the shell has in a browser against the Graph emulator: the demo users to switch between
   * (`SAMPLE_PERSONA` its one choice). Without it, the list would move down under her finger when the app takes over.
   */
  htmlWithPersonas: string;
  /** The style rules the markup uses (Griffel's atomic classes and the theme's variables). */
  css: string;
  /** The texts of the sample meeting in the markup, each replaced by the real meeting's. */
  sample: PreviewTexts & { name: string; persona: string };
}

/** The demo user of the sample header, with texts of the private use area as `SAMPLE_PREVIEW`'s. */
export const SAMPLE_PERSONA = { upn: 'sample@example.invalid', displayName: '\uE002', label: '\uE003' };

/** The side panel's opening screen comes in each UI language and Teams theme. */
export function openingVariant(language: UiLanguage, theme: ThemeName): string {
  return `${language}-${theme}`;
}

/**
 * The meeting the markup is rendered for: texts no real meeting's markup holds elsewhere (characters of Unicode's
 * private use area), so each is found by its text alone.
 */
export const SAMPLE_PREVIEW: MeetingPreview = {
  subject: '\uE000',
  start: '2000-01-01T10:00:00',
  end: '2000-01-01T11:00:00',
  invitees: [{ name: '\uE001', email: 'sample@example.invalid' }],
};

/** Whether a fetched value is an opening screen (a stale or broken file is not drawn). */
export function isOpeningScreen(value: unknown): value is OpeningScreen {
  const screen = value as Partial<OpeningScreen> | null;
  return (
    typeof screen?.html === 'string' &&
    typeof screen.htmlWithPersonas === 'string' &&
    typeof screen.css === 'string' &&
    typeof screen.sample === 'object' &&
    screen.sample !== null &&
    ['name', 'persona', 'subject', 'when', 'invited', 'present'].every(
      (key) => typeof (screen.sample as unknown as Record<string, unknown>)[key] === 'string',
    )
  );
}
