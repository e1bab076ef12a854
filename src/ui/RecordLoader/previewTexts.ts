// The words of the meeting's preview that depend on the meeting: one function for the preview panel
// (./MeetingPreviewPanel) and the opening screen drawn from its markup before React runs (src/ui/openingScreen), which
// finds each of these texts in the markup rendered for a sample meeting and puts the real meeting's in its place.
import { recordDate, timeRange } from '../../domain/format';
import type { MeetingPreview } from '../../contracts/records';
import type { UiStrings } from '../i18n/strings';

export interface PreviewTexts {
  subject: string;
  /** Date and time of the meeting. */
  when: string;
  /** "Invited (n)". */
  invited: string;
  /** "n present". */
  present: string;
}

export function previewTexts(preview: MeetingPreview, strings: UiStrings, present: number): PreviewTexts {
  return {
    subject: preview.subject,
    when: `${recordDate(preview.start)} ${timeRange(preview.start, preview.end)}`,
    invited: `${strings.invitedWhileOpening} (${preview.invitees.length})`,
    present: strings.presentCount(present),
  };
}
