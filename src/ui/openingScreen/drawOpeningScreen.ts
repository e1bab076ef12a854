// Draws the opening screen (./openingScreen) into the page's empty root: the markup the build rendered for a sample
// meeting, with the real meeting's texts in place of the sample's and one row per invitee. Every text of the
// meeting goes in as text (a node's data, an attribute's value), never as markup. Only the switches take input: what
// she ticks is handed to `onTick` at once, and the app takes over as from a kept screen (src/ui/keptScreen/takeOver).
import { invitedKey } from '../../domain/attendees';
import type { MeetingPreview } from '../../contracts/records';
import type { Shell } from '../../contracts/shell';
import { personaChoice } from '../AppShell/personaChoice';
import type { UiStrings } from '../i18n/strings';
import { INVITEE_ATTRIBUTE, KEPT_ATTRIBUTE } from '../keptScreen/keptScreen';
import { previewTexts, type PreviewTexts } from '../RecordLoader/previewTexts';
import type { OpeningScreen } from './openingScreen';

export interface OpeningView {
  preview: MeetingPreview;
  strings: UiStrings;
  /** Presence by invitee already ticked on this device (a panel closed before its record was open). */
  ticked: ReadonlyMap<string, boolean>;
  /** In a browser against the Graph emulator: the demo users the shell's header offers, and who is signed in. */
  demo?: { personas: NonNullable<Shell['personas']>; current?: string | undefined };
}

/** Replaces every text node whose whole text is a key of `texts`; the replaced nodes by key, for later updates. */
function replaceTexts(node: Node, texts: ReadonlyMap<string, string>): Map<string, Text> {
  const replaced = new Map<string, Text>();
  // NodeFilter.SHOW_TEXT, without the page's global (the tests draw into a window of their own).
  const walker = node.ownerDocument!.createTreeWalker(node, 0x4);
  for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
    const real = texts.get(text.data);
    if (real === undefined) continue;
    replaced.set(text.data, text);
    text.data = real;
  }
  return replaced;
}

/** Ids (and the references to them) made unique to one copy of the row: a label must name its own switch. */
function uniqueIds(row: Element, suffix: string): void {
  const ids = new Set([...row.querySelectorAll('[id]')].map((element) => element.id));
  for (const element of row.querySelectorAll('[id]')) element.id += suffix;
  for (const name of ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls']) {
    for (const element of row.querySelectorAll(`[${name}]`)) {
      const value = element.getAttribute(name)!.split(/\s+/);
      element.setAttribute(name, value.map((id) => (ids.has(id) ? id + suffix : id)).join(' '));
    }
  }
}

/**
 * The header's switcher with the demo users in place of the sample's, inert until the app's own takes its place: only
 * the switches take input here. False when the markup has no sample choice to copy.
 */
function fillSwitcher(content: DocumentFragment, sample: string, demo: NonNullable<OpeningView['demo']>): boolean {
  const choice = [...content.querySelectorAll('header option')].find((option) => option.textContent === sample);
  if (!choice) return false;
  for (const persona of demo.personas) {
    const copy = choice.cloneNode(true) as HTMLOptionElement;
    copy.textContent = personaChoice(persona);
    copy.value = persona.upn;
    choice.before(copy);
  }
  choice.remove();
  content.querySelector('header')!.setAttribute('inert', '');
  return true;
}

/**
 * Draws the meeting's opening screen into an empty root. False, drawing nothing, when the root is not empty or the
 * markup is not the one expected (no list row with its switch to copy, a text of the sample missing).
 */
export function drawOpeningScreen(
  doc: Document,
  screen: OpeningScreen,
  { preview, strings, ticked, demo }: OpeningView,
  onTick: (ticked: ReadonlyMap<string, boolean>) => void,
): boolean {
  const root = doc.getElementById('root');
  if (!root || root.firstChild) return false;
  const template = doc.createElement('template');
  template.innerHTML = demo ? screen.htmlWithPersonas : screen.html;
  const content = template.content;
  if (demo && !fillSwitcher(content, screen.sample.persona, demo)) return false;
  const row = content.querySelector('section ul > li');
  const screenElement = content.firstElementChild;
  if (!row?.parentElement || !row.querySelector('input') || !screenElement) return false;
  const list = row.parentElement;
  row.remove();

  const presence = new Map(ticked);
  const presentNow = () => preview.invitees.filter((person) => presence.get(invitedKey(person))).length;
  const texts = (present: number): PreviewTexts => previewTexts(preview, strings, present);
  const sampleKeys = ['subject', 'when', 'invited', 'present'] as const;
  const real = texts(presentNow());
  const replaced = replaceTexts(content, new Map(sampleKeys.map((key) => [screen.sample[key], real[key]])));
  const badge = replaced.get(screen.sample.present);
  if (replaced.size !== sampleKeys.length || !badge) return false;

  preview.invitees.forEach((person, index) => {
    const copy = row.cloneNode(true) as Element;
    replaceTexts(copy, new Map([[screen.sample.name, person.name]]));
    const input = copy.querySelector('input')!;
    const key = invitedKey(person);
    input.setAttribute('aria-label', strings.presenceOf(person.name));
    input.setAttribute(INVITEE_ATTRIBUTE, key);
    input.toggleAttribute('checked', presence.get(key) ?? false);
    uniqueIds(copy, `-${index}`);
    list.append(copy);
  });

  // On the screen's own element, not the root: the app's tree replaces it in the root, and its switches are not ours.
  screenElement.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    const key = input.getAttribute(INVITEE_ATTRIBUTE);
    if (key === null) return;
    presence.set(key, input.checked);
    badge.data = texts(presentNow()).present;
    onTick(new Map(presence));
  });
  const style = doc.createElement('style');
  style.setAttribute(KEPT_ATTRIBUTE, '');
  style.textContent = screen.css;
  doc.head.append(style);
  root.append(content);
  // Chosen once on the page: a select picks its choice as its options are inserted, whatever their markup said.
  const switcher = root.querySelector<HTMLSelectElement>('header select');
  const current = demo?.personas.find((persona) => persona.upn.toLowerCase() === demo.current?.toLowerCase());
  if (switcher) switcher.value = current?.upn ?? '';
  root.setAttribute(KEPT_ATTRIBUTE, '');
  root.setAttribute('aria-busy', 'true');
  return true;
}
