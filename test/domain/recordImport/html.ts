// mammoth's HTML as a DOM, the way the app's DOMParser gives it (tests run in jsdom for this).
export function body(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;
}
