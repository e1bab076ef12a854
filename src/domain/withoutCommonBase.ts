// Two devices that each started the same meeting's record have no version in common: the second save meets a file it
// never read. Taking theirs as the base would read everything only they wrote as deleted by us, and drop it. Instead
// nothing counts as common except the standard items both started from (same kind and title), which are paired so
// they are not doubled; everything else is an addition of one side, or a conflict to choose.
import type { AgendaItem, Minutes } from './model';

function pairStandardItems(mine: readonly AgendaItem[], theirs: readonly AgendaItem[]): AgendaItem[] {
  const mineIds = new Set(mine.map((item) => item.id));
  const theirIds = new Set(theirs.map((item) => item.id));
  const taken = new Set<string>();
  return mine.map((item) => {
    if (theirIds.has(item.id)) return item;
    const partner = theirs.find(
      (t) => !mineIds.has(t.id) && !taken.has(t.id) && t.kind === item.kind && t.title.trim() === item.title.trim(),
    );
    if (!partner) return item;
    taken.add(partner.id);
    return { ...item, id: partner.id };
  });
}

export function withoutCommonBase(mine: Minutes, theirs: Minutes): { base: Minutes; mine: Minutes } {
  return {
    base: { ...theirs, items: [], attendees: [] },
    mine: { ...mine, items: pairStandardItems(mine.items, theirs.items) },
  };
}
