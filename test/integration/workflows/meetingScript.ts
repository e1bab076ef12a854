// What a secretary does during a meeting, as the UI does it: the domain's editing functions on the session's
// record, the draft kept after every change. Every string "typed" is returned so tests can look for it afterwards.
import {
  addAssignment,
  addItem,
  confirmExpected,
  setPresence,
  updateAssignment,
  updateItem,
} from '../../../src/domain/editing';
import { addDecision } from '../../../src/domain/decisions';
import type { AssigneeRef, Minutes } from '../../../src/domain/model';
import { paragraphsFromText } from '../../../src/domain/richtext';
import type { AppServices } from '../../../src/contracts/appServices';
import type { RecordSession } from '../../../src/contracts/records';
import type { WorkflowState } from './harness';

export interface Typed {
  session: RecordSession;
  /** Every text typed, for "no character lost" checks. */
  texts: string[];
}

/** Directory users to give assignments to: active colleagues, not the personas. */
export function directoryAssignees(state: WorkflowState, count: number): AssigneeRef[] {
  const people = state.users.filter((u) => !u.deleted && u.userPrincipalName.endsWith('@samverkan.example'));
  return Array.from({ length: count }, (_, i) => {
    const user = people[i % people.length]!;
    return { name: user.displayName, directoryId: user.id, email: user.mail };
  });
}

export function edit(session: RecordSession, change: (minutes: Minutes, now: Date) => Minutes): RecordSession {
  return { ...session, minutes: change(session.minutes, new Date()) };
}

/** The chair, the adjuster and the secretary (roles from the group's roster) are there, as is everyone expected. */
export async function markAttendance(services: AppServices, session: RecordSession): Promise<RecordSession> {
  const officers = session.minutes.attendees.filter((a) =>
    a.roles.some((role) => role === 'chair' || role === 'adjuster' || role === 'secretary'),
  );
  const present = officers.reduce(
    (current, officer) => edit(current, (m, now) => setPresence(m, officer.key, { kind: 'present' }, now)),
    session,
  );
  const next = edit(present, confirmExpected);
  await services.persistDraft(next);
  return next;
}

/**
 * Types `count` items of the meeting's own, each with notes and a decision; the first `assignees.length` items also get
 * one assignment each. `tag` makes the texts unique per writer, with the characters Swedish records carry.
 */
export async function typeItems(
  services: AppServices,
  session: RecordSession,
  count: number,
  assignees: AssigneeRef[],
  tag = 'Åsa',
): Promise<Typed> {
  let current = session;
  const texts: string[] = [];
  for (let i = 1; i <= count; i++) {
    const title = `${tag} punkt ${i}: Samverkan kring vårdplanering – år ${2026 + (i % 3)}`;
    const notes = `${tag} ${i}: Göran föredrog ärendet; ”frågan” om 750 000 kr diskuterades & Märta Ek svarade på frågor (§ ${i}).`;
    const decision = `att ${tag.toLowerCase()} godkänner förslag ${i} med ändringar i åtgärdsplanen`;
    texts.push(title, notes, decision);
    current = edit(current, (m, now) => addItem(m, { title }, now));
    const itemId = current.minutes.items.find((item) => item.title === title)!.id;
    current = edit(current, (m, now) => updateItem(m, itemId, { notes: paragraphsFromText(notes) }, now));
    current = edit(current, (m, now) => addDecision(m, itemId, decision, now));
    const assignee = assignees[i - 1];
    if (assignee) {
      const text = `${tag} uppdrag ${i}: ${assignee.name} sammankallar arbetsgruppen före nästa möte`;
      texts.push(text);
      current = edit(current, (m, now) =>
        addAssignment(m, itemId, { text, assignees: [assignee], due: '2026-12-18' }, now),
      );
    }
    await services.persistDraft(current);
  }
  return { session: current, texts };
}

/** Rewrites the text of the n-th assignment (0-based over the record's items in order). */
export function rewriteAssignment(session: RecordSession, index: number, text: string): RecordSession {
  const entries = session.minutes.items.flatMap((item) =>
    item.assignments.map((a) => ({ itemId: item.id, assignmentId: a.id })),
  );
  const entry = entries[index];
  if (!entry) throw new Error(`No assignment ${index}`);
  return edit(session, (m, now) => updateAssignment(m, entry.itemId, entry.assignmentId, { text }, now));
}

export function itemTitled(minutes: Minutes, prefix: string) {
  const item = minutes.items.find((i) => i.title.startsWith(prefix));
  if (!item) throw new Error(`No item "${prefix}…"`);
  return item;
}

/** The record as JSON text, where every typed string must be found. */
export function missingTexts(minutes: Minutes, texts: string[]): string[] {
  const json = JSON.stringify(minutes);
  return texts.filter((text) => !json.includes(JSON.stringify(text).slice(1, -1)));
}
