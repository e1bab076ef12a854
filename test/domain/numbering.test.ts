import { describe, expect, it } from 'vitest';
import { insertItem, moveItem, removeItem } from '../../src/domain/editing';
import {
  firstNumberWarning,
  itemLabel,
  lastNumber,
  nextFirstNumber,
  scopeLabel,
  subItemLabel,
} from '../../src/domain/numbering';
import { LATER, minutes } from './fixtures';

describe('numbering', () => {
  it('labels § items from the first number and gives the scope with an en dash', () => {
    const m = minutes();
    expect(itemLabel(m, 0)).toBe('§ 12');
    expect(itemLabel(m, 5)).toBe('§ 17');
    expect(lastNumber(m)).toBe(17);
    expect(scopeLabel(m)).toBe('§§ 12–17');
  });

  it('labels notes "1." and their scope "1–6"', () => {
    const m = minutes({ kind: 'anteckningar', firstNumber: 1 });
    expect(itemLabel(m, 0)).toBe('1.');
    expect(scopeLabel(m)).toBe('1–6');
    expect(scopeLabel({ ...m, items: m.items.slice(0, 1) })).toBe('1');
    expect(scopeLabel({ ...m, items: [] })).toBe('');
  });

  it('renumbers when items are inserted, moved or removed', () => {
    const m = minutes();
    const inserted = insertItem(m, 2, { id: 'new', title: 'Ny punkt' }, LATER);
    expect(
      itemLabel(
        inserted,
        inserted.items.findIndex((i) => i.id === 'i-a'),
      ),
    ).toBe('§ 15');
    expect(scopeLabel(inserted)).toBe('§§ 12–18');
    const moved = moveItem(m, 'i-b', 2, LATER);
    expect(moved.items.map((i) => i.id).slice(2, 4)).toEqual(['i-b', 'i-a']);
    expect(scopeLabel(removeItem(m, 'i-a', LATER))).toBe('§§ 12–16');
  });

  it('letters sub-items', () => {
    expect([0, 1, 25, 26, 27].map(subItemLabel)).toEqual(['a', 'b', 'z', 'aa', 'ab']);
  });
});

describe('nextFirstNumber', () => {
  it('continues after the previous protokoll of the same year', () => {
    expect(
      nextFirstNumber(
        { kind: 'protokoll', meetingStart: '2026-02-27T13:00:00Z', lastNumber: 11 },
        '2026-04-10T08:00:00Z',
      ),
    ).toBe(12);
  });

  it('restarts at 1 in a new year, judged in Swedish time', () => {
    expect(
      nextFirstNumber(
        { kind: 'protokoll', meetingStart: '2025-12-12T13:00:00Z', lastNumber: 48 },
        '2026-01-16T08:00:00Z',
      ),
    ).toBe(1);
    // 23.30 UTC on New Year's Eve is already 2026 in Stockholm.
    expect(
      nextFirstNumber(
        { kind: 'protokoll', meetingStart: '2025-12-31T23:30:00Z', lastNumber: 3 },
        '2026-01-16T08:00:00Z',
      ),
    ).toBe(4);
  });

  it('starts notes and first records at 1', () => {
    expect(
      nextFirstNumber(
        { kind: 'anteckningar', meetingStart: '2026-02-01T13:00:00Z', lastNumber: 9 },
        '2026-03-01T08:00:00Z',
      ),
    ).toBe(1);
    expect(nextFirstNumber(undefined, '2026-03-01T08:00:00Z')).toBe(1);
  });
});

describe('the group’s first § of the year (imported from its last record)', () => {
  const yearStart = { year: 2026, number: 18 };
  it('starts there when the year has no record in the folder, and not in another year', () => {
    expect(nextFirstNumber(undefined, '2026-04-24T11:00:00Z', yearStart)).toBe(18);
    expect(nextFirstNumber(undefined, '2027-01-20T11:00:00Z', yearStart)).toBe(1);
  });
  it('continues after a later record of the same year, never going back', () => {
    const previous = { kind: 'protokoll' as const, meetingStart: '2026-04-24T11:00:00Z', lastNumber: 25 };
    expect(nextFirstNumber(previous, '2026-05-20T11:00:00Z', yearStart)).toBe(26);
    expect(nextFirstNumber({ ...previous, lastNumber: 3 }, '2026-05-20T11:00:00Z', yearStart)).toBe(18);
  });
});

describe('first § warning', () => {
  const at = (start: string) => ({ start, end: start, eventId: 'e', subject: 's' });
  const earlier = { kind: 'protokoll' as const, meetingStart: '2026-03-01T13:00:00Z', lastNumber: 11 };

  it('says nothing when the record follows on the previous one of the year', () => {
    expect(
      firstNumberWarning({ kind: 'protokoll', firstNumber: 12, meeting: at('2026-04-01T13:00:00Z') }, earlier),
    ).toBeUndefined();
  });

  it('warns of repeated numbers and of a gap after the previous record of the year', () => {
    const meeting = at('2026-04-01T13:00:00Z');
    expect(firstNumberWarning({ kind: 'protokoll', firstNumber: 9, meeting }, earlier)).toEqual({
      kind: 'overlap',
      expected: 12,
    });
    expect(firstNumberWarning({ kind: 'protokoll', firstNumber: 15, meeting }, earlier)).toEqual({
      kind: 'gap',
      expected: 12,
    });
  });

  it('lets a group that came mid-year start at § 12 without a warning, and never warns for notes', () => {
    expect(
      firstNumberWarning({ kind: 'protokoll', firstNumber: 12, meeting: at('2026-04-01T13:00:00Z') }, undefined),
    ).toBeUndefined();
    const lastYear = { ...earlier, meetingStart: '2025-11-01T13:00:00Z' };
    expect(
      firstNumberWarning({ kind: 'protokoll', firstNumber: 12, meeting: at('2026-04-01T13:00:00Z') }, lastYear),
    ).toBeUndefined();
    expect(
      firstNumberWarning({ kind: 'anteckningar', firstNumber: 3, meeting: at('2026-04-01T13:00:00Z') }, earlier),
    ).toBeUndefined();
  });
});
