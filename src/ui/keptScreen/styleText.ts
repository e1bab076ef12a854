// The text of the style rules a kept screen takes with it. The browser's own serialization loses values: a rule
// whose shorthand holds a `var()` and is then partly overridden (Fluent's Input: `border: var(..) solid var(..)`,
// then `border-bottom-color`) comes back from `cssText` as `border-top-color: ;` and so on, and the kept search box
// had no border. The app's Griffel renderer therefore notes the text of each rule it inserts, and a rule the browser
// cannot give back whole is taken from there.
import { createDOMRenderer } from '@fluentui/react-components';

const insertedRules = new Map<string, string>();

/** A selector without its spacing: the browser writes `.a:hover, .a:focus` where Griffel wrote `.a:hover,.a:focus`. */
function selectorKey(selector: string): string {
  return selector.replace(/\s+/g, '');
}

/** The app's style renderer (AppShell's RendererProvider): Griffel's own, noting the text of every rule. */
export const styleRenderer = createDOMRenderer(typeof document === 'undefined' ? undefined : document, {
  unstable_filterCSSRule: (rule) => {
    const brace = rule.indexOf('{');
    if (!rule.startsWith('@') && brace > 0) insertedRules.set(selectorKey(rule.slice(0, brace)), rule);
    return true;
  },
});

/** A property the browser could not serialize: `name: ;`. */
const LOST_VALUE = /[\w-]:\s*;/;

/** The rule's text as it was inserted, where the browser's serialization would lose part of it. */
export function ruleText(rule: CSSRule): string {
  const text = rule.cssText;
  if (!('selectorText' in rule) || !LOST_VALUE.test(text)) return text;
  return insertedRules.get(selectorKey((rule as CSSStyleRule).selectorText)) ?? text;
}
