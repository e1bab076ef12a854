// Shows the kept side panel while the page is still being parsed: run by a classic script in the head (./boot) as
// soon as the root element exists, before the app's modules. Only the presence switches are live on it; everything else is
// inert until the app takes over (./takeOver), which carries the ticks made here into the record.
import {
  ATTENDEE_ATTRIBUTE,
  entryScript,
  KEPT_ATTRIBUTE,
  KEPT_SCREEN_KEY,
  KEPT_SCREEN_VERSION,
  namesOneMeeting,
  REVISION_ATTRIBUTE,
  type KeptScreen,
} from './keptScreen';
import { keptMarkup, keptRules } from './keptMarkup';

function readKept(storage: Storage): Partial<KeptScreen> | undefined {
  try {
    const value: unknown = JSON.parse(storage.getItem(KEPT_SCREEN_KEY) ?? 'null');
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Inert everything but the switches and the elements that hold them: a click elsewhere would be lost. */
function onlySwitchesLive(root: HTMLElement): void {
  const live = new Set<Element>();
  for (const input of root.querySelectorAll(`input[${ATTENDEE_ATTRIBUTE}]`)) {
    for (let node: Element | null = input; node && node !== root; node = node.parentElement) live.add(node);
  }
  const visit = (parent: Element) => {
    for (const child of parent.children) {
      if (live.has(child)) visit(child);
      else child.setAttribute('inert', '');
    }
  };
  visit(root);
}

/** Shows this page's kept screen, if there is one for this URL, build and width. True when it is on screen. */
export function showKeptScreen(win: Window): boolean {
  const doc = win.document;
  const root = doc.getElementById('root');
  if (!root || root.firstChild) return false;
  const kept = readKept(win.localStorage);
  const fits =
    kept?.version === KEPT_SCREEN_VERSION &&
    kept.href === win.location.href &&
    namesOneMeeting(kept.href) &&
    kept.entry === entryScript(doc) &&
    kept.width === win.innerWidth &&
    typeof kept.html === 'string' &&
    typeof kept.css === 'string';
  const css = fits ? keptRules(kept.css!) : undefined;
  if (!fits || css === undefined) return false;
  const style = doc.createElement('style');
  style.setAttribute(KEPT_ATTRIBUTE, '');
  style.textContent = css;
  doc.head.appendChild(style);
  root.append(keptMarkup(doc, kept.html!));
  root.setAttribute(KEPT_ATTRIBUTE, '');
  if (typeof kept.revision === 'number') root.setAttribute(REVISION_ATTRIBUTE, String(kept.revision));
  root.setAttribute('aria-busy', 'true');
  onlySwitchesLive(root);
  return true;
}
