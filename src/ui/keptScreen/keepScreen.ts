// Keeps the side panel as it is drawn now, for the next opening on this device (./showKeptScreen). Run when the
// browser is idle after the list has changed, and as the page goes: a clone of the root, and the style rules its
// classes use.
import {
  entryScript,
  KEPT_ATTRIBUTE,
  KEPT_SCREEN_KEY,
  KEPT_SCREEN_VERSION,
  namesOneMeeting,
  type KeptScreen,
} from './keptScreen';
import { ruleText } from './styleText';

const CLASS_IN_SELECTOR = /\.(-?[_a-zA-Z][\w-]*)/g;

function classesIn(root: Element): Set<string> {
  const used = new Set<string>(root.classList);
  for (const element of root.querySelectorAll('[class]')) for (const name of element.classList) used.add(name);
  return used;
}

/** A rule the kept markup needs: a selector with one of its classes or none (resets, the theme's root), a group
 * (`@media`) holding one, keyframes and fonts. `@import` never: the kept screen draws from this page alone. Told
 * apart by their members, which every engine (and jsdom) has, where not every one has each rule's class. */
function isUsed(rule: CSSRule, used: ReadonlySet<string>): boolean {
  if ('selectorText' in rule) {
    const classes = [...(rule as CSSStyleRule).selectorText.matchAll(CLASS_IN_SELECTOR)].map((match) => match[1]!);
    return classes.length === 0 || classes.some((name) => used.has(name));
  }
  if ('cssRules' in rule) return [...(rule.cssRules as CSSRuleList)].some((inner) => isUsed(inner, used));
  return !('styleSheet' in rule);
}

function usedRules(doc: Document, used: ReadonlySet<string>): string {
  const rules: string[] = [];
  for (const sheet of doc.styleSheets) {
    if (sheet.ownerNode instanceof Element && sheet.ownerNode.hasAttribute(KEPT_ATTRIBUTE)) continue;
    for (const rule of sheet.cssRules) if (isUsed(rule, used)) rules.push(ruleText(rule));
  }
  return rules.join('\n');
}

/**
 * Writes the root's screen as the page's kept screen, showing the minutes at `revision`. A full or blocked storage
 * keeps none; nothing else changes.
 */
export function keepScreen(win: Window, revision: number): void {
  const doc = win.document;
  const root = doc.getElementById('root');
  if (!root || root.hasAttribute(KEPT_ATTRIBUTE) || !namesOneMeeting(win.location.href)) return;
  const clone = root.cloneNode(true) as HTMLElement;
  // What was on screen is the controls' properties; React sets `checked` and a select's value as such, and markup
  // only has attributes.
  const inputs = root.querySelectorAll('input');
  clone.querySelectorAll('input').forEach((copy, index) => copy.toggleAttribute('checked', inputs[index]!.checked));
  const options = root.querySelectorAll('option');
  clone.querySelectorAll('option').forEach((copy, index) => copy.toggleAttribute('selected', options[index]!.selected));
  const kept: KeptScreen = {
    version: KEPT_SCREEN_VERSION,
    href: win.location.href,
    entry: entryScript(doc),
    width: win.innerWidth,
    revision,
    html: clone.innerHTML,
    css: usedRules(doc, classesIn(clone)),
  };
  try {
    win.localStorage.setItem(KEPT_SCREEN_KEY, JSON.stringify(kept));
  } catch {
    // Storage full or refused: the next opening draws the panel itself.
  }
}

/** Forgets the kept screen: its record is locked (approved), and a list to tick would be a false promise. */
export function forgetKeptScreen(win: Window): void {
  try {
    win.localStorage.removeItem(KEPT_SCREEN_KEY);
  } catch {
    // Storage refused: there was nothing kept either.
  }
}
