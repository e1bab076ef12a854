// Assignments for people with no account in the collaboration's tenant: Planner cannot reach them, so they get one
// mail per person listing their tasks. The record remembers what each person was last sent (a hash of their list),
// so a save sends only to people whose list is new or changed, never again on every save.
import { allAssignments } from './assignments';
import { canonicalJson } from './canonical';
import type { Minutes } from './model';
import { emailKey } from './emailKey';

export interface OutsideTask {
  /** "§ 14" */
  label: string;
  text: string;
  /** yyyy-mm-dd */
  due?: string;
}

export interface AssignmentMail {
  /** Lower-cased address: the ledger's key. */
  email: string;
  name: string;
  tasks: OutsideTask[];
  /** Of the task list: what the ledger stores once the mail is sent. */
  hash: string;
}

/** One entry per person who has a mail due: assignees without a directory id but with an address. */
export function assignmentMailsDue(minutes: Minutes): AssignmentMail[] {
  const byEmail = new Map<string, { name: string; tasks: OutsideTask[] }>();
  for (const { assignment, label } of allAssignments(minutes)) {
    for (const assignee of assignment.assignees) {
      const email = assignee.email === undefined ? undefined : emailKey(assignee.email);
      if (assignee.directoryId || !email || !assignment.text.trim()) continue;
      const entry = byEmail.get(email) ?? { name: assignee.name, tasks: [] };
      entry.tasks.push({ label, text: assignment.text, ...(assignment.due ? { due: assignment.due } : {}) });
      byEmail.set(email, entry);
    }
  }
  return [...byEmail]
    .map(([email, { name, tasks }]) => ({ email, name, tasks, hash: canonicalJson(tasks) }))
    .filter((mail) => minutes.assignmentMail?.[mail.email]?.hash !== mail.hash);
}

/** The record with these mails noted as sent at `at`: a new revision, so it is saved where other devices read it. */
export function withAssignmentMailsSent(minutes: Minutes, sent: AssignmentMail[], at: string): Minutes {
  if (sent.length === 0) return minutes;
  const ledger = { ...minutes.assignmentMail };
  for (const mail of sent) ledger[mail.email] = { hash: mail.hash, at };
  return { ...minutes, assignmentMail: ledger, revision: minutes.revision + 1 };
}
