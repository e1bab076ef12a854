// The record as secretaries write it (issue 15): decision blocks where they were taken, the group's heading
// and role style, its attendee order, the first § of the year, and version-1 records opening unchanged.
import { describe, expect, it } from 'vitest';
import { canonicalContent } from '../../src/domain/approval';
import { attendeeLine, orderAttendees } from '../../src/domain/attendees';
import {
  addDecision,
  insertDecisionBlock,
  itemText,
  removeDecisionBlock,
  updateDecisionBlock,
} from '../../src/domain/decisions';
import { isCalendarDate, recordTimeRange } from '../../src/domain/format';
import { itemLabel, nextFirstNumber, numberingGap } from '../../src/domain/numbering';
import { restoreMinutes } from '../../src/domain/restore';
import { isSafeHref } from '../../src/domain/richtext';
import { recordStyle } from '../../src/domain/templates';
import { attendee, group, LATER, minutes } from './fixtures';

const para = (text: string) => ({ type: 'paragraph' as const, content: [{ text }] });

describe('decision blocks between paragraphs', () => {
  it('splits the text where the block goes and keeps every paragraph in order', () => {
    let m = minutes();
    const id = m.items[2]!.id;
    m = { ...m, items: m.items.map((i) => (i.id === id ? { ...i, notes: [para('A'), para('B'), para('C')] } : i)) };
    m = insertDecisionBlock(m, id, { after: null, splitAt: 1 }, LATER, { id: 'b1' });
    m = addDecision(m, id, 'att avsätta 750 000 kr', LATER, 'd1', 'b1');
    m = insertDecisionBlock(m, id, { after: 'b1', splitAt: 1 }, LATER, {
      id: 'b2',
      lead: 'Chefsgruppen beslutar att:',
    });
    const item = m.items[2]!;
    expect(item.notes).toEqual([para('A')]);
    expect(item.decisionBlocks.map((b) => [b.id, b.notesAfter])).toEqual([
      ['b1', [para('B')]],
      ['b2', [para('C')]],
    ]);
    expect(item.decisionBlocks[1]?.lead).toBe('Chefsgruppen beslutar att:');
    expect(itemText(item)).toEqual([para('A'), para('B'), para('C')]);
    // Removing a block joins its text to the text before it: nothing typed is lost.
    const removed = removeDecisionBlock(m, id, 'b1', LATER).items[2]!;
    expect(removed.notes).toEqual([para('A'), para('B')]);
    expect(updateDecisionBlock(m, id, 'b2', { lead: undefined }, LATER).items[2]!.decisionBlocks[1]?.lead).toBe(
      undefined,
    );
  });

  it('opens a version-1 record with its decisions as one block after the notes, and the same hash', () => {
    const v1 = JSON.parse(JSON.stringify(minutes())) as Record<string, unknown> & { items: Record<string, unknown>[] };
    v1.schemaVersion = 1;
    v1.items = v1.items.map(({ decisionBlocks: _b, ...rest }) => ({
      ...rest,
      decisions: rest.id === 'i-a' ? [{ id: 'd1', text: 'att godkänna budgeten' }] : [],
    }));
    const restored = restoreMinutes(v1);
    const item = restored.items.find((i) => i.id === 'i-a')!;
    expect(item.decisionBlocks).toEqual([
      { id: 'i-a-decisions', decisions: [{ id: 'd1', text: 'att godkänna budgeten' }], notesAfter: [] },
    ]);
    expect(restoreMinutes(JSON.parse(JSON.stringify(v1)))).toEqual(restored);
    // The hash an approver signed under version 1 is the canonical JSON of the version-1 shape.
    const { schemaVersion: _v, approvals: _a, status: _s, revision: _r, updatedAt: _u, ...content } = v1;
    const sortKeys = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(sortKeys)
        : value && typeof value === 'object'
          ? Object.fromEntries(
              Object.keys(value)
                .sort()
                .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
            )
          : value;
    expect(canonicalContent(restored)).toBe(JSON.stringify(sortKeys(content)));
  });
});

describe("the group's style", () => {
  it('numbers headings "§ 12." or "§ 12" and notes "1." or "1"; without a style each kind keeps its old form', () => {
    const m = { ...minutes(), firstNumber: 12 };
    expect(itemLabel(m, 0)).toBe('§ 12');
    expect(itemLabel({ ...m, style: { headingStyle: 'dot' } }, 0)).toBe('§ 12.');
    expect(itemLabel({ ...m, kind: 'anteckningar', firstNumber: 1 }, 0)).toBe('1.');
    expect(itemLabel({ ...m, kind: 'anteckningar', firstNumber: 1, style: { headingStyle: 'plain' } }, 0)).toBe('1');
  });

  it('prints role words as the group writes them, after a comma or in parentheses', () => {
    const deputy = attendee('u1', 'Eva Holm', { organisation: 'Kommun', roles: ['deputy'] });
    expect(attendeeLine(deputy, 'sv').detail).toBe('Kommun, ersättare');
    expect(attendeeLine(deputy, 'sv', 'protokoll', 'parentheses').detail).toBe('Kommun (ersättare)');
    const guest = attendee('u2', 'Karin Scharl', { roles: ['guest'], roleLabel: 'Gäst, Ordförande Styrgrupp närvård' });
    expect(attendeeLine(guest, 'sv').detail).toBe('Gäst, Ordförande Styrgrupp närvård');
  });

  it('keeps the listed order, or sorts by surname in Swedish order', () => {
    const people = ['Örjan Ek', 'Anna Öberg', 'Bo Andersson', 'Cecilia Åberg'].map((name, i) =>
      attendee(`u${i}`, name),
    );
    expect(orderAttendees(people, 'listed').map((a) => a.name)).toEqual(people.map((a) => a.name));
    expect(orderAttendees(people, 'surname').map((a) => a.name)).toEqual([
      'Bo Andersson',
      'Örjan Ek',
      'Cecilia Åberg',
      'Anna Öberg',
    ]);
    expect(orderAttendees(people).map((a) => a.name)).toEqual([
      'Anna Öberg',
      'Bo Andersson',
      'Cecilia Åberg',
      'Örjan Ek',
    ]);
  });

  it('copies the style into a new record so later settings do not change its document', () => {
    expect(
      recordStyle(group({ headingStyle: 'dot', decisionLead: 'Chefsgruppen beslutar att:', rosterOrder: 'surname' })),
    ).toEqual({ headingStyle: 'dot', decisionLead: 'Chefsgruppen beslutar att:', attendeeOrder: 'surname' });
  });
});

describe('meeting facts', () => {
  it("starts the year at the group's first § and warns on repeats and gaps", () => {
    expect(nextFirstNumber(undefined, '2026-02-27T13:00:00Z', { year: 2026, number: 12 })).toBe(12);
    expect(nextFirstNumber(undefined, '2027-02-27T13:00:00Z', { year: 2026, number: 12 })).toBe(1);
    const previous = { kind: 'protokoll' as const, meetingStart: '2026-03-27T13:00:00Z', lastNumber: 21 };
    expect(nextFirstNumber(previous, '2026-04-24T12:00:00Z', { year: 2026, number: 12 })).toBe(22);
    expect(numberingGap(22, 22)).toBeUndefined();
    expect(numberingGap(20, 22)).toEqual({ kind: 'overlap', expected: 22 });
    expect(numberingGap(25, 22)).toEqual({ kind: 'gap', expected: 22 });
  });

  it('prints the time the secretary corrected, with a dot', () => {
    const m = minutes();
    expect(recordTimeRange({ ...m, held: { date: '2026-02-27', start: '13:30', end: '16:15' } })).toBe('13.30-16.15');
  });

  it('refuses impossible dates', () => {
    expect(isCalendarDate('2026-02-27')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('1900-01-01')).toBe(false);
  });
});

describe('links shown safely', () => {
  it.each([
    ['https://bank.example@evil.example/', false],
    ['https://user:pw@example.org/', false],
    ['https://example.org/\u202Efdp.exe', false],
    ['https://example.org/rapport.pdf', true],
  ])('%s safe: %s', (url, safe) => {
    expect(isSafeHref(url)).toBe(safe);
  });
});
