// The approval file's text: what the approver's own write says it binds to. Read as untrusted JSON (anyone with
// write access can put a file there); who wrote it is not in it but in SharePoint's metadata.
import type { ApprovalClaim } from './approval';

const KINDS = ['approval', 'changeRequest'] as const;
const ROLES = ['chair', 'adjuster'] as const;
/** Far beyond any real comment, so a hostile file cannot flood the view. */
const MAX_COMMENT = 10_000;

export function approvalClaimJson(claim: ApprovalClaim): string {
  return JSON.stringify({ schemaVersion: 1, ...claim }, null, 2);
}

const isString = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** The claim, or undefined when the text is not one (the view then says the file is unreadable). */
export function readApprovalClaim(text: string): ApprovalClaim | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!json || typeof json !== 'object') return undefined;
  const { kind, recordItemId, versionId, contentHash, role, comment } = json as Record<string, unknown>;
  if (!KINDS.includes(kind as (typeof KINDS)[number]) || !ROLES.includes(role as (typeof ROLES)[number]))
    return undefined;
  if (!isString(recordItemId) || !isString(versionId) || !isString(contentHash)) return undefined;
  if (comment !== undefined && (typeof comment !== 'string' || comment.length > MAX_COMMENT)) return undefined;
  return {
    kind: kind as ApprovalClaim['kind'],
    recordItemId,
    versionId,
    contentHash,
    role: role as ApprovalClaim['role'],
    ...(typeof comment === 'string' && comment.trim() ? { comment } : {}),
  };
}
