// What of a kept screen's markup is put back on the page: the elements and attributes the side panel's list is drawn
// with, nothing that can run or fetch. The markup is the app's own React output, read back from this origin's storage,
// but storage outlives a page, so it is cleaned as any other text that reaches the DOM.

const ELEMENTS = new Set([
  'div',
  'span',
  'section',
  'header',
  'main',
  'nav',
  'ul',
  'ol',
  'li',
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'bdi',
  'b',
  'strong',
  'i',
  'em',
  'small',
  'label',
  'button',
  'input',
  'select',
  'option',
  'svg',
  'path',
  'g',
  'circle',
  'rect',
]);

const ATTRIBUTES = new Set([
  'class',
  'id',
  'role',
  'type',
  'checked',
  'selected',
  'disabled',
  'tabindex',
  'value',
  'placeholder',
  'dir',
  'lang',
  'for',
  'name',
  'viewbox',
  'd',
  'fill',
  'width',
  'height',
  'xmlns',
  'focusable',
  'fill-rule',
  'clip-rule',
  'transform',
  'x',
  'y',
  'rx',
  'ry',
  'cx',
  'cy',
  'r',
  'data-attendee',
]);

const INPUT_TYPES = new Set(['checkbox', 'text', 'search']);

function allowed(element: Element): boolean {
  if (!ELEMENTS.has(element.localName)) return false;
  return element.localName !== 'input' || INPUT_TYPES.has((element.getAttribute('type') ?? 'text').toLowerCase());
}

function clean(parent: ParentNode): void {
  for (const element of [...parent.children]) {
    if (!allowed(element)) {
      element.remove();
      continue;
    }
    for (const { name } of [...element.attributes]) {
      const lower = name.toLowerCase();
      if (!ATTRIBUTES.has(lower) && !lower.startsWith('aria-')) element.removeAttribute(name);
    }
    clean(element);
  }
}

/** The kept markup as nodes for the page: parsed in an inert template, then stripped to the allowed vocabulary. */
export function keptMarkup(doc: Document, html: string): DocumentFragment {
  const template = doc.createElement('template');
  template.innerHTML = html;
  clean(template.content);
  return template.content;
}

/** The kept rules, unless they reach outside the page (`@import`): the whole screen is then not shown. */
export function keptRules(css: string): string | undefined {
  return /@import/i.test(css) ? undefined : css;
}
