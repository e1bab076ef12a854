// Three-way merge for a save refused with 412: someone else saved since we read the file. Both versions
// are compared with the one we read (base); what changed on one side only is taken from that side,
// what changed differently on both is a conflict for the secretary to decide. Text is never dropped:
// an item deleted on one side but edited on the other stays, and is reported.
import { canonicalJson } from './canonical';
import { removeItem, replaceItem } from './editing';
import type { AgendaItem, Assignment, Attendee, DecisionBlock, Minutes } from './model';

export type Conflict =
  /** `undefined` on a side that deleted the item. */
  | { type: 'item'; itemId: string; mine: AgendaItem | undefined; theirs: AgendaItem | undefined }
  | { type: 'attendee'; key: string; mine: Attendee | undefined; theirs: Attendee | undefined }
  | { type: 'field'; field: keyof Minutes; mine: unknown; theirs: unknown };

export type MergeResult = { merged: Minutes } | { conflicts: Conflict[]; merged: Minutes };

interface Merged<T> {
  value: T;
  conflict: boolean;
}

type Merger<T> = (base: T | undefined, mine: T, theirs: T) => Merged<T>;

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** The whole value: one side's change wins; different changes on both sides conflict, keeping theirs. */
function mergeValue<T>(base: T | undefined, mine: T, theirs: T): Merged<T> {
  if (same(mine, base) || same(mine, theirs)) return { value: theirs, conflict: false };
  if (same(theirs, base)) return { value: mine, conflict: false };
  return { value: theirs, conflict: true };
}

type Special<T> = { [K in keyof T]?: Merger<T[K]> };

/** Field by field, with `special` mergers for fields that are lists of their own. */
function mergeFields<T extends object>(
  base: T | undefined,
  mine: T,
  theirs: T,
  special: Special<T> = {},
  onFieldConflict?: (field: keyof T) => void,
): Merged<T> {
  const keys = new Set([...Object.keys(mine), ...Object.keys(theirs), ...Object.keys(base ?? {})] as (keyof T)[]);
  const value = {} as T;
  let conflict = false;
  for (const key of keys) {
    const merger = (special[key] ?? mergeValue) as Merger<T[keyof T]>;
    const result = merger(base?.[key], mine[key], theirs[key]);
    if (result.conflict) {
      conflict = true;
      onFieldConflict?.(key);
    }
    if (result.value !== undefined) value[key] = result.value;
  }
  return { value, conflict };
}

/**
 * Order: if they did not reorder, my order stands; else theirs. The other side's new entries go before their
 * successor there, which keeps an item added "before other matters" in that place.
 */
function mergeOrder(
  base: readonly string[],
  mine: readonly string[],
  theirs: readonly string[],
  kept: ReadonlySet<string>,
): string[] {
  const common = (list: readonly string[]) =>
    list.filter((id) => base.includes(id) && mine.includes(id) && theirs.includes(id));
  const theirsReordered = !same(common(theirs), common(base));
  const [primary, secondary] = theirsReordered ? [theirs, mine] : [mine, theirs];
  const result = primary.filter((id) => kept.has(id));
  // Entries only the secondary side has or kept (new ones, or ones the primary side deleted but which stay).
  [...secondary].reverse().forEach((id, reverseIndex) => {
    if (!kept.has(id) || result.includes(id)) return;
    const successor = secondary.slice(secondary.length - reverseIndex).find((next) => result.includes(next));
    result.splice(successor === undefined ? result.length : result.indexOf(successor), 0, id);
  });
  return result;
}

/**
 * A list of entries with ids. `onConflict` receives conflicting entries; when it is given, the list itself
 * is not in conflict (the entries are reported one by one), otherwise a conflict marks the whole list.
 */
function mergeKeyed<T>(
  keyOf: (entry: T) => string,
  mergeEntry: Merger<T>,
  onConflict?: (key: string, mine: T | undefined, theirs: T | undefined) => void,
): Merger<T[]> {
  return (base = [], mine, theirs) => {
    const index = (list: readonly T[]) => new Map(list.map((e) => [keyOf(e), e]));
    const [b, m, t] = [index(base), index(mine), index(theirs)];
    const values = new Map<string, T>();
    let conflict = false;
    const report = (key: string, mv: T | undefined, tv: T | undefined) => {
      if (onConflict) onConflict(key, mv, tv);
      else conflict = true;
    };
    for (const key of new Set([...m.keys(), ...t.keys(), ...b.keys()])) {
      const [bv, mv, tv] = [b.get(key), m.get(key), t.get(key)];
      if (mv !== undefined && tv !== undefined) {
        const result = mergeEntry(bv, mv, tv);
        values.set(key, result.value);
        if (result.conflict) report(key, mv, tv);
      } else if (mv !== undefined || tv !== undefined) {
        const present = (mv ?? tv) as T;
        if (bv === undefined)
          values.set(key, present); // added on one side
        else if (!same(present, bv)) {
          values.set(key, present); // deleted on one side, edited on the other: keep the text, ask
          report(key, mv, tv);
        }
      }
    }
    const order = mergeOrder(base.map(keyOf), mine.map(keyOf), theirs.map(keyOf), new Set(values.keys()));
    return { value: order.map((key) => values.get(key) as T), conflict };
  };
}

const byId = <T extends { id: string }>(entry: T) => entry.id;
const fields = <T extends object>(base: T | undefined, mine: T, theirs: T) => mergeFields(base, mine, theirs);

function itemMerger(
  onConflict: (key: string, mine: AgendaItem | undefined, theirs: AgendaItem | undefined) => void,
): Merger<AgendaItem[]> {
  const mergeItem: Merger<AgendaItem> = (base, mine, theirs) =>
    mergeFields(base, mine, theirs, {
      decisionBlocks: mergeKeyed<DecisionBlock>(byId, (b, m, t) =>
        mergeFields(b, m, t, { decisions: mergeKeyed(byId, fields) }),
      ),
      assignments: mergeKeyed<Assignment>(byId, fields),
      links: mergeKeyed(byId, fields),
      subItems: (b, m, t) => items(b, m, t),
    });
  const items = mergeKeyed(byId, mergeItem, onConflict);
  return items;
}

export function mergeMinutes(base: Minutes, mine: Minutes, theirs: Minutes): MergeResult {
  const conflicts: Conflict[] = [];
  const { value } = mergeFields<Minutes>(
    base,
    mine,
    theirs,
    {
      items: itemMerger((itemId, m, t) => conflicts.push({ type: 'item', itemId, mine: m, theirs: t })),
      attendees: mergeKeyed<Attendee>(
        (a) => a.key,
        fields,
        (key, m, t) => conflicts.push({ type: 'attendee', key, mine: m, theirs: t }),
      ),
      // Mails sent from either device stay sent: the union, the later entry for the same address.
      assignmentMail: (_b, m, t) => ({ value: mergeMailLedgers(m, t), conflict: false }),
      revision: (_b, m, t) => ({ value: Math.max(m, t) + 1, conflict: false }),
      updatedAt: (_b, m, t) => ({ value: m > t ? m : t, conflict: false }),
    },
    (field) => conflicts.push({ type: 'field', field, mine: mine[field], theirs: theirs[field] }),
  );
  return conflicts.length > 0 ? { conflicts, merged: value } : { merged: value };
}

function mergeMailLedgers(
  mine: Minutes['assignmentMail'],
  theirs: Minutes['assignmentMail'],
): Minutes['assignmentMail'] {
  if (!mine) return theirs;
  if (!theirs) return mine;
  const merged = { ...theirs };
  for (const [email, entry] of Object.entries(mine)) {
    const other = merged[email];
    if (!other || other.at < entry.at) merged[email] = entry;
  }
  return merged;
}

/**
 * The secretary's choice for one conflict. `merged` holds theirs, except where one side deleted and the other
 * edited (then the edit); choosing a side that deleted removes the item or attendee.
 */
export function resolveConflict(merged: Minutes, conflict: Conflict, choice: 'mine' | 'theirs', now: Date): Minutes {
  const touched = { revision: merged.revision + 1, updatedAt: now.toISOString() };
  switch (conflict.type) {
    case 'field':
      return { ...merged, [conflict.field]: conflict[choice], ...touched };
    case 'attendee': {
      const chosen = conflict[choice];
      const others = merged.attendees.filter((a) => a.key !== conflict.key);
      const index = merged.attendees.findIndex((a) => a.key === conflict.key);
      const attendees = chosen
        ? [...others.slice(0, Math.max(index, 0)), chosen, ...others.slice(Math.max(index, 0))]
        : others;
      return { ...merged, attendees, ...touched };
    }
    case 'item': {
      const chosen = conflict[choice];
      return chosen ? replaceItem(merged, chosen, now) : removeItem(merged, conflict.itemId, now);
    }
  }
}
