// Fresh, empty parts of a record with generated ids.
import { newId } from './ids';
import type { AgendaItem, Assignment, Decision, ItemKind } from './model';

export interface NewItemInit {
  kind?: ItemKind;
  title?: string;
  presenter?: string;
  id?: string;
}

export function newItem(init: NewItemInit = {}): AgendaItem {
  return {
    id: init.id ?? newId(),
    kind: init.kind ?? 'regular',
    title: init.title ?? '',
    ...(init.presenter ? { presenter: init.presenter } : {}),
    notes: [],
    decisions: [],
    assignments: [],
    links: [],
    outcome: 'handled',
    subItems: [],
  };
}

export function newDecision(text: string, id: string = newId()): Decision {
  return { id, text };
}

export type NewAssignmentInit = Partial<Pick<Assignment, 'id' | 'assignees' | 'due'>> & { text: string };

export function newAssignment(init: NewAssignmentInit): Assignment {
  return {
    id: init.id ?? newId(),
    text: init.text,
    assignees: init.assignees ?? [],
    ...(init.due ? { due: init.due } : {}),
    sync: { state: 'pending' },
  };
}
