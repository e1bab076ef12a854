import { describe, expect, it } from 'vitest';
import { applyImport, importDraft, type ImportedRecord } from '../../../src/domain/recordImport';
import { createMinutes } from '../../../src/domain/templates';
import { group } from '../fixtures';

const record: ImportedRecord = {
  kind: 'protokoll',
  headingStyle: 'plain',
  roleStyle: 'parentheses',
  date: '2026-02-27',
  lastNumber: 17,
  place: 'Kommunhuset',
  usualTime: { start: '13:00', end: '15:30' },
  decisionLead: 'Styrgruppen beslutar att:',
  people: [
    {
      name: 'Karin Sjöström',
      organisation: 'Sjöby kommun',
      roles: ['chair'],
      roleLabel: 'Ordförande',
      presence: 'present',
      line: '',
    },
    {
      name: 'Per-Erik Ågren',
      organisation: 'Älvdala kommun',
      roles: ['adjuster'],
      roleLabel: 'justerare',
      presence: 'present',
      line: '',
    },
    { name: 'Nils Ek', organisation: 'Länsstyrelsen', roles: ['guest'], presence: 'present', line: '' },
    { name: 'Sven Dahl', roles: [], presence: 'absent', line: '' },
  ],
  items: [
    { number: 12, title: 'Mötets öppnande', kind: 'opening' },
    { number: 13, title: 'Val av justerare', kind: 'adjuster' },
    { number: 14, title: 'Protokoll 2026-01-16 läggs till handlingarna', kind: 'previous' },
    { number: 15, title: 'Ekonomisk uppföljning', kind: 'regular' },
    { number: 16, title: 'Budget 2026', kind: 'regular' },
    { number: 17, title: 'Övriga frågor', kind: 'other' },
  ],
  unread: [],
};

describe('what a group keeps of an imported record', () => {
  it('keeps the roster in the record’s order without guests or the meeting’s adjuster role, and continues the §', () => {
    const settings = applyImport(group({ kind: 'anteckningar' }), importDraft(record, '2026-03-01'));
    expect(settings.roster).toEqual([
      { name: 'Karin Sjöström', organisation: 'Sjöby kommun', roles: ['chair'], roleLabel: 'Ordförande' },
      { name: 'Per-Erik Ågren', organisation: 'Älvdala kommun', roles: [] },
      { name: 'Sven Dahl', roles: [] },
    ]);
    expect(settings).toMatchObject({
      kind: 'protokoll',
      headingStyle: 'plain',
      roleStyle: 'parentheses',
      rosterOrder: 'group',
      firstNumberOfYear: { year: 2026, number: 18 },
      place: 'Kommunhuset',
      usualTime: { start: '13:00', end: '15:30' },
      decisionLead: 'Styrgruppen beslutar att:',
    });
  });

  it('makes the template: standard items in the group’s words (not last time’s date), own items kept, a slot', () => {
    const draft = importDraft(record, '2026-03-01');
    draft.items[4]!.keep = false;
    expect(applyImport(group(), draft).template).toEqual([
      { kind: 'opening', title: 'Mötets öppnande' },
      { kind: 'adjuster', title: 'Val av justerare' },
      { kind: 'previous', title: 'Föregående protokoll' },
      { kind: 'regular', title: 'Ekonomisk uppföljning' },
      { kind: 'regular', title: '' },
      { kind: 'other', title: 'Övriga frågor' },
    ]);
  });

  it('gives notes no adjuster item and no § to continue from', () => {
    const draft = importDraft({ ...record, kind: 'anteckningar' }, '2026-03-01');
    const settings = applyImport(group(), draft);
    expect(settings.template?.some((t) => t.kind === 'adjuster')).toBe(false);
    expect(settings.firstNumberOfYear).toBeUndefined();
  });

  it('a new record from the imported settings has the record’s items in order', () => {
    const settings = applyImport(group(), importDraft(record, '2026-03-01'));
    const minutes = createMinutes({
      meeting: { eventId: 'e', subject: 'Styrgrupp', start: '2026-04-24T11:00:00Z', end: '2026-04-24T13:00:00Z' },
      group: settings,
      attendees: [],
      firstNumber: 18,
      now: new Date('2026-04-20T00:00:00Z'),
    });
    expect(minutes.items.map((i) => i.title)).toEqual([
      'Mötets öppnande',
      'Val av justerare',
      'Föregående protokoll',
      'Ekonomisk uppföljning',
      'Budget 2026',
      '',
      'Övriga frågor',
    ]);
  });
});
