import { describe, expect, it } from 'vitest';
import {
  addAssignment,
  addAttendee,
  addItem,
  addSubItem,
  removeItem,
  setAssignmentSync,
  setPresence,
  setRoles,
  updateAssignment,
  updateHeader,
  updateItem,
} from '../../src/domain/editing';
import { addDecision, itemDecisions, removeDecision, updateDecision } from '../../src/domain/decisions';
import { LATER, minutes } from './fixtures';

describe('editing', () => {
  it('returns a new record with the next revision and the injected time, leaving the old one alone', () => {
    const before = minutes();
    const after = updateItem(before, 'i-a', { title: 'Budget 2027' }, LATER);
    expect(after.revision).toBe(before.revision + 1);
    expect(after.updatedAt).toBe(LATER.toISOString());
    expect(after.items[2]?.title).toBe('Budget 2027');
    expect(before.items[2]?.title).toBe('Budget 2026');
    expect(after.items[3]).toBe(before.items[3]);
  });

  it('adds a new item before other matters and the closing item', () => {
    const m = addItem(minutes(), { id: 'new', title: 'Rapport' }, LATER);
    expect(m.items.map((i) => i.id)).toEqual(['i-open', 'i-adj', 'i-a', 'i-b', 'new', 'i-other', 'i-close']);
  });

  it('edits, finds and removes sub-items of other matters', () => {
    let m = addSubItem(minutes(), 'i-other', { id: 'sub', title: 'Lokaler' }, LATER);
    m = updateItem(m, 'sub', { presenter: 'Anna Lind' }, LATER);
    m = addDecision(m, 'sub', 'att boka lokal', LATER, 'd1');
    expect(itemDecisions(m.items[4]!.subItems[0]!)).toEqual([{ id: 'd1', text: 'att boka lokal' }]);
    expect(m.items[4]?.subItems[0]).toMatchObject({
      title: 'Lokaler',
      presenter: 'Anna Lind',
    });
    m = removeItem(m, 'sub', LATER);
    expect(m.items[4]?.subItems).toEqual([]);
  });

  it('adds, updates and removes decisions', () => {
    let m = addDecision(minutes(), 'i-a', 'att avsätta 750 000 kr', LATER, 'd1');
    m = updateDecision(m, 'i-a', 'd1', 'att avsätta 800 000 kr', LATER);
    expect(itemDecisions(m.items[2]!)).toEqual([{ id: 'd1', text: 'att avsätta 800 000 kr' }]);
    expect(itemDecisions(removeDecision(m, 'i-a', 'd1', LATER).items[2]!)).toEqual([]);
  });

  it('puts a synced assignment back to pending when its content changes', () => {
    let m = addAssignment(
      minutes(),
      'i-a',
      { id: 'a1', text: 'gör en inbjudan', assignees: [{ name: 'Maria Ek', directoryId: 'u-sec' }] },
      LATER,
    );
    m = setAssignmentSync(m, 'i-a', 'a1', { sync: { state: 'synced' } }, LATER);
    expect(m.items[2]?.assignments[0]?.sync).toEqual({ state: 'synced' });
    m = updateAssignment(m, 'i-a', 'a1', { due: '2026-03-15' }, LATER);
    expect(m.items[2]?.assignments[0]).toMatchObject({ due: '2026-03-15', sync: { state: 'pending' } });
  });

  it('sets presence and roles, dropping deputyFor with the deputy role', () => {
    let m = setPresence(minutes(), 'u-mem', { kind: 'partial', fromNumber: 14, toNumber: 16 }, LATER);
    m = setRoles(m, 'u-mem', ['deputy'], LATER, 'Eva Holm');
    expect(m.attendees[3]).toMatchObject({ presence: { kind: 'partial' }, roles: ['deputy'], deputyFor: 'Eva Holm' });
    expect(setRoles(m, 'u-mem', ['member'], LATER).attendees[3]?.deputyFor).toBeUndefined();
  });

  it('adds a manual attendee as present and external, refusing duplicates', () => {
    const m = addAttendee(minutes(), { name: 'Lena Gäst', email: 'Lena@Extern.example' }, LATER);
    expect(m.attendees.at(-1)).toMatchObject({
      key: 'lena@extern.example',
      external: true,
      source: 'manual',
      presence: { kind: 'present' },
    });
    expect(() => addAttendee(m, { name: 'Lena', email: 'lena@extern.example' }, LATER)).toThrow();
  });

  it('updates header fields and throws on unknown ids', () => {
    expect(updateHeader(minutes(), { place: 'Stadshuset', nextMeeting: '18 december, digitalt' }, LATER)).toMatchObject(
      { place: 'Stadshuset', nextMeeting: '18 december, digitalt' },
    );
    expect(() => updateItem(minutes(), 'nope', { title: 'x' }, LATER)).toThrow(/nope/);
  });
});
