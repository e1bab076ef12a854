// The group's archive (its records of one year), a record's history (SharePoint versions), and reopening.
import type { RecordSession, SaveOutcome } from './records';

/** A saved record as the archive and the personal tab list it. */
/** As shown: the stored draft/sent marker, or approved when Microsoft 365 verifies the approvals. */
export type RecordStatus = 'draft' | 'sentForApproval' | 'approved';

export interface RecordSummary {
  /** Opens with `openRecord({ kind: 'record', recordKey })`. */
  recordKey: string;
  groupId: string;
  groupName: string;
  title: string;
  /** yyyy-mm-dd of the meeting. */
  date: string;
  status: RecordStatus;
  webUrl?: string;
  lastModified?: string;
}

export interface RecordVersion {
  id: string;
  savedAt: string;
  savedBy: string;
}

export interface ArchiveServices {
  listRecords(groupId: string, year: number): Promise<RecordSummary[]>;
  recordHistory(session: RecordSession): Promise<RecordVersion[]>;
  /** Back to draft after approval: approvals withdrawn, approvers notified. */
  reopen(session: RecordSession): Promise<SaveOutcome>;
}
