// Justering. Each approver answers with a file of their own beside the record, written with their own account;
// the answer binds to one version of the record (its SharePoint version id and content hash) and counts only
// while that version is current, was saved by the secretary, and names the approver in that role (approvalFacts.ts
// reads it, domain/approval.ts judges it). The approval is written first; the stamped Word document and the PDF
// follow, and a PDF that could not be made yet is shown and can be made again, never blocking the approval.
import {
  ApprovalError,
  approvalRefusal,
  approverRoleIn,
  checkChangeComment,
  objectionPeriodEnds,
  requiredApprovers,
  sendForApproval,
  type ApprovalClaim,
} from '../../domain/approval';
import { approvalClaimJson } from '../../domain/approvalClaim';
import { recordDate } from '../../domain/format';
import type { Attendee, Minutes } from '../../domain/model';
import { approvalRecipients, validateForApproval } from '../../domain/validation';
import type { Gateways } from '../../graph/gateways';
import { mailSummaryHtml } from '../../render/mailSummary';
import type { SignedInUser } from '../../contracts/appServices';
import type { ApprovalView } from '../../contracts/approval';
import type { RecordSession, SaveOutcome } from '../../contracts/records';
import type { UiLanguage } from '../../ui/i18n/strings';
import { approvalFilePath, documentPaths } from '../records/recordPaths';
import type { RecordStore } from '../records/recordStore';
import { readApprovalFacts, type ApprovalFacts } from './approvalFacts';
import { refusalMessage, refusedAnswerMessage } from './approvalMessages';
import { contentHash } from './contentHash';
import { describeFailure } from './failures';

export interface ApprovalDeps {
  gateways: Gateways;
  records: RecordStore;
  user: SignedInUser;
  language: UiLanguage;
  now(): Date;
  approvalLink(session: RecordSession): string;
  renderDocx(minutes: Minutes, approval?: { date: string; names: string[] }): Promise<Uint8Array>;
  save(session: RecordSession): Promise<SaveOutcome>;
}

function facts(deps: ApprovalDeps, session: RecordSession): Promise<ApprovalFacts | undefined> {
  return readApprovalFacts(
    { records: deps.records, files: deps.gateways.files },
    session.remote.driveId,
    session.remote.path,
    session.settings.notesApprovers,
  );
}

function failed(message: string): SaveOutcome {
  return { kind: 'failed', message, offline: false };
}

/** The session on the version SharePoint holds now. */
function onVersion(session: RecordSession, found: ApprovalFacts): RecordSession {
  const { minutes, item } = found.stored;
  return {
    ...session,
    minutes,
    base: minutes,
    remote: {
      ...session.remote,
      itemId: item.id,
      etag: item.eTag,
      ...(item.webUrl ? { webUrl: item.webUrl } : {}),
    },
  };
}

/** The PDF belongs to this approval when it was written after the last approval that made the record approved. */
async function pdfFiled(deps: ApprovalDeps, session: RecordSession, found: ApprovalFacts): Promise<boolean> {
  const pdf = await deps.gateways.files.item(session.remote.driveId, documentPaths(session.remote.path).pdf);
  const approvedAt = Math.max(...found.state.approvals.map((a) => Date.parse(a.at)));
  return pdf?.lastModifiedDateTime !== undefined && Date.parse(pdf.lastModifiedDateTime) >= approvedAt;
}

export async function approvalViewOf(deps: ApprovalDeps, session: RecordSession): Promise<ApprovalView> {
  const found = await facts(deps, session);
  if (!found) throw new Error(refusalMessage('notInSharePoint', undefined, deps.language));
  const { version, state } = found;
  const refusal = approvalRefusal(version, deps.user.id);
  const myRole = approverRoleIn(version.minutes, deps.user.id);
  const approvedByMe = state.approvals.some((a) => a.approver.id === deps.user.id);
  const filedAfter = objectionPeriodEnds(version.minutes);
  const approved = state.status === 'approved';
  return {
    status: state.status,
    approvedBy: state.approvals.map((a) => a.approver.name),
    missing: state.missing,
    notes: state.refused.map((answer) => refusedAnswerMessage(answer, version.versionId, deps.language)),
    changeRequests: state.changeRequests.map((c) => ({ name: c.approver.name, comment: c.comment ?? '', at: c.at })),
    canApprove: !refusal && !approved && !approvedByMe,
    // Members who are simply not asked see the record read-only; a refusal is for those who might expect to act.
    ...(refusal && (refusal === 'notSecretaryVersion' || myRole)
      ? { refusal: refusalMessage(refusal, version, deps.language) }
      : {}),
    version: {
      id: version.versionId,
      savedBy: version.savedBy.name,
      savedAt: version.savedAt,
      secretary: version.secretary.name,
    },
    noApprovers: requiredApprovers(version.minutes, session.settings.notesApprovers).length === 0,
    ...(approved ? { pdf: (await pdfFiled(deps, session, found)) ? ('filed' as const) : ('missing' as const) } : {}),
    ...(filedAfter ? { filedAfter: recordDate(filedAfter.toISOString()) } : {}),
    ...(myRole ? { myRole } : {}),
  };
}

async function mail(deps: ApprovalDeps, to: Attendee[], subject: string, session: RecordSession): Promise<void> {
  const recipients = to.filter((a) => a.email).map((a) => ({ name: a.name, address: a.email! }));
  if (recipients.length === 0) return;
  await deps.gateways.mail.send({
    subject,
    html: mailSummaryHtml(session.minutes, deps.approvalLink(session)),
    to: recipients,
  });
}

export async function sendRecordForApproval(deps: ApprovalDeps, session: RecordSession): Promise<SaveOutcome> {
  const issues = validateForApproval(session.minutes, session.settings.notesApprovers);
  if (issues.length > 0)
    return {
      kind: 'failed',
      message: issues.map((i) => i.message[deps.language]).join(' '),
      offline: false,
      issues: issues.map((i) => i.message[deps.language]),
    };
  const outcome = await deps.save({ ...session, minutes: sendForApproval(session.minutes, deps.now()) });
  if (outcome.kind !== 'saved') return outcome;
  try {
    // Notes nobody approves go to everyone who took part, for their objections within the week.
    const sent = outcome.session.minutes;
    const { toEveryone, recipients } = approvalRecipients(sent, session.settings.notesApprovers);
    const subject = toEveryone
      ? deps.language === 'sv'
        ? 'För synpunkter inom en vecka'
        : 'For comments within a week'
      : deps.language === 'sv'
        ? 'För justering'
        : 'For approval';
    await mail(
      deps,
      recipients.map((r) => r.attendee),
      `${subject}: ${session.minutes.title}`,
      outcome.session,
    );
    return outcome;
  } catch (error) {
    return { ...outcome, plannerMessage: describeFailure(error).message };
  }
}

/**
 * Writes my answer for the version SharePoint holds now, provided it is the content I was shown, the secretary
 * saved it, and I am its chair or adjuster. My file is mine alone: a later answer of mine replaces it.
 */
async function answer(
  deps: ApprovalDeps,
  session: RecordSession,
  claimOf: (found: ApprovalFacts, role: ApprovalClaim['role']) => ApprovalClaim,
): Promise<{ found: ApprovalFacts } | { refused: string }> {
  const found = await facts(deps, session);
  if (!found) return { refused: refusalMessage('notInSharePoint', undefined, deps.language) };
  if ((await contentHash(session.minutes)) !== found.version.contentHash)
    return { refused: refusalMessage('contentChanged', found.version, deps.language) };
  const refusal = approvalRefusal(found.version, deps.user.id);
  const role = approverRoleIn(found.version.minutes, deps.user.id);
  if (refusal || !role)
    return { refused: refusalMessage(refusal ?? 'notApproverInVersion', found.version, deps.language) };
  await deps.gateways.files.replace(
    session.remote.driveId,
    approvalFilePath(session.remote.path, deps.user.id),
    approvalClaimJson(claimOf(found, role)),
    'application/json',
  );
  return { found };
}

const claim =
  (kind: ApprovalClaim['kind'], comment?: string) =>
  (found: ApprovalFacts, role: ApprovalClaim['role']): ApprovalClaim => ({
    kind,
    recordItemId: found.version.itemId,
    versionId: found.version.versionId,
    contentHash: found.version.contentHash,
    role,
    ...(comment ? { comment } : {}),
  });

export async function approveRecord(deps: ApprovalDeps, session: RecordSession): Promise<SaveOutcome> {
  try {
    const written = await answer(deps, session, claim('approval'));
    if ('refused' in written) return failed(written.refused);
    const after = await facts(deps, session);
    if (!after) return failed(refusalMessage('notInSharePoint', undefined, deps.language));
    const saved = onVersion(session, after);
    if (after.state.status !== 'approved') return { kind: 'saved', session: saved };
    const filed = await fileApproved(deps, saved, after);
    return { kind: 'saved', session: filed.session, ...(filed.message ? { plannerMessage: filed.message } : {}) };
  } catch (error) {
    return describeFailure(error);
  }
}

/** PDF conversion is retried once at once; after that the view shows the PDF missing and offers to make it. */
const PDF_ATTEMPTS = 2;

async function convertToPdf(deps: ApprovalDeps, driveId: string, docxId: string): Promise<Uint8Array> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await deps.gateways.files.convertToPdf(driveId, docxId);
    } catch (error) {
      if (attempt >= PDF_ATTEMPTS) throw error;
    }
  }
}

/**
 * The approved version's Word document with the stamp of exactly the approvals that verify against it (names as
 * Microsoft 365 gives them), then its PDF. A failure here leaves the approval standing; the message says what is
 * missing.
 */
async function fileApproved(
  deps: ApprovalDeps,
  session: RecordSession,
  found: ApprovalFacts,
): Promise<{ session: RecordSession; message?: string }> {
  const { minutes } = found.version;
  const paths = documentPaths(session.remote.path);
  const latest =
    found.state.approvals
      .map((a) => a.at)
      .sort()
      .at(-1) ?? deps.now().toISOString();
  const stamp = { date: recordDate(latest), names: found.state.approvals.map((a) => a.approver.name) };
  try {
    const docx = await deps.records.writeDocument(
      session.remote.driveId,
      paths.docx,
      await deps.renderDocx(minutes, stamp),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const withDocx = { ...session, remote: { ...session.remote, ...(docx.webUrl ? { docxUrl: docx.webUrl } : {}) } };
    const pdf = await convertToPdf(deps, session.remote.driveId, docx.id);
    const pdfItem = await deps.records.writeDocument(session.remote.driveId, paths.pdf, pdf, 'application/pdf');
    return {
      session: { ...withDocx, remote: { ...withDocx.remote, ...(pdfItem.webUrl ? { pdfUrl: pdfItem.webUrl } : {}) } },
    };
  } catch (error) {
    const reason = describeFailure(error).message;
    return {
      session,
      message:
        deps.language === 'sv'
          ? `Protokollet är justerat, men PDF-filen kunde inte göras ännu (${reason}). Försök igen med "Gör PDF".`
          : `The record is approved, but the PDF could not be made yet (${reason}). Try again with "Make PDF".`,
    };
  }
}

/** Makes the stamped Word document and the PDF again for an approved record whose PDF is missing. */
export async function fileApprovedDocuments(deps: ApprovalDeps, session: RecordSession): Promise<SaveOutcome> {
  try {
    const found = await facts(deps, session);
    if (!found) return failed(refusalMessage('notInSharePoint', undefined, deps.language));
    if (found.state.status !== 'approved')
      return failed(
        deps.language === 'sv'
          ? 'Protokollet är inte justerat i den här versionen.'
          : 'The record is not approved in this version.',
      );
    const filed = await fileApproved(deps, onVersion(session, found), found);
    if (filed.message) return failed(filed.message);
    return { kind: 'saved', session: filed.session };
  } catch (error) {
    return describeFailure(error);
  }
}

export async function requestRecordChanges(
  deps: ApprovalDeps,
  session: RecordSession,
  comment: string,
): Promise<SaveOutcome> {
  try {
    checkChangeComment(comment);
    const written = await answer(deps, session, claim('changeRequest', comment.trim()));
    if ('refused' in written) return failed(written.refused);
    const saved = onVersion(session, written.found);
    const secretaries = saved.minutes.attendees.filter((a) => a.roles.includes('secretary'));
    await mail(
      deps,
      secretaries,
      `${deps.language === 'sv' ? 'Ändringar begärda' : 'Changes requested'}: ${saved.minutes.title}`,
      saved,
    );
    return { kind: 'saved', session: saved };
  } catch (error) {
    if (error instanceof ApprovalError) return failed(error.messages[deps.language]);
    return describeFailure(error);
  }
}
