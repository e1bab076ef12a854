// The side panel as it was last drawn on this device, kept so that the next opening can show it before any of the
// app's code has run (issue 17: a returning secretary waited ~300 ms longer for her list than a bare page takes to
// draw a table). The app writes it (./keepScreen), a classic script shows it while the page is still being parsed
// (./showKeptScreen, ./boot), and the app takes over from it, ticks included (./takeOver).

import { queryParam } from '../../hosts/hostQuery';

/** One kept screen per device: the meeting opened last. Its names are the device copy's, which IndexedDB holds too. */
export const KEPT_SCREEN_KEY = 'motessekreteraren.keptScreen';

/** Bumped when the kept format changes: an older kept screen is then not shown. */
export const KEPT_SCREEN_VERSION = 1;

/** The attribute on an attendee's presence switch naming the attendee: how a tick on the kept screen is carried over. */
export const ATTENDEE_ATTRIBUTE = 'data-attendee';

/**
 * The attribute on an invitee's presence switch before the record is open (the opening screen, src/ui/openingScreen,
 * and the preview): the invitee's key (`invitedKey`).
 */
export const INVITEE_ATTRIBUTE = 'data-invitee';

/**
 * Gives the keyboard's focus to the presence switch whose `attribute` is `key`, where the list has one: an attendee's
 * (by default), or an invitee's before the record is open (`INVITEE_ATTRIBUTE`).
 */
export function focusAttendeeSwitch(doc: Document, key: string, attribute = ATTENDEE_ATTRIBUTE): void {
  doc.querySelector<HTMLElement>(`input[${attribute}="${CSS.escape(key)}"]`)?.focus();
}

/** Set on the root while it shows a kept screen, until the app takes over. */
export const KEPT_ATTRIBUTE = 'data-kept-screen';

/** On the root with the kept screen: the revision of the minutes it shows, for the app to compare with its copy's. */
export const REVISION_ATTRIBUTE = 'data-kept-revision';

export interface KeptScreen {
  version: number;
  /** The page's URL: the surface, the meeting (its event, or Teams' chat) and the user. Shown only at the same URL. */
  href: string;
  /** The build's entry script: the markup and class names are this build's, and another build's are not shown. */
  entry: string;
  /** The viewport's width: a screen drawn for the 320 px side panel is not shown in a wider frame, nor the reverse. */
  width: number;
  /**
   * The revision of the minutes on screen when it was kept. Newer than the device's copy when the panel was closed
   * before its last ticks were written (IndexedDB is written a moment after a tick, and not while a page goes).
   */
  revision: number;
  /** The root's markup, with each switch's `checked` attribute as it was on screen. */
  html: string;
  /** The style rules the markup uses (Griffel's atomic classes and the theme's variables). */
  css: string;
}

/** The entry module this page loads: the build's identity (its file name carries the content hash). */
export function entryScript(doc: Document): string {
  return doc.querySelector<HTMLScriptElement>('script[type="module"][src]')?.getAttribute('src') ?? '';
}

/**
 * Whether the URL alone says which meeting it opens: an event or record (the browser, the approval link) or the
 * meeting's chat (Teams fills it into the content URL). A Teams URL without one is the same for every meeting of its
 * group, and one that still holds the placeholder (`{chat.id}`, a host that does not fill it) names none: nothing is
 * kept or shown for either, or one meeting's list would open in another's panel.
 */
export function namesOneMeeting(href: string): boolean {
  if (/[{}]|%7B|%7D/i.test(href)) return false;
  const query = new URL(href).searchParams;
  return [queryParam.event, queryParam.record, queryParam.chat].some((name) => Boolean(query.get(name)?.trim()));
}
