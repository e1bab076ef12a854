// Justering. Nothing in the record's JSON is trusted for approval: every member can edit that file. An approval is
// a small file each approver writes with their own account, and it counts only when Microsoft 365 vouches for it:
// SharePoint says who last wrote the approval file, and who wrote the version of the record it names. It binds to
// that version, to the hash of that version's content, and to the role its approver holds in that version, and
// the version must be the secretary's (the account that created the record). Whether a record is approved is
// derived from these facts every time; it is never read from a file.
import { canonicalJson } from './canonical';
import type { AgendaItem, ApproverRole, Assignment, Decision, DecisionBlock, Minutes } from './model';

type ContentAssignment = Omit<Assignment, 'planner' | 'sync'>;
type ContentItem = Omit<AgendaItem, 'assignments' | 'subItems' | 'decisionBlocks'> & {
  assignments: ContentAssignment[];
  subItems: ContentItem[];
} & ({ decisions: Decision[] } | { decisionBlocks: DecisionBlock[] });

/**
 * Decision blocks as version 1 wrote them when they say no more than it could (one list after all the text,
 * with the default lead): records approved before version 2 keep the hash their approvers signed.
 */
function contentDecisions(item: AgendaItem): { decisions: Decision[] } | { decisionBlocks: DecisionBlock[] } {
  const [only, ...more] = item.decisionBlocks;
  if (!only) return { decisions: [] };
  if (more.length === 0 && only.lead === undefined && only.notesAfter.length === 0) {
    return { decisions: only.decisions };
  }
  return { decisionBlocks: item.decisionBlocks };
}

function contentItem(item: AgendaItem): ContentItem {
  const { decisionBlocks: _blocks, ...rest } = item;
  return {
    ...rest,
    ...contentDecisions(item),
    assignments: item.assignments.map(({ planner: _planner, sync: _sync, ...kept }) => kept),
    subItems: item.subItems.map(contentItem),
  };
}

/**
 * Everything the record says, as canonical JSON: not status, revision, updatedAt, schemaVersion (an upgrade is
 * not an edit), nor Planner sync state or the assignment mail ledger. The caller hashes it (WebCrypto is async).
 */
export function canonicalContent(minutes: Minutes): string {
  const {
    status: _s,
    sentForApprovalAt: _t,
    revision: _r,
    updatedAt: _u,
    schemaVersion: _v,
    assignmentMail: _m,
    items,
    ...content
  } = minutes;
  return canonicalJson({ ...content, items: items.map(contentItem) });
}

/** A protokoll needs the chair and the adjuster; notes need whom the group chose (possibly nobody). */
export function requiredApprovers(
  minutes: Pick<Minutes, 'kind'>,
  notesApprovers: readonly ApproverRole[],
): ApproverRole[] {
  return minutes.kind === 'protokoll' ? ['chair', 'adjuster'] : [...notesApprovers];
}

/** Someone as Microsoft Graph names them: the directory object id (in the host tenant, also for guests). */
export interface Person {
  id: string;
  name: string;
}

/** What an approver's file says. Only its binding is read from it; who wrote it comes from SharePoint. */
export interface ApprovalClaim {
  kind: 'approval' | 'changeRequest';
  /** The record's driveItem id: a record deleted and created anew is another record. */
  recordItemId: string;
  /** The SharePoint version id ("4.0") of the record the approver read. */
  versionId: string;
  /** SHA-256 of `canonicalContent` of that version. */
  contentHash: string;
  role: ApproverRole;
  comment?: string;
}

/** An approval file as SharePoint reports it: its name, who last wrote it and when (Graph's own metadata). */
export interface ApprovalEvidence {
  /** `<approver's directory id>.json`: whose answer the file is meant to be. */
  ownerId: string;
  writtenBy: Person;
  writtenAt: string;
  /** Undefined when the file does not read as a claim. */
  claim?: ApprovalClaim;
}

/** The record's current version as SharePoint reports it, with its content. */
export interface RecordVersion {
  itemId: string;
  versionId: string;
  savedBy: Person;
  savedAt: string;
  /** Who created the record file (driveItem `createdBy`): the secretary, whatever the JSON says. */
  secretary: Person;
  contentHash: string;
  minutes: Minutes;
}

export type RefusalReason =
  | 'notSecretaryVersion'
  | 'notApproverInVersion'
  | 'otherVersion'
  | 'otherRecord'
  | 'writtenBySomeoneElse'
  | 'unreadable';

/** An answer that counts: written by its approver for this very version, in a role they hold in it. */
export interface CountedAnswer {
  approver: Person;
  role: ApproverRole;
  at: string;
  kind: ApprovalClaim['kind'];
  comment?: string;
}

/** An answer that does not count, and why. */
export interface RefusedAnswer {
  /** Whose answer the file claims to be (by name when the version knows them). */
  owner: string;
  writtenBy: Person;
  reason: RefusalReason;
  /** The version the answer was given for, when it names another. */
  versionId?: string;
}

export interface ApprovalState {
  status: 'approved' | 'partial' | 'none';
  /** The current version was written by the secretary: only then can anyone approve it. */
  approvable: boolean;
  approvals: CountedAnswer[];
  changeRequests: CountedAnswer[];
  refused: RefusedAnswer[];
  missing: ApproverRole[];
}

/** The role `personId` holds in this version: chair before adjuster when someone holds both. */
export function approverRoleIn(minutes: Minutes, personId: string): ApproverRole | undefined {
  const attendee = minutes.attendees.find((a) => a.directoryId === personId);
  return (['chair', 'adjuster'] as const).find((role) => attendee?.roles.includes(role));
}

export function writtenBySecretary(version: Pick<RecordVersion, 'savedBy' | 'secretary'>): boolean {
  return version.savedBy.id !== '' && version.savedBy.id === version.secretary.id;
}

/** Why `personId` may not approve this version, or undefined when they may. */
export function approvalRefusal(version: RecordVersion, personId: string): RefusalReason | undefined {
  if (!writtenBySecretary(version)) return 'notSecretaryVersion';
  if (!approverRoleIn(version.minutes, personId)) return 'notApproverInVersion';
  return undefined;
}

function refusalOf(version: RecordVersion, evidence: ApprovalEvidence): RefusalReason | undefined {
  const { claim } = evidence;
  if (!claim) return 'unreadable';
  if (evidence.writtenBy.id !== evidence.ownerId) return 'writtenBySomeoneElse';
  if (claim.recordItemId !== version.itemId) return 'otherRecord';
  if (claim.versionId !== version.versionId || claim.contentHash !== version.contentHash) return 'otherVersion';
  if (!writtenBySecretary(version)) return 'notSecretaryVersion';
  if (approverRoleIn(version.minutes, evidence.writtenBy.id) !== claim.role) return 'notApproverInVersion';
  return undefined;
}

function ownerName(version: RecordVersion, evidence: ApprovalEvidence): string {
  const attendee = version.minutes.attendees.find((a) => a.directoryId === evidence.ownerId);
  if (attendee) return attendee.name;
  return evidence.writtenBy.id === evidence.ownerId ? evidence.writtenBy.name : evidence.ownerId;
}

/** Which answers count for the current version, which do not and why, and what is still missing. */
export function verifyApprovals(
  version: RecordVersion,
  evidence: readonly ApprovalEvidence[],
  notesApprovers: readonly ApproverRole[],
): ApprovalState {
  const approvals: CountedAnswer[] = [];
  const changeRequests: CountedAnswer[] = [];
  const refused: RefusedAnswer[] = [];
  for (const file of evidence) {
    const reason = refusalOf(version, file);
    if (reason || !file.claim) {
      refused.push({
        owner: ownerName(version, file),
        writtenBy: file.writtenBy,
        reason: reason ?? 'unreadable',
        ...(file.claim && file.claim.versionId !== version.versionId ? { versionId: file.claim.versionId } : {}),
      });
      continue;
    }
    const answer: CountedAnswer = {
      approver: file.writtenBy,
      role: file.claim.role,
      at: file.writtenAt,
      kind: file.claim.kind,
      ...(file.claim.comment ? { comment: file.claim.comment } : {}),
    };
    (answer.kind === 'approval' ? approvals : changeRequests).push(answer);
  }
  const approvedRoles = new Set(approvals.map((a) => a.role));
  const missing = requiredApprovers(version.minutes, notesApprovers).filter((role) => !approvedRoles.has(role));
  const status = missing.length === 0 ? 'approved' : approvedRoles.size > 0 ? 'partial' : 'none';
  return { status, approvable: writtenBySecretary(version), approvals, changeRequests, refused, missing };
}

export class ApprovalError extends Error {
  constructor(readonly messages: { sv: string; en: string }) {
    super(messages.en);
    this.name = 'ApprovalError';
  }
}

export function checkChangeComment(comment: string): void {
  if (comment.trim() === '') {
    throw new ApprovalError({ sv: 'Skriv vad som behöver ändras.', en: 'Say what needs to change.' });
  }
}

function withStatus(minutes: Minutes, status: Minutes['status'], now: Date): Minutes {
  return { ...minutes, status, revision: minutes.revision + 1, updatedAt: now.toISOString() };
}

export function sendForApproval(minutes: Minutes, now: Date): Minutes {
  return { ...withStatus(minutes, 'sentForApproval', now), sentForApprovalAt: now.toISOString() };
}

/** Notes with nobody to approve them are filed once the group has had a week to object. */
export const OBJECTION_DAYS = 7;

export function objectionPeriodEnds(minutes: Pick<Minutes, 'sentForApprovalAt'>): Date | undefined {
  if (!minutes.sentForApprovalAt) return undefined;
  return new Date(Date.parse(minutes.sentForApprovalAt) + OBJECTION_DAYS * 24 * 60 * 60 * 1000);
}

/** Back to draft: the save makes a new version, so every approval of the old one stops counting. */
export function reopen(minutes: Minutes, now: Date): Minutes {
  return withStatus(minutes, 'draft', now);
}
