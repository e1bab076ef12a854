// Issue 4.1: a group's own template (from the configuration page) gives a new record exactly its items, in its order.
import { describe, expect, it } from 'vitest';
import type { TemplateItem } from '../../src/domain/model';
import { createMinutes } from '../../src/domain/templates';
import { NOW, group, meeting } from './fixtures';

const OWN: TemplateItem[] = [
  { kind: 'opening', title: 'Välkomna och dagordning' },
  { kind: 'previous', title: 'Genomgång av förra protokollet' },
  { kind: 'adjuster', title: 'Val av justerare' },
  { kind: 'regular', title: 'Ekonomisk uppföljning' },
  { kind: 'regular', title: '' },
  { kind: 'closing', title: 'Avslut' },
];

describe('createMinutes with the group’s own template', () => {
  it('gives its items in its order, the meeting’s own item in the slot', () => {
    const m = createMinutes({ meeting, group: group({ template: OWN }), attendees: [], firstNumber: 12, now: NOW });
    expect(m.items.map((item) => [item.kind, item.title])).toEqual(OWN.map((item) => [item.kind, item.title]));
  });

  it('puts the agenda’s own items in the slot and keeps the added default item before it', () => {
    const agenda = [
      { kind: 'regular' as const, title: 'Budget 2027' },
      { kind: 'regular' as const, title: 'Lokalfrågan' },
    ];
    const m = createMinutes({
      meeting,
      group: group({ template: OWN }),
      attendees: [],
      firstNumber: 12,
      now: NOW,
      agenda,
    });
    expect(m.items.map((item) => item.title)).toEqual([
      'Välkomna och dagordning',
      'Genomgång av förra protokollet',
      'Val av justerare',
      'Ekonomisk uppföljning',
      'Budget 2027',
      'Lokalfrågan',
      'Avslut',
    ]);
  });
});
