// @vitest-environment jsdom
// The side panel kept on the device (issue 17): kept as drawn, shown before the app runs only where it fits (the
// same URL, build and width), cleaned of anything that could run, live only in its switches, and the ticks made on
// it read back when the app takes over.
import { afterEach, describe, expect, it } from 'vitest';
import { keepScreen, forgetKeptScreen } from '../../../src/ui/keptScreen/keepScreen';
import { KEPT_SCREEN_KEY, type KeptScreen } from '../../../src/ui/keptScreen/keptScreen';
import { keptMarkup } from '../../../src/ui/keptScreen/keptMarkup';
import { showKeptScreen } from '../../../src/ui/keptScreen/showKeptScreen';
import { abandonKeptScreen, removeKeptStyles, takeOverKeptScreen } from '../../../src/ui/keptScreen/takeOver';

const ENTRY = '/assets/main-abc123.js';
const MEETING_URL = '/index.html?surface=sidePanel&event=AAMkA-1';

/** A page as index.html builds it: the entry script in the head, an empty root. */
function page(): HTMLElement {
  history.replaceState(null, '', MEETING_URL);
  document.head.innerHTML = `<script type="module" src="${ENTRY}"></script>`;
  document.body.innerHTML = '<div id="root"></div>';
  return document.getElementById('root')!;
}

/** The side panel as the app draws it: a header button, a search box, and a switch per attendee. */
function drawPanel(root: HTMLElement): void {
  root.innerHTML = `
    <div class="shell"><button class="save">Spara</button>
    <input class="search" aria-label="Sök deltagare">
    <section aria-label="Närvaro"><ul class="list">
      <li class="row"><span class="name">Göran Öberg</span><input type="checkbox" role="switch" class="switch" data-attendee="a1" aria-label="Närvaro för Göran Öberg"></li>
      <li class="row"><span class="name">Åsa Lindqvist</span><input type="checkbox" role="switch" class="switch" data-attendee="a2" aria-label="Närvaro för Åsa Lindqvist"></li>
    </ul></section></div>`;
  const style = document.createElement('style');
  style.setAttribute('data-make-styles-bucket', 'd');
  style.textContent =
    '.row{display:flex}.unused{color:red}.switch:checked{accent-color:blue}@media (forced-colors: active){.row{border:1px solid}}';
  document.head.appendChild(style);
}

function kept(): KeptScreen {
  return JSON.parse(localStorage.getItem(KEPT_SCREEN_KEY)!) as KeptScreen;
}

function switchOf(root: HTMLElement, key: string): HTMLInputElement {
  return root.querySelector<HTMLInputElement>(`input[data-attendee="${key}"]`)!;
}

afterEach(() => {
  localStorage.clear();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('keeping the side panel', () => {
  it('keeps the switches as they were on screen and only the style rules the markup uses', () => {
    const root = page();
    drawPanel(root);
    // React sets `checked` as a property: the attribute never changes.
    switchOf(root, 'a2').checked = true;
    keepScreen(window, 7);
    const screen = kept();
    expect(screen.href).toBe(location.href);
    expect(screen.entry).toBe(ENTRY);
    expect(screen.width).toBe(window.innerWidth);
    expect(screen.revision).toBe(7);
    expect(screen.html).toMatch(/data-attendee="a2"[^>]*checked|checked[^>]*data-attendee="a2"/);
    expect(screen.html).not.toMatch(/checked[^>]*data-attendee="a1"|data-attendee="a1"[^>]*checked/);
    expect(screen.css).toContain('.row');
    expect(screen.css).toContain('forced-colors');
    expect(screen.css).not.toContain('.unused');
  });

  it.each([
    ['a placeholder Teams did not fill', '/index.html?surface=meetingTab&group=g-1&chat={chat.id}'],
    ['no meeting at all (the same for every meeting of the group)', '/index.html?surface=meetingTab&group=g-1'],
  ])('keeps nothing for a URL with %s', (_, url) => {
    drawPanel(page());
    history.replaceState(null, '', url);
    keepScreen(window, 7);
    expect(localStorage.getItem(KEPT_SCREEN_KEY)).toBeNull();
  });

  it('keeps the panel of a Teams meeting named by its chat', () => {
    drawPanel(page());
    history.replaceState(null, '', '/index.html?surface=meetingTab&group=g-1&chat=19%3Ameeting_abc%40thread.v2');
    keepScreen(window, 7);
    expect(kept().href).toContain('chat=19%3Ameeting_abc');
  });

  it('is forgotten on request', () => {
    drawPanel(page());
    keepScreen(window, 7);
    forgetKeptScreen(window);
    expect(localStorage.getItem(KEPT_SCREEN_KEY)).toBeNull();
  });
});

describe('showing the kept side panel', () => {
  function keptThenReopened(change?: (screen: KeptScreen) => void): HTMLElement {
    const root = page();
    drawPanel(root);
    switchOf(root, 'a1').checked = true;
    keepScreen(window, 7);
    if (change) {
      const screen = kept();
      change(screen);
      localStorage.setItem(KEPT_SCREEN_KEY, JSON.stringify(screen));
    }
    return page();
  }

  it('draws it at the same URL, build and width, with the switches as they were', () => {
    const root = keptThenReopened();
    expect(showKeptScreen(window)).toBe(true);
    expect(root.querySelectorAll('li')).toHaveLength(2);
    expect(switchOf(root, 'a1').checked).toBe(true);
    expect(switchOf(root, 'a2').checked).toBe(false);
    expect(root.getAttribute('aria-busy')).toBe('true');
    expect(document.head.querySelector('style[data-kept-screen]')?.textContent).toContain('.row');
  });

  it('leaves the switches live and everything else inert until the app takes over', () => {
    const root = keptThenReopened();
    showKeptScreen(window);
    expect(root.querySelector('button')!.closest('[inert]')).not.toBeNull();
    expect(root.querySelector('input.search')!.closest('[inert]')).not.toBeNull();
    expect(switchOf(root, 'a1').closest('[inert]')).toBeNull();
    expect(switchOf(root, 'a2').closest('[inert]')).toBeNull();
  });

  it.each([
    ['another URL (another meeting or user)', (s: KeptScreen) => (s.href = s.href.replace('AAMkA-1', 'AAMkA-2'))],
    ['another build', (s: KeptScreen) => (s.entry = '/assets/main-old.js')],
    ['another width (the full tab)', (s: KeptScreen) => (s.width += 400)],
    ['another format', (s: KeptScreen) => (s.version += 1)],
    ['style that reaches outside the page', (s: KeptScreen) => (s.css = '@import url(https://evil.example/x.css);')],
  ])('is not drawn for %s', (_, change) => {
    const root = keptThenReopened(change);
    expect(showKeptScreen(window)).toBe(false);
    expect(root.childNodes).toHaveLength(0);
  });

  it('is not drawn from storage that does not hold one', () => {
    const root = page();
    localStorage.setItem(KEPT_SCREEN_KEY, '{not json');
    expect(showKeptScreen(window)).toBe(false);
    expect(root.childNodes).toHaveLength(0);
  });
});

describe('cleaning the kept markup', () => {
  it('drops what could run or fetch, and keeps the text, roles and the attendee on each switch', () => {
    const fragment = keptMarkup(
      document,
      '<div onclick="alert(1)" style="background:url(x)" class="row" aria-label="Rad">' +
        '<script>alert(2)</script><img src=x onerror="alert(3)"><a href="javascript:alert(4)">länk</a>' +
        '<iframe src="https://evil.example"></iframe><input type="hidden" name="t" value="s">' +
        '<bdi>&lt;b&gt;Märta&lt;/b&gt; Ek</bdi>' +
        '<input type="checkbox" role="switch" data-attendee="a1" formaction="https://evil.example" checked></div>',
    );
    const holder = document.createElement('div');
    holder.append(fragment);
    expect(holder.querySelector('script, img, a, iframe, input[type="hidden"]')).toBeNull();
    const row = holder.querySelector('div')!;
    expect(row.getAttribute('onclick')).toBeNull();
    expect(row.getAttribute('style')).toBeNull();
    expect(row.getAttribute('aria-label')).toBe('Rad');
    expect(holder.querySelector('bdi')!.textContent).toBe('<b>Märta</b> Ek');
    const toggle = holder.querySelector('input')!;
    expect(toggle.getAttribute('data-attendee')).toBe('a1');
    expect(toggle.getAttribute('formaction')).toBeNull();
    expect(toggle.checked).toBe(true);
  });
});

describe('taking over from the kept side panel', () => {
  it('reads the ticks made on it, and stops it taking more', () => {
    drawPanel(page());
    keepScreen(window, 7);
    const root = page();
    showKeptScreen(window);
    switchOf(root, 'a2').click();
    switchOf(root, 'a2').focus();
    expect(root.getAttribute('data-kept-revision')).toBe('7');
    const { ticks, shown, revision, focused } = takeOverKeptScreen(document);
    expect([...ticks]).toEqual([['a2', true]]);
    expect([...shown]).toEqual([
      ['a1', false],
      ['a2', true],
    ]);
    expect(revision).toBe(7);
    expect(focused).toBe('a2');
    expect(root.hasAttribute('data-kept-revision')).toBe(false);
    expect(root.hasAttribute('data-kept-screen')).toBe(false);
    expect(root.hasAttribute('aria-busy')).toBe(false);
    expect([...root.children].every((child) => child.hasAttribute('inert'))).toBe(true);
    removeKeptStyles(document);
    expect(document.head.querySelector('style[data-kept-screen]')).toBeNull();
  });

  it('notes the invitee whose switch had the focus on the opening screen, for the app’s preview', () => {
    const root = page();
    root.setAttribute('data-kept-screen', '');
    root.innerHTML =
      '<section aria-label="Närvaro"><ul><li><input type="checkbox" role="switch" data-invitee="goran.oberg@kommun.example"></li></ul></section>';
    root.querySelector('input')!.focus();
    const kept = takeOverKeptScreen(document);
    expect(kept.focusedInvitee).toBe('goran.oberg@kommun.example');
    expect(kept.focused).toBeUndefined();
    expect(kept.ticks.size).toBe(0);
  });

  it('takes the kept screen off the page when the app cannot start', () => {
    drawPanel(page());
    keepScreen(window, 7);
    const root = page();
    showKeptScreen(window);
    abandonKeptScreen(document);
    expect(root.childNodes).toHaveLength(0);
    expect(root.hasAttribute('data-kept-screen')).toBe(false);
    expect(document.head.querySelector('style[data-kept-screen]')).toBeNull();
  });

  it('has no ticks when no kept screen was drawn', () => {
    const root = page();
    drawPanel(root);
    expect(takeOverKeptScreen(document).ticks.size).toBe(0);
    expect(root.querySelector('[inert]')).toBeNull();
  });
});
