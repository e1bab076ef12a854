// What must be true before a record goes to its approvers, said in both languages.
import { isPresent } from './attendees';
import type { AgendaItem, ApproverRole, Minutes, Role } from './model';
import { vocabulary } from './vocabulary';

export interface Issue {
  code: string;
  message: { sv: string; en: string };
  itemId?: string;
}

function roleIssue(minutes: Minutes, role: Role): Issue | undefined {
  if (minutes.attendees.some((a) => a.roles.includes(role) && isPresent(a.presence))) return undefined;
  return {
    code: `missing-${role}`,
    message: {
      sv: `Ingen närvarande har rollen ${vocabulary.sv.roles[role]}.`,
      en: `Nobody present has the role ${vocabulary.en.roles[role]}.`,
    },
  };
}

function flatItems(items: readonly AgendaItem[]): AgendaItem[] {
  return items.flatMap((item) => [item, ...flatItems(item.subItems)]);
}

function assignmentIssues(item: AgendaItem): Issue[] {
  return item.assignments.flatMap((a): Issue[] => [
    ...(a.text.trim() === ''
      ? [
          {
            code: 'assignment-without-text',
            itemId: item.id,
            message: { sv: 'Ett uppdrag saknar text.', en: 'An assignment has no text.' },
          },
        ]
      : []),
    ...(a.assignees.length === 0
      ? [
          {
            code: 'assignment-without-assignee',
            itemId: item.id,
            message: {
              sv: `Uppdraget "${a.text}" har ingen ansvarig.`,
              en: `The assignment "${a.text}" has nobody responsible.`,
            },
          },
        ]
      : []),
  ]);
}

/**
 * A protokoll needs a chair, an adjuster and a secretary among those present; notes need the approvers the
 * group chose. Attendance still `expected` is flagged: the secretary confirms it before the record goes out.
 */
export function validateForApproval(minutes: Minutes, notesApprovers: readonly ApproverRole[] = ['chair']): Issue[] {
  const roles: Role[] = minutes.kind === 'protokoll' ? ['chair', 'adjuster', 'secretary'] : [...notesApprovers];
  const items = flatItems(minutes.items);
  return [
    ...roles.map((role) => roleIssue(minutes, role)).filter((issue): issue is Issue => issue !== undefined),
    ...(minutes.attendees.some((a) => a.presence.kind === 'expected')
      ? [
          {
            code: 'attendance-unconfirmed',
            message: { sv: 'Närvaron är inte bekräftad för alla.', en: 'Attendance is not confirmed for everyone.' },
          },
        ]
      : []),
    ...items
      .filter((item) => item.title.trim() === '')
      .map((item) => ({
        code: 'item-without-title',
        itemId: item.id,
        message: { sv: 'En punkt saknar rubrik.', en: 'An item has no title.' },
      })),
    ...items.flatMap(assignmentIssues),
  ];
}
