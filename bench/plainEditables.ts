// Plain contenteditables (not Lexical, not rendered by React) to type into beside the notes editor, for telling what
// a keystroke costs by place: the editor's own work apart from the page it is in (bench/profileTyping.ts,
// bench/typingPlaces.ts).
import type { Locator } from 'playwright-core';

/** Where a plain editable goes; each gets the id `bench-${place}`. */
export type Place = 'over-page' | 'in-column' | 'in-card';

/**
 * Adds a plain editable with the notes' classes at each place: laid over the page outside the app, as the bench's
 * textarea is (`over-page`), in the app's column of item cards before the first card (`in-column`), or inside the
 * first item card before its notes (`in-card`).
 */
export async function addPlainEditables(notes: Locator, places: readonly Place[]): Promise<void> {
  await notes.evaluate((editable, wanted) => {
    const plain = (place: string) => {
      const element = document.createElement('div');
      element.id = `bench-${place}`;
      element.contentEditable = 'true';
      element.className = editable.className;
      element.append(Object.assign(document.createElement('p'), { textContent: 'Avslutande stycke.' }));
      return element;
    };
    for (const place of wanted) {
      if (place === 'in-column') editable.closest('[id^="item-"]')?.before(plain(place));
      if (place === 'in-card') editable.closest('[role="group"]')?.before(plain(place));
      if (place === 'over-page') {
        const element = plain(place);
        // Where the textarea is, and as it is: fixed, above everything, outside the app's root.
        element.style.cssText = 'position:fixed;top:0;left:0;z-index:10000;width:300px;height:80px;background:white';
        element.toggleAttribute('data-bench-field', true);
        document.body.append(element);
      }
    }
  }, places);
}
