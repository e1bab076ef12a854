// The immutable edits the UI makes. Each returns a new Minutes with the next revision and `updatedAt`
// from the injected clock; unchanged parts keep their identity so React can skip them.
import { newAssignment, newItem } from './factory';
import type { NewAssignmentInit, NewItemInit } from './factory';
import { newId } from './ids';
import type { AgendaItem, Assignment, Attendee, Link, Minutes, Presence, Role } from './model';
import { emailKey } from './emailKey';

/** A new record with the change, the next revision and the clock's time: every edit goes through here. */
export function touch(minutes: Minutes, changes: Partial<Minutes>, now: Date): Minutes {
  return { ...minutes, ...changes, revision: minutes.revision + 1, updatedAt: now.toISOString() };
}

/** Applies `change` to the item or sub-item with this id; throws when there is none, so a stale UI action is loud. */
function mapItem(items: readonly AgendaItem[], itemId: string, change: (item: AgendaItem) => AgendaItem): AgendaItem[] {
  let found = false;
  const visit = (list: readonly AgendaItem[]): AgendaItem[] =>
    list.map((item) => {
      if (item.id === itemId) {
        found = true;
        return change(item);
      }
      const subItems = visit(item.subItems);
      return subItems.some((sub, i) => sub !== item.subItems[i]) ? { ...item, subItems } : item;
    });
  const result = visit(items);
  if (!found) throw new Error(`No item ${itemId}`);
  return result;
}

export function withItem(
  minutes: Minutes,
  itemId: string,
  change: (item: AgendaItem) => AgendaItem,
  now: Date,
): Minutes {
  return touch(minutes, { items: mapItem(minutes.items, itemId, change) }, now);
}

// ---- items ----

export function insertItem(minutes: Minutes, index: number, init: NewItemInit, now: Date): Minutes {
  const items = [...minutes.items];
  items.splice(Math.max(0, Math.min(index, items.length)), 0, newItem(init));
  return touch(minutes, { items }, now);
}

/** A new item of the meeting's own goes before "other matters" and the closing item, where secretaries want it. */
export function addItem(minutes: Minutes, init: NewItemInit, now: Date): Minutes {
  const trailing = minutes.items.findIndex((item) => item.kind === 'other' || item.kind === 'closing');
  return insertItem(minutes, trailing === -1 ? minutes.items.length : trailing, init, now);
}

export function moveItem(minutes: Minutes, itemId: string, toIndex: number, now: Date): Minutes {
  const from = minutes.items.findIndex((item) => item.id === itemId);
  if (from === -1) throw new Error(`No item ${itemId}`);
  const items = [...minutes.items];
  const [moved] = items.splice(from, 1);
  if (!moved) return minutes;
  items.splice(Math.max(0, Math.min(toIndex, items.length)), 0, moved);
  return touch(minutes, { items }, now);
}

/** Removes an item or a sub-item. */
export function removeItem(minutes: Minutes, itemId: string, now: Date): Minutes {
  let found = false;
  const prune = (list: readonly AgendaItem[]): AgendaItem[] =>
    list.flatMap((item) => {
      if (item.id === itemId) {
        found = true;
        return [];
      }
      const subItems = prune(item.subItems);
      return [subItems.length === item.subItems.length ? item : { ...item, subItems }];
    });
  const items = prune(minutes.items);
  if (!found) throw new Error(`No item ${itemId}`);
  return touch(minutes, { items }, now);
}

export type ItemPatch = Partial<Pick<AgendaItem, 'kind' | 'title' | 'presenter' | 'notes' | 'outcome' | 'outcomeText'>>;

/** Updates an item or a sub-item. */
export function updateItem(minutes: Minutes, itemId: string, patch: ItemPatch, now: Date): Minutes {
  return withItem(minutes, itemId, (item) => ({ ...item, ...patch }), now);
}

/** Puts a whole item (or sub-item) in place of the one with the same id: "keep my version" after a merge. */
export function replaceItem(minutes: Minutes, item: AgendaItem, now: Date): Minutes {
  return withItem(minutes, item.id, () => item, now);
}

export function addSubItem(minutes: Minutes, parentId: string, init: NewItemInit, now: Date): Minutes {
  return withItem(minutes, parentId, (item) => ({ ...item, subItems: [...item.subItems, newItem(init)] }), now);
}

// ---- assignments and links: the same list edits on two lists of an item (decisions: decisions.ts) ----

type EntryList = 'assignments' | 'links';
type Entry<K extends EntryList> = AgendaItem[K][number];

function addEntry<K extends EntryList>(minutes: Minutes, itemId: string, list: K, entry: Entry<K>, now: Date): Minutes {
  return withItem(minutes, itemId, (item) => ({ ...item, [list]: [...item[list], entry] }), now);
}

function updateEntry<K extends EntryList>(
  minutes: Minutes,
  itemId: string,
  list: K,
  entryId: string,
  change: (entry: Entry<K>) => Entry<K>,
  now: Date,
): Minutes {
  return withItem(
    minutes,
    itemId,
    (item) => {
      const entries = item[list] as Entry<K>[];
      if (!entries.some((e) => e.id === entryId)) throw new Error(`No ${list} entry ${entryId} in item ${itemId}`);
      return { ...item, [list]: entries.map((e) => (e.id === entryId ? change(e) : e)) };
    },
    now,
  );
}

function removeEntry(minutes: Minutes, itemId: string, list: EntryList, entryId: string, now: Date): Minutes {
  return withItem(
    minutes,
    itemId,
    (item) => ({ ...item, [list]: (item[list] as { id: string }[]).filter((e) => e.id !== entryId) }),
    now,
  );
}

export function addAssignment(minutes: Minutes, itemId: string, init: NewAssignmentInit, now: Date): Minutes {
  return addEntry(minutes, itemId, 'assignments', newAssignment(init), now);
}

export type AssignmentPatch = Partial<Pick<Assignment, 'text' | 'assignees' | 'due'>>;

/** A synced assignment whose text, due date or assignees change is pending again until Planner has the change. */
export function updateAssignment(
  minutes: Minutes,
  itemId: string,
  assignmentId: string,
  patch: AssignmentPatch,
  now: Date,
): Minutes {
  return updateEntry(
    minutes,
    itemId,
    'assignments',
    assignmentId,
    (a: Assignment) => ({ ...a, ...patch, sync: a.sync.state === 'synced' ? { state: 'pending' } : a.sync }),
    now,
  );
}

export function removeAssignment(minutes: Minutes, itemId: string, assignmentId: string, now: Date): Minutes {
  return removeEntry(minutes, itemId, 'assignments', assignmentId, now);
}

export function addLink(
  minutes: Minutes,
  itemId: string,
  link: Omit<Link, 'id'> & { id?: string },
  now: Date,
): Minutes {
  return addEntry(minutes, itemId, 'links', { id: link.id ?? newId(), title: link.title, url: link.url }, now);
}

export function removeLink(minutes: Minutes, itemId: string, linkId: string, now: Date): Minutes {
  return removeEntry(minutes, itemId, 'links', linkId, now);
}

/**
 * Replaces an assignment's sync state (Planner link and state) without a content change of the record:
 * sync results are written by the save workflow, not typed by the secretary.
 */
export function setAssignmentSync(
  minutes: Minutes,
  itemId: string,
  assignmentId: string,
  sync: Pick<Assignment, 'sync'> & Partial<Pick<Assignment, 'planner'>>,
  now: Date,
): Minutes {
  return updateEntry(minutes, itemId, 'assignments', assignmentId, (a: Assignment) => ({ ...a, ...sync }), now);
}

// ---- attendees ----

export type AttendeePatch = Partial<Omit<Attendee, 'key' | 'source'>>;

export function updateAttendee(minutes: Minutes, key: string, patch: AttendeePatch, now: Date): Minutes {
  if (!minutes.attendees.some((a) => a.key === key)) throw new Error(`No attendee ${key}`);
  return touch(minutes, { attendees: minutes.attendees.map((a) => (a.key === key ? { ...a, ...patch } : a)) }, now);
}

export function setPresence(minutes: Minutes, key: string, presence: Presence, now: Date): Minutes {
  return updateAttendee(minutes, key, { presence }, now);
}

/** `deputyFor` only means something for a deputy, so it goes when the role does. */
/**
 * The secretary does not want the items taken from the invite's agenda: the meeting's own items that nobody
 * has written in yet give way to one empty item. Items with text, decisions or assignments stay.
 */
export function discardAgendaItems(minutes: Minutes, now: Date): Minutes {
  const untouched = (item: AgendaItem) =>
    item.kind === 'regular' &&
    item.notes.length === 0 &&
    item.decisionBlocks.length === 0 &&
    item.assignments.length === 0 &&
    item.links.length === 0 &&
    item.subItems.length === 0;
  const kept = minutes.items.filter((item) => !untouched(item));
  if (kept.length === minutes.items.length) return minutes;
  const next = touch(minutes, { items: kept }, now);
  return kept.some((item) => item.kind === 'regular') ? next : addItem(next, { title: '' }, now);
}

/** Those the online meeting's attendance report says joined are present; others keep what they had. */
export function markJoined(
  minutes: Minutes,
  joined: { ids: readonly string[]; emails: readonly string[] },
  now: Date,
): { minutes: Minutes; marked: number } {
  const ids = new Set(joined.ids);
  const emails = new Set(joined.emails.map(emailKey));
  let marked = 0;
  const attendees = minutes.attendees.map((a) => {
    const came = (a.directoryId && ids.has(a.directoryId)) || (a.email && emails.has(emailKey(a.email)));
    if (!came || a.presence.kind === 'present') return a;
    marked += 1;
    return { ...a, presence: { kind: 'present' as const } };
  });
  return { minutes: marked ? touch(minutes, { attendees }, now) : minutes, marked };
}

/** Everyone still `expected` came: the one tap that confirms the invite list once the meeting is under way. */
export function confirmExpected(minutes: Minutes, now: Date): Minutes {
  if (!minutes.attendees.some((a) => a.presence.kind === 'expected')) return minutes;
  return touch(
    minutes,
    {
      attendees: minutes.attendees.map((a) =>
        a.presence.kind === 'expected' ? { ...a, presence: { kind: 'present' } } : a,
      ),
    },
    now,
  );
}

export function setRoles(minutes: Minutes, key: string, roles: Role[], now: Date, deputyFor?: string): Minutes {
  return updateAttendee(minutes, key, { roles, deputyFor: roles.includes('deputy') ? deputyFor : undefined }, now);
}

export interface ManualAttendee {
  name: string;
  email?: string;
  directoryId?: string;
  organisation?: string;
  jobTitle?: string;
  roles?: Role[];
}

/** Someone who came without an invite: present, and external unless picked from the directory. */
export function addAttendee(minutes: Minutes, person: ManualAttendee, now: Date): Minutes {
  const key = person.directoryId ?? (person.email ? emailKey(person.email) : undefined) ?? newId();
  if (minutes.attendees.some((a) => a.key === key)) throw new Error(`Attendee ${key} is already on the record`);
  const attendee: Attendee = {
    key,
    name: person.name,
    ...(person.directoryId ? { directoryId: person.directoryId } : {}),
    ...(person.email ? { email: person.email } : {}),
    ...(person.organisation ? { organisation: person.organisation } : {}),
    ...(person.jobTitle ? { jobTitle: person.jobTitle } : {}),
    roles: person.roles ?? [],
    presence: { kind: 'present' },
    external: !person.directoryId,
    source: 'manual',
  };
  return touch(minutes, { attendees: [...minutes.attendees, attendee] }, now);
}

// ---- header ----

export type HeaderPatch = Partial<Pick<Minutes, 'title' | 'place' | 'nextMeeting' | 'noteTakers' | 'firstNumber'>>;

/** `firstNumber` is editable for the rare record whose predecessor is missing; numbers still follow from it. */
export function updateHeader(minutes: Minutes, patch: HeaderPatch, now: Date): Minutes {
  return touch(minutes, patch, now);
}
