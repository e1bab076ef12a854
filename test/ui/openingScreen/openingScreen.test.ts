// The side panel's opening screen (issue 17): rendered at build time by the app's own components in every UI language
// and Teams theme, and drawn before React from the calendar event's invitees: every text of the meeting in place of
// the sample's, as text and never markup, a switch per invitee that reports her ticks at once, or nothing at all when
// the page or the markup is not the one expected. Node, as the build renders it; the page is a jsdom window.
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { invitedKey } from '../../../src/domain/attendees';
import type { MeetingPreview } from '../../../src/contracts/records';
import { loadUiStrings, type UiStrings } from '../../../src/ui/i18n/strings';
import { previewTexts } from '../../../src/ui/RecordLoader/previewTexts';
import { drawOpeningScreen } from '../../../src/ui/openingScreen/drawOpeningScreen';
import { isOpeningScreen, type OpeningScreen } from '../../../src/ui/openingScreen/openingScreen';
import { openingScreens } from '../../../src/ui/openingScreen/prerender';

const MEETING: MeetingPreview = {
  subject: 'Styrgrupp närvård <img src=x onerror=alert(1)>',
  start: '2026-11-29T13:00:00',
  end: '2026-11-29T15:00:00',
  invitees: [
    { name: 'Åsa Lindqvist', email: 'asa.lindqvist@samverkan.example' },
    { name: 'Göran Öberg', email: 'goran.oberg@kommun.example' },
    { name: '<b>Märta</b> Ek' },
  ],
};

let sv: UiStrings;
beforeAll(async () => {
  sv = await loadUiStrings('sv');
});

function page(root = '<div id="root"></div>'): Document {
  return new JSDOM(`<!doctype html><html><head></head><body>${root}</body></html>`).window.document;
}

function draw(
  doc: Document,
  screen: OpeningScreen = openingScreens['sv-light']!,
  ticked: ReadonlyMap<string, boolean> = new Map(),
) {
  const ticks: ReadonlyMap<string, boolean>[] = [];
  const drawn = drawOpeningScreen(doc, screen, { preview: MEETING, strings: sv, ticked }, (now) => ticks.push(now));
  return { drawn, ticks };
}

function switches(doc: Document): HTMLInputElement[] {
  return [...doc.querySelectorAll<HTMLInputElement>('section[aria-label="Närvaro"] li input[role="switch"]')];
}

describe('the opening screen as the build renders it', () => {
  it('comes in both UI languages and all three Teams themes', () => {
    expect(Object.keys(openingScreens).sort()).toEqual(
      ['en-contrast', 'en-dark', 'en-light', 'sv-contrast', 'sv-dark', 'sv-light'].sort(),
    );
    for (const screen of Object.values(openingScreens)) expect(isOpeningScreen(screen)).toBe(true);
  });

  it('has the shell, the preview with one row to copy, and the styles that draw them in the theme', () => {
    const screen = openingScreens['sv-dark']!;
    const doc = page();
    doc.body.innerHTML = screen.html;
    expect(doc.querySelectorAll('section[aria-label="Närvaro"] ul > li')).toHaveLength(1);
    expect(doc.querySelector('[role="progressbar"]')?.textContent).toBe('Hämtar organisationer och roller …');
    expect(doc.querySelector('style, script')).toBeNull();
    // Teams' dark theme, as FluentProvider sets it, and the atomic classes of the markup.
    expect(screen.css).toMatch(/--colorNeutralBackground1: #292929/);
    // Griffel's atomic classes (its first, `___…`, names the set and has no rule of its own).
    const atomic = [...doc.querySelector('li')!.classList].filter((name) => !name.startsWith('___'));
    expect(atomic.length).toBeGreaterThan(0);
    for (const name of atomic) expect(screen.css).toContain(`.${name}`);
    expect(openingScreens['en-light']!.html).toContain('aria-label="Attendance"');
  });
});

describe('drawing the opening screen', () => {
  it('lists every invitee with a switch, in the invite order, with the meeting’s own texts', () => {
    const doc = page();
    expect(draw(doc).drawn).toBe(true);
    const root = doc.getElementById('root')!;
    expect(root.hasAttribute('data-kept-screen')).toBe(true);
    expect(root.getAttribute('aria-busy')).toBe('true');
    expect(switches(doc).map((input) => input.getAttribute('aria-label'))).toEqual([
      'Närvaro för Åsa Lindqvist',
      'Närvaro för Göran Öberg',
      'Närvaro för <b>Märta</b> Ek',
    ]);
    expect(switches(doc).map((input) => input.getAttribute('data-invitee'))).toEqual(MEETING.invitees.map(invitedKey));
    const text = root.textContent!;
    expect(text).toContain('Styrgrupp närvård <img src=x onerror=alert(1)>');
    expect(text).toContain('<b>Märta</b> Ek');
    expect(text).toContain('Inbjudna (3)');
    expect(text).toContain('0 närvarande');
    expect(text).toContain(previewTexts(MEETING, sv, 0).when);
    // Text, never markup: no element came in with the meeting's words, and none of the sample's are left.
    expect(root.querySelector('img, b')).toBeNull();
    expect(text).not.toMatch(/[\uE000\uE001]/);
    expect(doc.head.querySelector('style[data-kept-screen]')?.textContent).toContain('--colorNeutralBackground1');
  });

  it('draws an event without attendees as an empty list, with its count', () => {
    const doc = page();
    const view = { preview: { ...MEETING, invitees: [] }, strings: sv, ticked: new Map<string, boolean>() };
    expect(drawOpeningScreen(doc, openingScreens['sv-light']!, view, () => undefined)).toBe(true);
    expect(switches(doc)).toHaveLength(0);
    expect(doc.getElementById('root')!.textContent).toContain('Inbjudna (0)');
  });

  it('gives each row’s switch an id of its own', () => {
    const doc = page();
    draw(doc);
    const ids = [...doc.querySelectorAll('#root [id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows the ticks the device kept from a panel closed before its record opened', () => {
    const doc = page();
    draw(doc, undefined, new Map([[invitedKey(MEETING.invitees[1]!), true]]));
    expect(switches(doc).map((input) => input.checked)).toEqual([false, true, false]);
    expect(doc.getElementById('root')!.textContent).toContain('1 närvarande');
  });

  it('reports every tick at once, with the count beside the list', () => {
    const doc = page();
    const { ticks } = draw(doc);
    const goran = switches(doc)[1]!;
    goran.click();
    expect(ticks.at(-1)).toEqual(new Map([[invitedKey(MEETING.invitees[1]!), true]]));
    expect(doc.getElementById('root')!.textContent).toContain('1 närvarande');
    goran.click();
    expect(ticks.at(-1)).toEqual(new Map([[invitedKey(MEETING.invitees[1]!), false]]));
    expect(doc.getElementById('root')!.textContent).toContain('0 närvarande');
  });

  it('has the header of a browser against the Graph emulator, its demo users to switch between inert until the app is up', () => {
    const doc = page();
    const personas = [
      { upn: 'asa.lindqvist@samverkan.example', displayName: 'Åsa Lindqvist', label: 'Sekreterare' },
      { upn: 'goran.oberg@kommun.example', displayName: 'Göran Öberg', label: 'Ordförande <b>' },
    ];
    const drawn = drawOpeningScreen(
      doc,
      openingScreens['sv-light']!,
      { preview: MEETING, strings: sv, ticked: new Map(), demo: { personas, current: 'GORAN.OBERG@kommun.example' } },
      () => undefined,
    );
    expect(drawn).toBe(true);
    const header = doc.querySelector('#root header')!;
    expect(header.textContent).toContain('Mötessekreteraren');
    expect(header.hasAttribute('inert')).toBe(true);
    const options = [...header.querySelectorAll('option')];
    expect(options.map((option) => [option.value, option.textContent, option.selected])).toEqual([
      ['asa.lindqvist@samverkan.example', 'Åsa Lindqvist (Sekreterare)', false],
      ['goran.oberg@kommun.example', 'Göran Öberg (Ordförande <b>)', true],
    ]);
    expect(switches(doc)).toHaveLength(3);
    expect(doc.querySelector('#root')!.textContent).not.toMatch(/[\uE000-\uE003]/);
  });

  it('draws nothing where something is drawn already (the kept side panel)', () => {
    const doc = page('<div id="root"><p>kept</p></div>');
    expect(draw(doc).drawn).toBe(false);
    expect(doc.getElementById('root')!.textContent).toBe('kept');
    expect(doc.head.querySelector('style')).toBeNull();
  });

  it('draws nothing from markup it does not recognise (another build’s, a broken file)', () => {
    const screen = openingScreens['sv-light']!;
    for (const broken of [
      { ...screen, html: screen.html.replace(/<li[\s\S]*<\/li>/, '') },
      { ...screen, sample: { ...screen.sample, invited: 'not in the markup' } },
    ]) {
      const doc = page();
      expect(draw(doc, broken).drawn).toBe(false);
      expect(doc.getElementById('root')!.childNodes).toHaveLength(0);
    }
    const withoutChoice = { ...screen, htmlWithPersonas: screen.html };
    const demo = { personas: [{ upn: 'a@b.example', displayName: 'A', label: 'B' }] };
    expect(
      drawOpeningScreen(page(), withoutChoice, { preview: MEETING, strings: sv, ticked: new Map(), demo }, () => {}),
    ).toBe(false);
    expect(isOpeningScreen({ html: '<div></div>', css: '' })).toBe(false);
  });
});
