import { describe, expect, it } from 'vitest';
import { canonicalContent, objectionPeriodEnds, sendForApproval } from '../../src/domain/approval';
import { restoreMinutes } from '../../src/domain/restore';
import { minutes } from './fixtures';

describe('notes filed after the objection period', () => {
  it('ends a week after the record was sent out', () => {
    const sent = sendForApproval(minutes({ kind: 'anteckningar' }), new Date('2026-03-02T10:00:00Z'));
    expect(sent.sentForApprovalAt).toBe('2026-03-02T10:00:00.000Z');
    expect(objectionPeriodEnds(sent)?.toISOString()).toBe('2026-03-09T10:00:00.000Z');
    expect(objectionPeriodEnds(minutes())).toBeUndefined();
  });

  it('is not content: sending out does not make an approval stale, and it survives restore', () => {
    const draft = minutes();
    const sent = sendForApproval(draft, new Date('2026-03-02T10:00:00Z'));
    expect(canonicalContent(sent)).toBe(canonicalContent(draft));
    expect(restoreMinutes(JSON.parse(JSON.stringify(sent))).sentForApprovalAt).toBe('2026-03-02T10:00:00.000Z');
  });
});
