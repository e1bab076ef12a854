// Fresh, empty parts of a record with generated ids.
import { newId } from './ids';
import type { AgendaItem, Assignment, Decision, DecisionBlock, ItemKind } from './model';

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
    decisionBlocks: [],
    assignments: [],
    links: [],
    outcome: 'handled',
    subItems: [],
  };
}

export function newDecision(text: string, id: string = newId()): Decision {
  return { id, text };
}

export function newDecisionBlock(init: Partial<DecisionBlock> = {}): DecisionBlock {
  return {
    id: init.id ?? newId(),
    ...(init.lead !== undefined ? { lead: init.lead } : {}),
    decisions: init.decisions ?? [],
    notesAfter: init.notesAfter ?? [],
  };
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
