import { describe, expect, it } from 'vitest';
import { createMinutes, standardTemplate } from '../../src/domain/templates';
import { NOW, group, meeting } from './fixtures';

describe('standardTemplate', () => {
  it.each([
    [
      'protokoll',
      'sv',
      [
        'Mötets öppnande och godkännande av dagordning',
        'Val av justerare',
        'Föregående protokoll',
        '',
        'Övriga frågor',
        'Mötets avslutande och nästa möte',
      ],
    ],
    [
      'anteckningar',
      'sv',
      [
        'Mötets öppnande och godkännande av dagordning',
        'Föregående mötesanteckningar',
        '',
        'Övriga frågor',
        'Avslut och nästa möte',
      ],
    ],
    [
      'protokoll',
      'en',
      [
        'Opening of the meeting and approval of the agenda',
        'Election of adjuster',
        'Previous minutes',
        '',
        'Other matters',
        'Closing of the meeting and next meeting',
      ],
    ],
    [
      'anteckningar',
      'en',
      [
        'Opening of the meeting and approval of the agenda',
        'Previous meeting notes',
        '',
        'Other matters',
        'Closing and next meeting',
      ],
    ],
  ] as const)('%s in %s', (kind, language, titles) => {
    expect(standardTemplate(kind, language).map((t) => t.title)).toEqual(titles);
  });
});

describe('createMinutes', () => {
  it('builds a protokoll with title, online place, the first number and one empty item of its own', () => {
    const m = createMinutes({ meeting, group: group(), attendees: [], firstNumber: 12, now: NOW });
    expect(m.title).toBe('Protokoll Styrgrupp närvård 2026-02-27');
    expect(m.place).toBe('Digitalt via Teams');
    expect(m.firstNumber).toBe(12);
    expect(m.items.map((i) => i.kind)).toEqual(['opening', 'adjuster', 'previous', 'regular', 'other', 'closing']);
    expect(m.items[3]?.title).toBe('');
    expect(m.status).toBe('draft');
    expect(m.updatedAt).toBe(NOW.toISOString());
  });

  it('writes notes in English, restarting at 1, with a real place', () => {
    const m = createMinutes({
      meeting: { ...meeting, location: 'Stadshuset, sal 3' },
      group: group({ kind: 'anteckningar', language: 'en', name: 'Uppdragsgrupp Barn och unga' }),
      attendees: [],
      firstNumber: 40,
      now: NOW,
    });
    expect(m.title).toBe('Meeting notes Uppdragsgrupp Barn och unga 2026-02-27');
    expect(m.place).toBe('Stadshuset, sal 3');
    expect(m.firstNumber).toBe(1);
    expect(m.items.some((i) => i.kind === 'adjuster')).toBe(false);
  });

  it('lays the agenda into the slot and maps standard agenda lines onto the template items', () => {
    const m = createMinutes({
      meeting,
      group: group(),
      attendees: [],
      firstNumber: 1,
      now: NOW,
      agenda: [
        { kind: 'opening', title: 'Mötets öppnande' },
        { kind: 'regular', title: 'Budget 2026', presenter: 'Per Sund' },
        { kind: 'regular', title: 'Psykisk hälsa' },
        { kind: 'other', title: 'Övriga frågor' },
      ],
    });
    expect(m.items.map((i) => i.title)).toEqual([
      'Mötets öppnande och godkännande av dagordning',
      'Val av justerare',
      'Föregående protokoll',
      'Budget 2026',
      'Psykisk hälsa',
      'Övriga frågor',
      'Mötets avslutande och nästa möte',
    ]);
    expect(m.items[3]?.presenter).toBe('Per Sund');
  });

  it("uses the group's own template, placing the agenda before other matters", () => {
    const m = createMinutes({
      meeting,
      group: group({
        template: [
          { kind: 'opening', title: 'Välkommen' },
          { kind: 'regular', title: 'Hänt sedan sist' },
          { kind: 'other', title: 'Övrigt' },
        ],
      }),
      attendees: [],
      firstNumber: 1,
      now: NOW,
      agenda: [{ kind: 'regular', title: 'Samverkansavtal' }],
    });
    expect(m.items.map((i) => i.title)).toEqual(['Välkommen', 'Hänt sedan sist', 'Samverkansavtal', 'Övrigt']);
  });
});
