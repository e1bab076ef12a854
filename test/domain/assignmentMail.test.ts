import { describe, expect, it } from 'vitest';
import { canonicalContent } from '../../src/domain/approval';
import { assignmentMailsDue, withAssignmentMailsSent } from '../../src/domain/assignmentMail';
import { addAssignment } from '../../src/domain/editing';
import { mergeMinutes } from '../../src/domain/merge';
import { restoreMinutes } from '../../src/domain/restore';
import { minutes, NOW } from './fixtures';

const nora = { name: 'Nora Falk', email: 'Nora.Falk@extern.example' };
const member = { name: 'Åsa Lindqvist', directoryId: 'u-asa', email: 'asa@samverkan.example' };

function withTasks() {
  const base = minutes();
  const itemId = base.items[0]!.id;
  let m = addAssignment(
    base,
    itemId,
    { text: 'skickar underlaget', due: '2026-03-15', assignees: [nora, member] },
    NOW,
  );
  m = addAssignment(
    m,
    itemId,
    { text: 'bokar lokal', assignees: [{ ...nora, email: 'nora.falk@extern.example' }] },
    NOW,
  );
  return m;
}

describe('assignment mail', () => {
  it('is due once per outside person with all their tasks; members with a directory id get none', () => {
    const due = assignmentMailsDue(withTasks());
    expect(due.map((mail) => mail.email)).toEqual(['nora.falk@extern.example']);
    expect(due[0]?.tasks.map((task) => [task.text, task.due])).toEqual([
      ['skickar underlaget', '2026-03-15'],
      ['bokar lokal', undefined],
    ]);
  });

  it('is not due again once sent, until the person’s list changes', () => {
    const m = withTasks();
    const sent = withAssignmentMailsSent(m, assignmentMailsDue(m), NOW.toISOString());
    expect(assignmentMailsDue(sent)).toEqual([]);
    const more = addAssignment(sent, sent.items[0]!.id, { text: 'ringer rektorn', assignees: [nora] }, NOW);
    expect(assignmentMailsDue(more).map((mail) => mail.tasks.length)).toEqual([3]);
  });

  it('survives a reload and a merge, and is not content an approval covers', () => {
    const m = withTasks();
    const sent = withAssignmentMailsSent(m, assignmentMailsDue(m), NOW.toISOString());
    expect(restoreMinutes(JSON.parse(JSON.stringify(sent))).assignmentMail).toEqual(sent.assignmentMail);
    expect(canonicalContent(sent)).toBe(canonicalContent(m));
    const merged = mergeMinutes(m, m, sent);
    expect('merged' in merged && merged.merged.assignmentMail).toEqual(sent.assignmentMail);
    const mine = mergeMinutes(m, sent, m);
    expect('merged' in mine && mine.merged.assignmentMail).toEqual(sent.assignmentMail);
  });
});
