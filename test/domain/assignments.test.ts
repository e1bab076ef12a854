import { describe, expect, it } from 'vitest';
import {
  allAssignments,
  assignableIds,
  bucketName,
  dayBucketName,
  plannerTitle,
  recordFileBase,
  safeFileName,
  syncHash,
} from '../../src/domain/assignments';
import { addAssignment, addSubItem } from '../../src/domain/editing';
import { newAssignment, newItem } from '../../src/domain/factory';
import { NOW, minutes } from './fixtures';

const item = newItem({ title: 'Inbjudan till workshop' });

describe('assignments', () => {
  it('lists every assignment with its item label, sub-items lettered', () => {
    let m = addAssignment(minutes(), 'i-a', { id: 'a1', text: 'gör en inbjudan' }, NOW);
    m = addSubItem(m, 'i-other', { id: 's1', title: 'Lokaler' }, NOW);
    m = addSubItem(m, 'i-other', { id: 's2', title: 'Fika' }, NOW);
    m = addAssignment(m, 's2', { id: 'a2', text: 'beställer fika' }, NOW);
    expect(allAssignments(m).map((r) => [r.label, r.assignment.id, r.item.id])).toEqual([
      ['§ 14', 'a1', 'i-a'],
      ['§ 16 b', 'a2', 's2'],
    ]);
  });

  it('titles tasks with the text, naming those Planner cannot assign', () => {
    const a = newAssignment({ text: 'Maria gör en inbjudan', assignees: [{ name: 'Maria Ek', directoryId: 'u-sec' }] });
    expect(plannerTitle(a, item, 'sv')).toBe('Maria gör en inbjudan');
    const b = newAssignment({
      text: 'tar med frågan',
      assignees: [{ name: 'Anna Extern' }, { name: 'Kim Konsult' }, { name: 'Maria Ek', directoryId: 'u-sec' }],
    });
    expect(plannerTitle(b, item, 'sv')).toBe('Anna Extern och Kim Konsult: tar med frågan');
    expect(plannerTitle(b, item, 'en')).toBe('Anna Extern and Kim Konsult: tar med frågan');
    expect(plannerTitle(newAssignment({ text: '  ' }), item, 'sv')).toBe('Inbjudan till workshop');
  });

  it('shortens long titles on a word boundary', () => {
    const a = newAssignment({ text: 'utreder '.repeat(60) });
    const title = plannerTitle(a, item, 'sv', 50);
    expect(title.length).toBeLessThanOrEqual(50);
    expect(title).toMatch(/utreder…$/);
  });

  it('gives assignable ids once and a hash that follows only the pushed fields', () => {
    const a = newAssignment({
      id: 'a',
      text: 'gör',
      assignees: [{ name: 'M', directoryId: 'u1' }, { name: 'M', directoryId: 'u1' }, { name: 'X' }],
    });
    expect(assignableIds(a)).toEqual(['u1']);
    const synced = {
      ...a,
      sync: { state: 'synced' as const },
      planner: { taskId: 't', bucketId: 'b', planId: 'p', etag: 'e', detailsSynced: true, syncedHash: 'h' },
    };
    expect(syncHash(synced)).toBe(syncHash(a));
    expect(syncHash({ ...a, due: '2026-03-01' })).not.toBe(syncHash(a));
    expect(syncHash({ ...a, assignees: [{ name: 'N', directoryId: 'u2' }] })).not.toBe(syncHash(a));
  });

  it('names buckets by date, start time and group, and files by date and group, safe for SharePoint', () => {
    // 13:00 UTC is 14.00 in Stockholm in February: the start time as the record's files name it.
    expect(bucketName(minutes())).toBe('2026-02-27 14.00 Styrgrupp närvård');
    expect(dayBucketName(minutes())).toBe('2026-02-27 Styrgrupp närvård');
    expect(recordFileBase(minutes())).toBe('2026-02-27 Styrgrupp närvård');
    expect(recordFileBase(minutes({ group: { id: 'g', name: 'Vård/omsorg: "A|B"? <ny> *. ' } }))).toBe(
      '2026-02-27 Vård-omsorg- -A-B-- -ny- -',
    );
    expect(safeFileName('~$..CON')).toBe('CON-');
    expect(safeFileName('lpt1.docx')).toBe('lpt1-.docx');
    expect(safeFileName('a_vti_b\u0007c')).toBe('avtib-c');
    expect(safeFileName(' ... ')).toBe('record');
    expect(recordFileBase(minutes({ group: { id: 'g', name: 'x'.repeat(400) } })).length + '.minutes.json'.length).toBe(
      250,
    );
  });
});
