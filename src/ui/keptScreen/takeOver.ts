// The app taking over from a kept screen (./showKeptScreen): the ticks made on it are read from its switches, and
// the screen stops taking input, before the app's first render replaces it. Ticks go through the record's own edit
// (the attendance panel applies them), so they are saved as any other.
import { ATTENDEE_ATTRIBUTE, KEPT_ATTRIBUTE } from './keptScreen';

/** Attendee key -> present, for every switch she turned on the kept screen. */
export type KeptTicks = ReadonlyMap<string, boolean>;

export function takeOverKeptScreen(doc: Document): KeptTicks {
  const root = doc.getElementById('root');
  const ticks = new Map<string, boolean>();
  if (!root?.hasAttribute(KEPT_ATTRIBUTE)) return ticks;
  for (const input of root.querySelectorAll<HTMLInputElement>(`input[${ATTENDEE_ATTRIBUTE}]`)) {
    const key = input.getAttribute(ATTENDEE_ATTRIBUTE);
    if (key && input.checked !== input.defaultChecked) ticks.set(key, input.checked);
  }
  // A tick from now on would not be carried: the screen is left as it is, without input, until React replaces it.
  for (const child of root.children) child.setAttribute('inert', '');
  root.removeAttribute(KEPT_ATTRIBUTE);
  root.removeAttribute('aria-busy');
  return ticks;
}

/** The kept screen's styles, once the app's own are on the page (after its first commit). */
export function removeKeptStyles(doc: Document): void {
  for (const style of doc.head.querySelectorAll(`style[${KEPT_ATTRIBUTE}]`)) style.remove();
}
