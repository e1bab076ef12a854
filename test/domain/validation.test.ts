import { describe, expect, it } from 'vitest';
import { addAssignment, setPresence, updateItem } from '../../src/domain/editing';
import { validateForApproval } from '../../src/domain/validation';
import { NOW, minutes } from './fixtures';

describe('validateForApproval', () => {
  it('passes a complete protokoll', () => {
    expect(validateForApproval(minutes())).toEqual([]);
  });

  it('needs chair, adjuster and secretary among those present', () => {
    const m = setPresence(minutes(), 'u-adj', { kind: 'absenceAnnounced' }, NOW);
    const issues = validateForApproval(m);
    expect(issues.map((i) => i.code)).toEqual(['missing-adjuster']);
    expect(issues[0]?.message.sv).toBe('Ingen närvarande har rollen justerare.');
  });

  it('needs only the chosen approvers for notes', () => {
    const m = minutes({
      kind: 'anteckningar',
      attendees: minutes().attendees.filter((a) => a.key !== 'u-adj' && a.key !== 'u-sec'),
    });
    expect(validateForApproval(m, ['chair'])).toEqual([]);
    expect(validateForApproval(m, []).length).toBe(0);
    expect(validateForApproval(m, ['chair', 'adjuster']).map((i) => i.code)).toEqual(['missing-adjuster']);
  });

  it('flags assignments without text or assignee, untitled items and unconfirmed attendance', () => {
    let m = addAssignment(minutes(), 'i-a', { text: 'gör en inbjudan' }, NOW);
    m = addAssignment(m, 'i-b', { text: ' ', assignees: [{ name: 'Maria Ek' }] }, NOW);
    m = updateItem(m, 'i-b', { title: '' }, NOW);
    m = setPresence(m, 'u-mem', { kind: 'expected' }, NOW);
    expect(validateForApproval(m).map((i) => [i.code, i.itemId])).toEqual([
      ['attendance-unconfirmed', undefined],
      ['item-without-title', 'i-b'],
      ['assignment-without-assignee', 'i-a'],
      ['assignment-without-text', 'i-b'],
    ]);
  });
});
