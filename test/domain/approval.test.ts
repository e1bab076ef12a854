import { describe, expect, it } from 'vitest';
import {
  approvalState,
  approve,
  canonicalContent,
  reopen,
  requestChanges,
  requiredApprovers,
  sendForApproval,
} from '../../src/domain/approval';
import { setAssignmentSync, addAssignment, updateItem } from '../../src/domain/editing';
import { LATER, NOW, minutes } from './fixtures';

const chairBy = { id: 'u-chair', name: 'Göran Öberg' };
const adjusterBy = { id: 'u-adj', name: 'Anna Lind' };
const selfAuthored = new Map([
  ['u-chair', 'u-chair'],
  ['u-adj', 'u-adj'],
]);

describe('canonicalContent', () => {
  it('ignores key order, status, revision, approvals and Planner sync state', () => {
    const m = addAssignment(minutes(), 'i-a', { id: 'a1', text: 'gör en inbjudan' }, NOW);
    const reversed = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reversed)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reversed(x)]),
            )
          : v;
    expect(canonicalContent(reversed(m) as typeof m)).toBe(canonicalContent(m));
    const synced = setAssignmentSync(
      m,
      'i-a',
      'a1',
      {
        sync: { state: 'synced' },
        planner: { taskId: 't', bucketId: 'b', planId: 'p', etag: 'e', detailsSynced: true, syncedHash: 'h' },
      },
      LATER,
    );
    expect(canonicalContent(sendForApproval(approve(synced, chairBy, 'x', LATER), LATER))).toBe(canonicalContent(m));
  });

  it('changes with any content edit', () => {
    const a = minutes();
    const b = updateItem(a, 'i-a', { title: 'Budget 2027' }, LATER);
    expect(canonicalContent(b)).not.toBe(canonicalContent(a));
    expect(canonicalContent(a)).not.toMatch(/\s"|":\s/);
  });
});

describe('approval', () => {
  it('needs chair and adjuster for a protokoll; notes need what the group chose', () => {
    expect(requiredApprovers(minutes(), [])).toEqual(['chair', 'adjuster']);
    expect(requiredApprovers(minutes({ kind: 'anteckningar' }), ['chair'])).toEqual(['chair']);
  });

  it('is approved when both approve the current content themselves', () => {
    let m = approve(minutes(), chairBy, 'A', NOW);
    expect(approvalState(m, 'A', selfAuthored)).toMatchObject({ status: 'partial', missing: ['adjuster'] });
    m = approve(m, adjusterBy, 'A', NOW);
    expect(approvalState(m, 'A', selfAuthored)).toMatchObject({
      status: 'approved',
      missing: [],
      stale: [],
      unverified: [],
    });
  });

  it('makes approvals of other content stale', () => {
    const m = approve(approve(minutes(), chairBy, 'A', NOW), adjusterBy, 'A', NOW);
    const state = approvalState(m, 'B', selfAuthored);
    expect(state.status).toBe('none');
    expect(state.stale).toHaveLength(2);
  });

  it('does not count an approval written into the file by someone else', () => {
    const m = approve(approve(minutes(), chairBy, 'A', NOW), adjusterBy, 'A', NOW);
    const state = approvalState(
      m,
      'A',
      new Map([
        ['u-chair', 'u-sec'],
        ['u-adj', 'u-adj'],
      ]),
    );
    expect(state).toMatchObject({ status: 'partial', missing: ['chair'] });
    expect(state.unverified.map((e) => e.approverId)).toEqual(['u-chair']);
  });

  it('refuses anyone who is not chair or adjuster', () => {
    expect(() => approve(minutes(), { id: 'u-mem', name: 'Per Sund' }, 'A', NOW)).toThrow(/chair/);
    expect(() => approve(minutes(), { id: 'nobody', name: 'X' }, 'A', NOW)).toThrow();
  });

  it("replaces the approver's earlier entry and requires a comment for changes", () => {
    let m = requestChanges(minutes(), chairBy, 'A', 'Rätta § 14', NOW);
    m = approve(m, chairBy, 'B', LATER);
    expect(m.approvals).toHaveLength(1);
    expect(m.approvals[0]).toMatchObject({ kind: 'approval', role: 'chair', contentHash: 'B' });
    expect(() => requestChanges(m, adjusterBy, 'B', '  ', NOW)).toThrow();
    const withRequest = requestChanges(m, adjusterBy, 'B', 'Namnet stavas fel', NOW);
    expect(approvalState(withRequest, 'B', selfAuthored).changeRequests).toMatchObject([
      { comment: 'Namnet stavas fel' },
    ]);
  });

  it('sends for approval and reopens, withdrawing approvals', () => {
    let m = sendForApproval(minutes(), NOW);
    expect(m.status).toBe('sentForApproval');
    m = requestChanges(approve(m, chairBy, 'A', NOW), adjusterBy, 'A', 'Rätta', NOW);
    const reopened = reopen({ ...m, status: 'approved' }, LATER);
    expect(reopened.status).toBe('draft');
    expect(reopened.approvals.map((e) => e.kind)).toEqual(['changeRequest']);
    expect(() => sendForApproval({ ...m, status: 'approved' }, NOW)).toThrow();
  });
});
