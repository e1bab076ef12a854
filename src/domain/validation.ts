// What must be true before a record goes to its approvers, said in both languages.
import { requiredApprovers } from './approval';
import { isPresent } from './attendees';
import type { AgendaItem, ApproverRole, Attendee, Minutes, Role } from './model';
import { vocabulary } from './vocabulary';

export interface Issue {
  code: string;
  message: { sv: string; en: string };
  itemId?: string;
}

function roleIssue(minutes: Minutes, role: Role): Issue | undefined {
  if (minutes.attendees.some((a) => a.roles.includes(role) && isPresent(a.presence))) return undefined;
  return missingRole(role);
}

function missingRole(role: Role): Issue {
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

export interface ChosenApprover {
  role: ApproverRole;
  attendee: Attendee;
}

function approverIssue(role: ApproverRole, holders: Attendee[]): Issue | undefined {
  const [sv, en] = [vocabulary.sv.roles[role], vocabulary.en.roles[role]];
  const present = holders.filter((a) => isPresent(a.presence));
  const names = (people: Attendee[]) => people.map((a) => a.name).join(', ');
  if (present.length === 0 && holders.length > 0)
    return {
      code: `absent-${role}`,
      message: {
        sv: `${names(holders)} har rollen ${sv} men är inte närvarande. Ge rollen till någon som är närvarande.`,
        en: `${names(holders)} holds the role ${en} but is not present. Give the role to someone who is.`,
      },
    };
  if (present.length === 0) return missingRole(role);
  if (present.length > 1)
    return {
      code: `several-${role}`,
      message: {
        sv: `Fler än en närvarande har rollen ${sv} (${names(present)}). Bara en ska justera: ta bort rollen från de andra.`,
        en: `More than one person present holds the role ${en} (${names(present)}). Only one approves: remove the role from the others.`,
      },
    };
  const [one] = present as [Attendee];
  if (!one.email || !one.directoryId)
    return {
      code: `unreachable-${role}`,
      message: {
        sv: `${one.name} (${sv}) har ${one.email ? 'inget konto i katalogen' : 'ingen e-postadress'} och kan inte justera digitalt. Lägg till hen från katalogen.`,
        en: `${one.name} (${en}) has ${one.email ? 'no account in the directory' : 'no e-mail address'} and cannot approve digitally. Add them from the directory.`,
      },
    };
  return undefined;
}

/**
 * Who the request for approval goes to, chosen on purpose: for each role that must approve, exactly one person
 * present holding it, with an e-mail address and a directory account (approvals are verified by that account).
 * Anything else is an issue to fix first; nobody is ever mailed by guesswork.
 */
export function chooseApprovers(
  minutes: Minutes,
  notesApprovers: readonly ApproverRole[] = ['chair'],
): { approvers: ChosenApprover[]; issues: Issue[] } {
  const roles = requiredApprovers(minutes, notesApprovers);
  const approvers: ChosenApprover[] = [];
  const issues: Issue[] = [];
  for (const role of roles) {
    const holders = minutes.attendees.filter((a) => a.roles.includes(role));
    const issue = approverIssue(role, holders);
    if (issue) issues.push(issue);
    else approvers.push({ role, attendee: holders.find((a) => isPresent(a.presence))! });
  }
  return { approvers, issues };
}

export interface ApprovalRecipients {
  /** Notes nobody approves go to everyone present, for their comments within the week. */
  toEveryone: boolean;
  /** Who gets the request, each with the role they approve in (none when it goes to everyone). */
  recipients: { attendee: Attendee; role?: ApproverRole }[];
}

/** Who "send for approval" mails: shown to the secretary before anything is sent, and what the send then uses. */
export function approvalRecipients(
  minutes: Minutes,
  notesApprovers: readonly ApproverRole[] = ['chair'],
): ApprovalRecipients {
  if (requiredApprovers(minutes, notesApprovers).length === 0)
    return {
      toEveryone: true,
      recipients: minutes.attendees
        .filter((a) => !a.external && a.email && isPresent(a.presence))
        .map((attendee) => ({ attendee })),
    };
  return { toEveryone: false, recipients: chooseApprovers(minutes, notesApprovers).approvers };
}

/**
 * A protokoll needs a chair, an adjuster (see chooseApprovers) and a secretary among those present; notes need the
 * approvers the group chose. Attendance still `expected` is flagged: the secretary confirms it before the record goes out.
 */
export function validateForApproval(minutes: Minutes, notesApprovers: readonly ApproverRole[] = ['chair']): Issue[] {
  const items = flatItems(minutes.items);
  const secretary = minutes.kind === 'protokoll' ? roleIssue(minutes, 'secretary') : undefined;
  return [
    ...chooseApprovers(minutes, notesApprovers).issues,
    ...(secretary ? [secretary] : []),
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
