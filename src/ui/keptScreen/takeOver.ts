// The app taking over from a kept screen (./showKeptScreen): the ticks made on it are read from its switches, and
// the screen stops taking input, before the app's first render replaces it. Ticks go through the record's own edit
// (the attendance panel applies them), so they are saved as any other.
import { ATTENDEE_ATTRIBUTE, INVITEE_ATTRIBUTE, KEPT_ATTRIBUTE, REVISION_ATTRIBUTE } from './keptScreen';

/** What she did on the kept screen, for the app's list to carry on from. */
export interface KeptHandover {
  /** Attendee key -> present, for every switch she turned. */
  ticks: ReadonlyMap<string, boolean>;
  /** Attendee key -> present, for every switch as it was at the handover (turned or not). */
  shown: ReadonlyMap<string, boolean>;
  /** The revision of the minutes the kept screen showed (./keptScreen). */
  revision?: number;
  /** The attendee whose switch had the keyboard's focus: the app's list gives it back to the same switch. */
  focused?: string;
  /** The invitee whose switch had it on the opening screen: the app's preview gives it back to the same switch. */
  focusedInvitee?: string;
}

export const NOTHING_KEPT: KeptHandover = { ticks: new Map(), shown: new Map() };

/** Takes the marks of a kept screen (./showKeptScreen) off the root. */
function releaseRoot(root: HTMLElement): void {
  for (const name of [KEPT_ATTRIBUTE, REVISION_ATTRIBUTE, 'aria-busy']) root.removeAttribute(name);
}

export function takeOverKeptScreen(doc: Document): KeptHandover {
  const root = doc.getElementById('root');
  if (!root?.hasAttribute(KEPT_ATTRIBUTE)) return NOTHING_KEPT;
  const ticks = new Map<string, boolean>();
  const shown = new Map<string, boolean>();
  for (const input of root.querySelectorAll<HTMLInputElement>(`input[${ATTENDEE_ATTRIBUTE}]`)) {
    const key = input.getAttribute(ATTENDEE_ATTRIBUTE);
    if (!key) continue;
    shown.set(key, input.checked);
    if (input.checked !== input.defaultChecked) ticks.set(key, input.checked);
  }
  // The switch with the keyboard's focus: an attendee's on a kept panel, an invitee's on the opening screen.
  const active = doc.activeElement && root.contains(doc.activeElement) ? doc.activeElement : null;
  const focused = active?.getAttribute(ATTENDEE_ATTRIBUTE) || undefined;
  const focusedInvitee = active?.getAttribute(INVITEE_ATTRIBUTE) ?? null;
  const revision = Number(root.getAttribute(REVISION_ATTRIBUTE) ?? Number.NaN);
  // A tick from now on would not be carried: the screen is left as it is, without input, until React replaces it.
  for (const child of root.children) child.setAttribute('inert', '');
  releaseRoot(root);
  return {
    ticks,
    shown,
    ...(Number.isInteger(revision) ? { revision } : {}),
    ...(focused === undefined ? {} : { focused }),
    ...(focusedInvitee === null ? {} : { focusedInvitee }),
  };
}

/**
 * Takes the kept screen off the page when the app cannot start (its code failed to load): a list that looks as if it
 * could be ticked, and never would be carried anywhere, must not stay on screen.
 */
export function abandonKeptScreen(doc: Document): void {
  const root = doc.getElementById('root');
  if (!root?.hasAttribute(KEPT_ATTRIBUTE)) return;
  releaseRoot(root);
  root.replaceChildren();
  removeKeptStyles(doc);
}

/** The kept screen's styles, once the app's own are on the page (after its first commit). */
export function removeKeptStyles(doc: Document): void {
  for (const style of doc.head.querySelectorAll(`style[${KEPT_ATTRIBUTE}]`)) style.remove();
}
