import { describe, expect, it } from 'vitest';
import { RestoreError, restoreGroupSettings, restoreMinutes } from '../../src/domain/restore';
import { group, minutes } from './fixtures';

function roundTrip(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

function errorOf(fn: () => unknown): RestoreError {
  try {
    fn();
  } catch (e) {
    if (e instanceof RestoreError) return e;
    throw e;
  }
  throw new Error('did not throw');
}

describe('restoreMinutes', () => {
  it('gives back a valid record unchanged', () => {
    const m = minutes();
    expect(restoreMinutes(roundTrip(m))).toEqual(m);
  });

  it('trusts no approval in the file: "approved" and its entries read as merely sent', () => {
    const m = restoreMinutes({
      ...JSON.parse(JSON.stringify(minutes())),
      status: 'approved',
      approvals: [
        {
          kind: 'approval',
          approverId: 'u-chair',
          name: 'X',
          role: 'chair',
          at: '2026-02-27T15:00:00.000Z',
          contentHash: 'A',
        },
      ],
    });
    expect(m.status).toBe('sentForApproval');
    expect(m).not.toHaveProperty('approvals');
  });

  it('upgrades a record without schemaVersion (v0) and fills defaults', () => {
    const old = {
      id: 'r',
      kind: 'protokoll',
      meeting: { eventId: 'e', start: '2026-02-27T13:00:00Z', end: '2026-02-27T15:00:00Z' },
      group: { id: 'g', name: 'Styrgrupp närvård' },
      items: [{ title: 'Budget' }],
    };
    const m = restoreMinutes(old);
    expect(m).toMatchObject({
      schemaVersion: 2,
      language: 'sv',
      title: 'Protokoll Styrgrupp närvård 2026-02-27',
      place: '',
      firstNumber: 1,
      attendees: [],
      status: 'draft',
      revision: 0,
    });
    expect(m.items[0]).toMatchObject({
      kind: 'regular',
      title: 'Budget',
      notes: [],
      decisionBlocks: [],
      outcome: 'handled',
      subItems: [],
    });
    expect(m.items[0]?.id).toMatch(/[0-9a-f-]{36}/);
  });

  it('refuses a record from a newer version of the app', () => {
    const e = errorOf(() => restoreMinutes({ ...minutes(), schemaVersion: 99 }));
    expect(e.path).toBe('schemaVersion');
    expect(e.messages.sv).toMatch(/nyare version/);
  });

  it.each([
    ['not an object', 'Protokoll', ''],
    ['an array', [], ''],
    ['null', null, ''],
    ['no items', { ...minutes(), items: undefined }, 'items'],
    ['items not a list', { ...minutes(), items: {} }, 'items'],
    ['a number where text belongs', { ...minutes(), title: 42 }, 'title'],
    ['a string number', { ...minutes(), firstNumber: '12' }, 'firstNumber'],
    ['an unknown role', { ...minutes(), attendees: [{ name: 'X', roles: ['king'] }] }, 'attendees[0].roles[0]'],
    [
      'a bad block',
      { ...minutes(), items: [{ title: 'x', notes: [{ type: 'script', content: [] }] }] },
      'items[0].notes[0].type',
    ],
    ['a bad date', { ...minutes(), meeting: { eventId: 'e', start: 'igår', end: 'idag' } }, 'meeting.start'],
  ])('throws with the path on %s', (_name, input, path) => {
    expect(errorOf(() => restoreMinutes(input)).path).toBe(path);
  });

  it('drops unsafe hrefs and links but keeps their text, and treats markup as text', () => {
    const m = minutes();
    const hostile = roundTrip({
      ...m,
      title: '<img src=x onerror=alert(1)>',
      items: [
        {
          ...m.items[0],
          notes: [
            {
              type: 'paragraph',
              content: [
                { text: 'klicka här', href: 'java\tscript:alert(1)' },
                { text: 'ok', href: 'https://example.org' },
              ],
            },
          ],
          links: [
            { id: 'l1', title: 'Bilaga', url: 'javascript:alert(1)' },
            { id: 'l2', title: 'Mail', url: 'mailto:a@b.example' },
          ],
        },
      ],
    });
    (hostile as Record<string, unknown>)['__proto__'] = { polluted: true };
    const restored = restoreMinutes(JSON.parse('{"__proto__":{"polluted":true},' + JSON.stringify(hostile).slice(1)));
    expect(restored.title).toBe('<img src=x onerror=alert(1)>');
    expect(restored.items[0]?.notes).toEqual([
      { type: 'paragraph', content: [{ text: 'klicka här' }, { text: 'ok', href: 'https://example.org' }] },
    ]);
    expect(restored.items[0]?.links).toEqual([{ id: 'l2', title: 'Mail', url: 'mailto:a@b.example' }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(restored)).toBe(Object.prototype);
  });

  it('restores a big record quickly and refuses absurd sizes and nesting', () => {
    const base = minutes();
    const items = Array.from({ length: 2000 }, (_, i) => ({
      ...base.items[2],
      id: `i${i}`,
      notes: [{ type: 'paragraph', content: [{ text: 'x'.repeat(2000) }] }],
    }));
    const started = performance.now();
    expect(restoreMinutes({ ...base, items }).items).toHaveLength(2000);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(errorOf(() => restoreMinutes({ ...base, items: Array.from({ length: 6000 }, () => ({})) })).path).toBe(
      'items',
    );
    expect(errorOf(() => restoreMinutes({ ...base, title: 'x'.repeat(300_000) })).path).toBe('title');
    let list: unknown = { type: 'list', items: [] };
    for (let i = 0; i < 50; i++) list = { type: 'list', items: [{ content: [], children: [list] }] };
    expect(() => restoreMinutes({ ...base, items: [{ title: 'deep', notes: [list] }] })).toThrow(RestoreError);
  });
});

describe('restoreGroupSettings', () => {
  it('gives back valid settings and fills defaults', () => {
    const g = group({
      roster: [{ name: 'Göran Öberg', roles: ['chair'] }],
      organisationContacts: { Närvårdskontoret: { name: 'Maria Ek', directoryId: 'u-sec' } },
    });
    expect(restoreGroupSettings(roundTrip(g))).toEqual(g);
    expect(restoreGroupSettings({ groupId: 'g', name: 'N', kind: 'anteckningar' })).toMatchObject({
      folderPath: 'Protokoll',
      roster: [],
      organisationContacts: {},
      notesApprovers: ['chair'],
      language: 'sv',
    });
  });

  it("keeps the group's own style: first § of the year, headings, decision lead, roster order, role words, place and time", () => {
    const g = group({
      roster: [{ name: 'Hans Abrahamsson', organisation: 'Kommun', roles: ['chair'], roleLabel: 'ordförande' }],
      firstNumberOfYear: { year: 2026, number: 12 },
      headingStyle: 'plain',
      decisionLead: 'Chefsgruppen beslutar att:',
      rosterOrder: 'surname',
      roleStyle: 'parentheses',
      place: 'Digitalt via Teams',
      usualTime: { start: '14:00', end: '16:00' },
    });
    expect(restoreGroupSettings(roundTrip(g))).toEqual(g);
  });

  it.each([
    ['a heading style it does not know', { headingStyle: 'roman' }, 'headingStyle'],
    ['a first § of 0', { firstNumberOfYear: { year: 2026, number: 0 } }, 'firstNumberOfYear.number'],
    ['an impossible usual time', { usualTime: { start: '25:00', end: '16:00' } }, 'usualTime.start'],
    ['a roster order it does not know', { rosterOrder: 'age' }, 'rosterOrder'],
  ])('refuses %s', (_name, extra, path) => {
    expect(errorOf(() => restoreGroupSettings({ groupId: 'g', name: 'N', kind: 'protokoll', ...extra })).path).toBe(
      path,
    );
  });

  it('refuses garbage', () => {
    expect(errorOf(() => restoreGroupSettings({ groupId: 'g', name: 'N', kind: 'minutes' })).path).toBe('kind');
    expect(
      errorOf(() =>
        restoreGroupSettings({ groupId: 'g', name: 'N', kind: 'protokoll', organisationContacts: { X: 'Maria' } }),
      ).path,
    ).toBe('organisationContacts.X');
  });
});
