import { describe, expect, it } from 'vitest';
import {
  approvalRefusal,
  canonicalContent,
  checkChangeComment,
  reopen,
  requiredApprovers,
  sendForApproval,
  verifyApprovals,
  type ApprovalClaim,
  type ApprovalEvidence,
  type RecordVersion,
} from '../../src/domain/approval';
import { setAssignmentSync, addAssignment, updateItem } from '../../src/domain/editing';
import { LATER, NOW, minutes } from './fixtures';

const chairBy = { id: 'u-chair', name: 'Göran Öberg' };
const adjusterBy = { id: 'u-adj', name: 'Anna Lind' };

describe('canonicalContent', () => {
  it('ignores key order, status, revision and Planner sync state', () => {
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
    expect(canonicalContent(sendForApproval(synced, LATER))).toBe(canonicalContent(m));
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

  const SECRETARY = { id: 'u-sec', name: 'Åsa Lindqvist' };
  const version = (overrides: Partial<RecordVersion> = {}): RecordVersion => ({
    itemId: 'item-1',
    versionId: '3.0',
    savedBy: SECRETARY,
    savedAt: NOW.toISOString(),
    secretary: SECRETARY,
    contentHash: 'A',
    minutes: minutes(),
    ...overrides,
  });
  const answer = (
    by: { id: string; name: string },
    role: 'chair' | 'adjuster',
    overrides: Partial<ApprovalClaim> = {},
    ownerId = by.id,
  ): ApprovalEvidence => ({
    ownerId,
    writtenBy: by,
    writtenAt: LATER.toISOString(),
    claim: { kind: 'approval', recordItemId: 'item-1', versionId: '3.0', contentHash: 'A', role, ...overrides },
  });

  it('is approved when both approve the current version with their own files', () => {
    expect(verifyApprovals(version(), [answer(chairBy, 'chair')], [])).toMatchObject({
      status: 'partial',
      missing: ['adjuster'],
    });
    expect(verifyApprovals(version(), [answer(chairBy, 'chair'), answer(adjusterBy, 'adjuster')], [])).toMatchObject({
      status: 'approved',
      approvable: true,
      missing: [],
      refused: [],
    });
  });

  it('counts nothing for an earlier version, another content, another record, or a file someone else wrote', () => {
    const state = verifyApprovals(
      version(),
      [
        answer(chairBy, 'chair', { versionId: '2.0' }),
        answer(adjusterBy, 'adjuster', { contentHash: 'B' }),
        answer({ id: 'u-mem', name: 'Per Sund' }, 'chair', {}, 'u-chair'),
        answer(chairBy, 'chair', { recordItemId: 'item-0' }),
      ],
      [],
    );
    expect(state.status).toBe('none');
    expect(state.refused.map((r) => r.reason)).toEqual([
      'otherVersion',
      'otherVersion',
      'writtenBySomeoneElse',
      'otherRecord',
    ]);
    expect(state.refused[2]).toMatchObject({ owner: 'Göran Öberg', writtenBy: { name: 'Per Sund' } });
  });

  it('counts nothing in a version the secretary did not save, and only roles held in this version', () => {
    const member = { id: 'u-mem', name: 'Per Sund' };
    const byMember = verifyApprovals(version({ savedBy: member }), [answer(chairBy, 'chair')], []);
    expect(byMember).toMatchObject({ status: 'none', approvable: false });
    expect(approvalRefusal(version({ savedBy: member }), 'u-chair')).toBe('notSecretaryVersion');
    expect(verifyApprovals(version(), [answer(member, 'chair')], []).refused[0]?.reason).toBe('notApproverInVersion');
    expect(verifyApprovals(version(), [answer(chairBy, 'adjuster')], []).refused[0]?.reason).toBe(
      'notApproverInVersion',
    );
    expect(approvalRefusal(version(), 'u-mem')).toBe('notApproverInVersion');
    expect(approvalRefusal(version(), 'u-chair')).toBeUndefined();
  });

  it('counts change requests for the current version and needs a comment for one', () => {
    const request = answer(adjusterBy, 'adjuster', { kind: 'changeRequest', comment: 'Namnet stavas fel' });
    expect(verifyApprovals(version(), [request], []).changeRequests).toMatchObject([{ comment: 'Namnet stavas fel' }]);
    expect(() => checkChangeComment('  ')).toThrow();
  });

  it('sends for approval and reopens', () => {
    const m = sendForApproval(minutes(), NOW);
    expect(m.status).toBe('sentForApproval');
    expect(reopen(m, LATER).status).toBe('draft');
  });
});
