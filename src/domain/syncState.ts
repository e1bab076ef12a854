// A save to SharePoint and Planner takes a moment, and the secretary keeps typing meanwhile.
// What the save learned (task ids and ETags, status) must land in the newer text
// without undoing what was typed: losing a task id would create the task twice.
import type { AgendaItem, Assignment, Minutes } from './model';

function syncByAssignment(
  items: readonly AgendaItem[],
  into = new Map<string, Pick<Assignment, 'planner' | 'sync'>>(),
) {
  for (const item of items) {
    for (const a of item.assignments) into.set(a.id, { planner: a.planner, sync: a.sync });
    syncByAssignment(item.subItems, into);
  }
  return into;
}

function withSync(items: readonly AgendaItem[], sync: Map<string, Pick<Assignment, 'planner' | 'sync'>>): AgendaItem[] {
  return items.map((item) => ({
    ...item,
    assignments: item.assignments.map((a) => {
      const saved = sync.get(a.id);
      return saved ? { ...a, planner: saved.planner, sync: saved.sync } : a;
    }),
    subItems: withSync(item.subItems, sync),
  }));
}

/** `current` (newer edits) with the sync state and status that the save produced in `saved`. */
export function carrySaveResult(saved: Minutes, current: Minutes): Minutes {
  return {
    ...current,
    items: withSync(current.items, syncByAssignment(saved.items)),
    status: saved.status,
    revision: Math.max(saved.revision, current.revision),
  };
}
