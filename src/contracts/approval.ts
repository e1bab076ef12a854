// Justering: send a record for approval, approve it, ask for changes, and the approval state derived from
// SharePoint's version history.
import type { ApprovalEntry, ApproverRole } from '../domain/model';
import type { RecordSession, SaveOutcome } from './records';

export interface ApprovalView {
  status: 'approved' | 'partial' | 'none';
  approvedBy: string[];
  missing: ApproverRole[];
  stale: ApprovalEntry[];
  unverified: ApprovalEntry[];
  changeRequests: { name: string; comment: string; at: string }[];
  /** The signed-in user may approve (chair or adjuster in the record). */
  canApprove: boolean;
  /** Notes nobody approves: filed when the group's week to object ends (ISO date), once sent out. */
  filedAfter?: string;
  /** Nobody has to approve this record (notes, as the group chose). */
  noApprovers: boolean;
  myRole?: ApproverRole;
}

export interface ApprovalServices {
  sendForApproval(session: RecordSession): Promise<SaveOutcome>;
  approvalView(session: RecordSession): Promise<ApprovalView>;
  approve(session: RecordSession): Promise<SaveOutcome>;
  requestChanges(session: RecordSession, comment: string): Promise<SaveOutcome>;
}
