import { describe, expect, it } from 'vitest';
import {
  addAssignment,
  addItem,
  moveItem,
  removeItem,
  setAssignmentSync,
  setPresence,
  updateHeader,
  updateItem,
} from '../../src/domain/editing';
import { addDecision } from '../../src/domain/decisions';
import { mergeMinutes, resolveConflict } from '../../src/domain/merge';
import { paragraphsFromText } from '../../src/domain/richtext';
import { LATER, NOW, minutes } from './fixtures';

const base = minutes();

describe('mergeMinutes', () => {
  it('merges edits of different items, header fields and attendees without conflicts', () => {
    const mine = setPresence(
      updateItem(base, 'i-a', { notes: paragraphsFromText('Budgeten följs upp.') }, NOW),
      'u-mem',
      { kind: 'absent' },
      NOW,
    );
    const theirs = updateHeader(
      updateItem(base, 'i-b', { presenter: 'Eva Holm' }, LATER),
      { place: 'Stadshuset' },
      LATER,
    );
    const result = mergeMinutes(base, mine, theirs);
    expect('conflicts' in result).toBe(false);
    const merged = result.merged;
    expect(merged.items.find((i) => i.id === 'i-a')?.notes).toEqual(paragraphsFromText('Budgeten följs upp.'));
    expect(merged.items.find((i) => i.id === 'i-b')?.presenter).toBe('Eva Holm');
    expect(merged.place).toBe('Stadshuset');
    expect(merged.attendees.find((a) => a.key === 'u-mem')?.presence).toEqual({ kind: 'absent' });
    expect(merged.revision).toBe(Math.max(mine.revision, theirs.revision) + 1);
  });

  it('merges different fields of one item, and Planner sync state with a text edit', () => {
    const withTask = addAssignment(base, 'i-a', { id: 'a1', text: 'gör en inbjudan' }, NOW);
    const mine = updateItem(
      addDecision(withTask, 'i-a', 'att godkänna budgeten', NOW, 'd1'),
      'i-a',
      { title: 'Budget 2026 (reviderad)' },
      NOW,
    );
    const theirs = setAssignmentSync(
      withTask,
      'i-a',
      'a1',
      {
        sync: { state: 'synced' },
        planner: { taskId: 't1', bucketId: 'b', planId: 'p', etag: 'W/"1"', detailsSynced: true, syncedHash: 'h' },
      },
      LATER,
    );
    const result = mergeMinutes(withTask, mine, theirs);
    expect('conflicts' in result).toBe(false);
    const item = result.merged.items.find((i) => i.id === 'i-a');
    expect(item).toMatchObject({ title: 'Budget 2026 (reviderad)', decisionBlocks: [{ decisions: [{ id: 'd1' }] }] });
    expect(item?.assignments[0]).toMatchObject({
      text: 'gör en inbjudan',
      planner: { taskId: 't1' },
      sync: { state: 'synced' },
    });
  });

  it('reports the same field of an item edited differently on both sides, keeping theirs in the result', () => {
    const mine = updateItem(base, 'i-a', { title: 'Budget A' }, NOW);
    const theirs = updateItem(base, 'i-a', { title: 'Budget B' }, LATER);
    const result = mergeMinutes(base, mine, theirs);
    if (!('conflicts' in result)) throw new Error('expected conflicts');
    expect(result.conflicts).toEqual([{ type: 'item', itemId: 'i-a', mine: mine.items[2], theirs: theirs.items[2] }]);
    expect(result.merged.items[2]?.title).toBe('Budget B');
    const conflict = result.conflicts[0];
    if (!conflict) throw new Error('expected a conflict');
    expect(resolveConflict(result.merged, conflict, 'mine', LATER).items[2]?.title).toBe('Budget A');
  });

  it('keeps an item deleted on one side but edited on the other, and reports it', () => {
    const mine = removeItem(base, 'i-b', NOW);
    const theirs = updateItem(base, 'i-b', { notes: paragraphsFromText('Viktig text') }, LATER);
    const result = mergeMinutes(base, mine, theirs);
    if (!('conflicts' in result)) throw new Error('expected conflicts');
    expect(result.conflicts).toMatchObject([{ type: 'item', itemId: 'i-b', mine: undefined }]);
    expect(result.merged.items.map((i) => i.id)).toContain('i-b');
    const [conflict] = result.conflicts;
    if (!conflict) throw new Error('expected a conflict');
    expect(resolveConflict(result.merged, conflict, 'mine', LATER).items.map((i) => i.id)).not.toContain('i-b');

    const reverse = mergeMinutes(base, theirs, mine);
    expect('conflicts' in reverse && reverse.merged.items.find((i) => i.id === 'i-b')?.notes).toEqual(
      paragraphsFromText('Viktig text'),
    );
  });

  it('applies a deletion when the other side did not touch the item', () => {
    const result = mergeMinutes(base, removeItem(base, 'i-b', NOW), updateItem(base, 'i-a', { title: 'X' }, LATER));
    expect(result.merged.items.map((i) => i.id)).toEqual(['i-open', 'i-adj', 'i-a', 'i-other', 'i-close']);
  });

  it('keeps new items from both sides in order, and my move when they did not reorder', () => {
    const mine = moveItem(addItem(base, { id: 'mine-new', title: 'Mitt' }, NOW), 'i-b', 2, NOW);
    const theirs = addItem(base, { id: 'their-new', title: 'Deras' }, LATER);
    const result = mergeMinutes(base, mine, theirs);
    expect(result.merged.items.map((i) => i.id)).toEqual([
      'i-open',
      'i-adj',
      'i-b',
      'i-a',
      'mine-new',
      'their-new',
      'i-other',
      'i-close',
    ]);
  });

  it('reports a header text changed on both sides', () => {
    const result = mergeMinutes(
      base,
      updateHeader(base, { nextMeeting: '18 december' }, NOW),
      updateHeader(base, { nextMeeting: '19 december' }, LATER),
    );
    expect('conflicts' in result && result.conflicts).toEqual([
      { type: 'field', field: 'nextMeeting', mine: '18 december', theirs: '19 december' },
    ]);
  });
});
