// Justering: the chair and the adjuster approve exactly the content they read. An approval names the hash of
// the record's canonical content, so any later edit makes it stale without the editing code knowing.
import { canonicalJson } from './canonical';
import type {
  AgendaItem,
  ApprovalEntry,
  ApproverRole,
  Assignment,
  ChangeRequest,
  Decision,
  DecisionBlock,
  Minutes,
} from './model';

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
 * Everything the record says, as canonical JSON: not approvals, status, revision, updatedAt, schemaVersion
 * (an upgrade is not an edit), nor Planner sync state. The caller hashes it (WebCrypto is async).
 */
export function canonicalContent(minutes: Minutes): string {
  const {
    approvals: _a,
    status: _s,
    sentForApprovalAt: _t,
    revision: _r,
    updatedAt: _u,
    schemaVersion: _v,
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

export class ApprovalError extends Error {
  constructor(readonly messages: { sv: string; en: string }) {
    super(messages.en);
    this.name = 'ApprovalError';
  }
}

/** The approver's role on this record: chair before adjuster when someone holds both. */
function approverRole(minutes: Minutes, by: { id: string }): ApproverRole {
  const attendee = minutes.attendees.find((a) => a.directoryId === by.id || a.key === by.id);
  const role = (['chair', 'adjuster'] as const).find((r) => attendee?.roles.includes(r));
  if (!role) {
    throw new ApprovalError({
      sv: 'Bara ordföranden och justeraren kan justera protokollet.',
      en: 'Only the chair and the adjuster can approve the record.',
    });
  }
  return role;
}

function record(minutes: Minutes, entry: ApprovalEntry, now: Date): Minutes {
  return {
    ...minutes,
    approvals: [...minutes.approvals.filter((e) => e.approverId !== entry.approverId), entry],
    revision: minutes.revision + 1,
    updatedAt: now.toISOString(),
  };
}

/** Records `by`'s approval of the content with `contentHash`, replacing their earlier approval or change request. */
export function approve(
  minutes: Minutes,
  by: { id: string; name: string },
  contentHash: string,
  now: Date,
  basedOn?: string,
): Minutes {
  const role = approverRole(minutes, by);
  return record(
    minutes,
    {
      kind: 'approval',
      approverId: by.id,
      name: by.name,
      role,
      at: now.toISOString(),
      contentHash,
      ...(basedOn ? { basedOn } : {}),
    },
    now,
  );
}

export function requestChanges(
  minutes: Minutes,
  by: { id: string; name: string },
  contentHash: string,
  comment: string,
  now: Date,
  basedOn?: string,
): Minutes {
  const role = approverRole(minutes, by);
  if (comment.trim() === '') {
    throw new ApprovalError({ sv: 'Skriv vad som behöver ändras.', en: 'Say what needs to change.' });
  }
  const entry: ChangeRequest = {
    kind: 'changeRequest',
    approverId: by.id,
    name: by.name,
    role,
    at: now.toISOString(),
    contentHash,
    ...(basedOn ? { basedOn } : {}),
    comment,
  };
  return record(minutes, entry, now);
}

export interface ApprovalState {
  status: 'approved' | 'partial' | 'none';
  missing: ApproverRole[];
  /** Entries given for other content than the current. */
  stale: ApprovalEntry[];
  /** Entries for the current content that the approver did not write into the file themselves. */
  unverified: ApprovalEntry[];
  /** Verified change requests for the current content. */
  changeRequests: ChangeRequest[];
}

/**
 * An approval counts only if it names the current content hash AND the SharePoint version that added it was
 * written by the approver: the JSON is editable by every member, the version history is not.
 * `versionAuthors` maps an approver id to the author of the version in which their entry appeared.
 */
export function approvalState(
  minutes: Minutes,
  currentHash: string,
  versionAuthors: ReadonlyMap<string, string | undefined>,
  notesApprovers: readonly ApproverRole[] = ['chair'],
): ApprovalState {
  const stale: ApprovalEntry[] = [];
  const unverified: ApprovalEntry[] = [];
  const changeRequests: ChangeRequest[] = [];
  const approvedRoles = new Set<ApproverRole>();
  for (const entry of minutes.approvals) {
    if (entry.contentHash !== currentHash) stale.push(entry);
    else if (versionAuthors.get(entry.approverId) !== entry.approverId) unverified.push(entry);
    else if (entry.kind === 'changeRequest') changeRequests.push(entry);
    else approvedRoles.add(entry.role);
  }
  const missing = requiredApprovers(minutes, notesApprovers).filter((role) => !approvedRoles.has(role));
  const status = missing.length === 0 ? 'approved' : approvedRoles.size > 0 ? 'partial' : 'none';
  return { status, missing, stale, unverified, changeRequests };
}

function withStatus(minutes: Minutes, status: Minutes['status'], now: Date, approvals = minutes.approvals): Minutes {
  return { ...minutes, status, approvals, revision: minutes.revision + 1, updatedAt: now.toISOString() };
}

export function sendForApproval(minutes: Minutes, now: Date): Minutes {
  if (minutes.status === 'approved') {
    throw new ApprovalError({
      sv: 'Protokollet är redan justerat. Öppna det igen för att ändra.',
      en: 'The record is already approved. Reopen it to change it.',
    });
  }
  return { ...withStatus(minutes, 'sentForApproval', now), sentForApprovalAt: now.toISOString() };
}

/** Notes with nobody to approve them are filed once the group has had a week to object. */
export const OBJECTION_DAYS = 7;

export function objectionPeriodEnds(minutes: Pick<Minutes, 'sentForApprovalAt'>): Date | undefined {
  if (!minutes.sentForApprovalAt) return undefined;
  return new Date(Date.parse(minutes.sentForApprovalAt) + OBJECTION_DAYS * 24 * 60 * 60 * 1000);
}

/** Marks the record approved once `approvalState` says so; the caller checks, since only it knows the hashes. */
export function markApproved(minutes: Minutes, now: Date): Minutes {
  return withStatus(minutes, 'approved', now);
}

/** Back to draft: approvals are withdrawn; change requests stay as the history of why. */
export function reopen(minutes: Minutes, now: Date): Minutes {
  return withStatus(
    minutes,
    'draft',
    now,
    minutes.approvals.filter((e) => e.kind === 'changeRequest'),
  );
}
