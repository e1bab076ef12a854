import { describe, expect, it } from 'vitest';
import { addAssignment, setPresence, updateItem } from '../../src/domain/editing';
import { chooseApprovers, validateForApproval } from '../../src/domain/validation';
import { NOW, chair, minutes } from './fixtures';

describe('validateForApproval', () => {
  it('passes a complete protokoll', () => {
    expect(validateForApproval(minutes())).toEqual([]);
  });

  it('needs chair, adjuster and secretary among those present', () => {
    const m = setPresence(minutes(), 'u-adj', { kind: 'absenceAnnounced' }, NOW);
    const issues = validateForApproval(m);
    expect(issues.map((i) => i.code)).toEqual(['absent-adjuster']);
    expect(issues[0]?.message.sv).toBe(
      'Anna Lind har rollen justerare men är inte närvarande. Ge rollen till någon som är närvarande.',
    );
  });

  it('chooses exactly one present approver per role with an address, and says what to fix otherwise', () => {
    const handAdded = { ...chair, key: 'm-1', directoryId: undefined, email: undefined, name: 'Ny Ordförande' };
    const absentChair = setPresence(minutes(), 'u-chair', { kind: 'absent' }, NOW);
    const m = { ...absentChair, attendees: [...absentChair.attendees, handAdded] };
    expect(chooseApprovers(m).issues.map((i) => i.code)).toEqual(['unreachable-chair']);
    expect(chooseApprovers(m).approvers.map((a) => a.attendee.name)).toEqual(['Anna Lind']);
    const twoChairs = {
      ...minutes(),
      attendees: [...minutes().attendees, { ...chair, key: 'u-2', directoryId: 'u-2' }],
    };
    expect(chooseApprovers(twoChairs).issues.map((i) => i.code)).toEqual(['several-chair']);
    expect(chooseApprovers(minutes()).approvers.map((a) => [a.role, a.attendee.name])).toEqual([
      ['chair', 'Göran Öberg'],
      ['adjuster', 'Anna Lind'],
    ]);
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
