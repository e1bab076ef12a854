// Justering: send a record for approval, approve it, ask for changes, and the approval state derived from
// SharePoint (the record's current version and the approvers' own files).
import type { ApproverRole } from '../domain/model';
import type { RecordSession, SaveOutcome } from './records';

/** A record's approval as Microsoft 365 vouches for it, worded for the signed-in user. */
export interface ApprovalView {
  status: 'approved' | 'partial' | 'none';
  /** Names (as the directory gives them) of the approvals that verify against the current version. */
  approvedBy: string[];
  missing: ApproverRole[];
  /** Answers that do not count for this version, each with why, in the user's language. */
  notes: string[];
  changeRequests: { name: string; comment: string; at: string }[];
  /** The signed-in user may approve this version now. */
  canApprove: boolean;
  /** Why the signed-in user cannot approve this version, in their language. */
  refusal?: string;
  /** The version shown: SharePoint's version id, who saved it and when, and who created the record. */
  version: { id: string; savedBy: string; savedAt: string; secretary: string };
  /** Once approved: whether the PDF of this approval is filed. */
  pdf?: 'filed' | 'missing';
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
  /** Makes the stamped Word document and the PDF of an approved record again (when the PDF is missing). */
  fileApprovedDocuments(session: RecordSession): Promise<SaveOutcome>;
}
