// Typing the notes of an item changes only `item.notes`; the other parts of its card (heading, outcome, decision
// blocks, assignments, additions) need not render again for it. Each part is memoised on the fields of the item
// it reads (issue 17: a keystroke re-rendered the whole card, Fluent inputs and all).
import { memo, type FunctionComponent } from 'react';
import type { AgendaItem } from '../../domain/model';

/**
 * The part again only when one of its other props changed, or one of the item's `fields` (its id always counts).
 * A part must read no other field of the item, in its render or in the edits it makes.
 */
export function itemPart<P extends { item: AgendaItem }>(
  part: FunctionComponent<P>,
  fields: readonly (keyof AgendaItem)[],
): FunctionComponent<P> {
  return memo(part, (before, after) => {
    const keys = Object.keys(after) as (keyof P)[];
    return (
      keys.length === Object.keys(before).length &&
      keys.every((key) => key === 'item' || before[key] === after[key]) &&
      ['id' as const, ...fields].every((field) => before.item[field] === after.item[field])
    );
  }) as unknown as FunctionComponent<P>;
}
