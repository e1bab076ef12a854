// Justering. An approval names the hash of exactly the content the approver read, is written into the
// record's source by the approver (so SharePoint's version history says who wrote it), and counts only
// while both still hold. Sending for approval and asking for changes notify by mail.
import {
  approvalState,
  approve,
  markApproved,
  objectionPeriodEnds,
  requestChanges,
  requiredApprovers,
  sendForApproval,
} from '../../domain/approval';
import { isPresent } from '../../domain/attendees';
import { recordDate } from '../../domain/format';
import type { Attendee, Minutes } from '../../domain/model';
import { validateForApproval } from '../../domain/validation';
import { ConflictError, type DriveItemVersion, type Gateways } from '../../graph/gateways';
import { mailSummaryHtml } from '../../render/mailSummary';
import type { SignedInUser } from '../../contracts/appServices';
import type { ApprovalView } from '../../contracts/approval';
import type { RecordSession, SaveOutcome } from '../../contracts/records';
import type { UiLanguage } from '../../ui/i18n/strings';
import { recordPaths } from '../records/recordPaths';
import type { RecordStore } from '../records/recordStore';
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

/**
 * Who wrote the version that added each approver's entry: the version right after the one the approver read
 * (`basedOn`, SharePoint's own clock). Their write was conditional on that version, so nobody can have saved
 * in between. An entry without `basedOn` cannot be placed in the history and counts as unverified.
 */
export function versionAuthors(minutes: Minutes, versions: DriveItemVersion[]): Map<string, string | undefined> {
  const byTime = [...versions].sort((a, b) => Date.parse(a.lastModifiedDateTime) - Date.parse(b.lastModifiedDateTime));
  return new Map(
    minutes.approvals.map((entry) => {
      const version = entry.basedOn
        ? byTime.find((v) => Date.parse(v.lastModifiedDateTime) > Date.parse(entry.basedOn!))
        : undefined;
      return [entry.approverId, version?.lastModifiedBy.id];
    }),
  );
}

function approverAttendee(minutes: Minutes, user: SignedInUser): Attendee | undefined {
  return minutes.attendees.find(
    (a) => a.directoryId === user.id && (a.roles.includes('chair') || a.roles.includes('adjuster')),
  );
}

export async function approvalViewOf(deps: ApprovalDeps, session: RecordSession): Promise<ApprovalView> {
  const { minutes } = session;
  const [hash, versions] = await Promise.all([
    contentHash(minutes),
    session.remote.itemId
      ? deps.gateways.files.versions(session.remote.driveId, session.remote.itemId)
      : Promise.resolve([]),
  ]);
  const state = approvalState(minutes, hash, versionAuthors(minutes, versions), session.settings.notesApprovers);
  const me = approverAttendee(minutes, deps.user);
  const filedAfter = objectionPeriodEnds(minutes);
  const approvedBy = minutes.approvals
    .filter((e) => e.kind === 'approval' && !state.stale.includes(e) && !state.unverified.includes(e))
    .map((e) => e.name);
  return {
    status: state.status,
    approvedBy,
    missing: state.missing,
    stale: state.stale,
    unverified: state.unverified,
    changeRequests: state.changeRequests.map((c) => ({ name: c.name, comment: c.comment, at: c.at })),
    canApprove: Boolean(me) && minutes.status !== 'approved',
    noApprovers: requiredApprovers(minutes, session.settings.notesApprovers).length === 0,
    ...(filedAfter ? { filedAfter: recordDate(filedAfter.toISOString()) } : {}),
    ...(me ? { myRole: me.roles.includes('chair') ? 'chair' : 'adjuster' } : {}),
  };
}

/** The approver approves what is in SharePoint now, and only if it is what they were shown. */
async function freshRecord(
  deps: ApprovalDeps,
  session: RecordSession,
): Promise<{ session: RecordSession; modified?: string }> {
  const stored = await deps.records.read(session.remote.driveId, session.remote.path);
  if (!stored) throw new Error('The record is no longer in SharePoint.');
  const [shown, current] = await Promise.all([contentHash(session.minutes), contentHash(stored.minutes)]);
  if (shown !== current)
    throw new Error('The record was changed after you opened it. Reload and read it again before approving.');
  return {
    session: {
      ...session,
      minutes: stored.minutes,
      base: stored.minutes,
      remote: { ...session.remote, itemId: stored.item.id, etag: stored.item.eTag, webUrl: stored.item.webUrl },
    },
    ...(stored.item.lastModifiedDateTime ? { modified: stored.item.lastModifiedDateTime } : {}),
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

function approvers(minutes: Minutes): Attendee[] {
  return minutes.attendees.filter((a) => a.roles.includes('chair') || a.roles.includes('adjuster'));
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
    const toEveryone = requiredApprovers(sent, session.settings.notesApprovers).length === 0;
    const recipients = toEveryone
      ? sent.attendees.filter((a) => !a.external && isPresent(a.presence))
      : approvers(sent);
    const subject = toEveryone
      ? deps.language === 'sv'
        ? 'För synpunkter inom en vecka'
        : 'For comments within a week'
      : deps.language === 'sv'
        ? 'För justering'
        : 'For approval';
    await mail(deps, recipients, `${subject}: ${session.minutes.title}`, outcome.session);
    return outcome;
  } catch (error) {
    return { ...outcome, plannerMessage: describeFailure(error).message };
  }
}

/**
 * The mail reaches the chair and the adjuster at once, so both often approve the same version: the later write meets
 * the other's entry (412). While the content is still what this approver read, their entry goes onto the new version.
 */
const ENTRY_ATTEMPTS = 3;

async function recordEntry(
  deps: ApprovalDeps,
  session: RecordSession,
  change: (minutes: Minutes, hash: string, basedOn?: string) => Minutes,
): Promise<{ session: RecordSession; saved: RecordSession }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeEntry(deps, session, change);
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= ENTRY_ATTEMPTS) throw error;
    }
  }
}

async function writeEntry(
  deps: ApprovalDeps,
  session: RecordSession,
  change: (minutes: Minutes, hash: string, basedOn?: string) => Minutes,
): Promise<{ session: RecordSession; saved: RecordSession }> {
  const { session: fresh, modified } = await freshRecord(deps, session);
  const hash = await contentHash(fresh.minutes);
  const minutes = change(fresh.minutes, hash, modified);
  const item = await deps.records.writeSource(fresh.remote.driveId, fresh.remote.path, minutes, fresh.remote.etag);
  const saved = { ...fresh, minutes, base: minutes, remote: { ...fresh.remote, itemId: item.id, etag: item.eTag } };
  return { session: fresh, saved };
}

export async function approveRecord(deps: ApprovalDeps, session: RecordSession): Promise<SaveOutcome> {
  try {
    const me = { id: deps.user.id, name: deps.user.displayName };
    let { saved } = await recordEntry(deps, session, (minutes, hash, basedOn) =>
      approve(minutes, me, hash, deps.now(), basedOn),
    );
    const view = await approvalViewOf(deps, saved);
    if (view.status === 'approved') {
      saved = await finalise(deps, saved, view.approvedBy);
    }
    return { kind: 'saved', session: saved };
  } catch (error) {
    return describeFailure(error);
  }
}

/** All required approvals are in: the record is approved, the Word document carries the stamp, and a PDF is filed. */
async function finalise(deps: ApprovalDeps, session: RecordSession, names: string[]): Promise<RecordSession> {
  const minutes = markApproved(session.minutes, deps.now());
  const paths = recordPaths(session.settings, minutes);
  const stamp = { date: recordDate(deps.now().toISOString()), names };
  // The documents first, the status last: a failure on the way leaves the record waiting with both approvals, where
  // approving again finishes it (an approved record offers no approve action, and would stay without its PDF).
  const docx = await deps.records.writeDocument(
    session.remote.driveId,
    paths.docx,
    await deps.renderDocx(minutes, stamp),
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  );
  const pdf = await deps.gateways.files.convertToPdf(session.remote.driveId, docx.id);
  const pdfItem = await deps.records.writeDocument(session.remote.driveId, paths.pdf, pdf, 'application/pdf');
  const item = await deps.records.writeSource(
    session.remote.driveId,
    session.remote.path,
    minutes,
    session.remote.etag,
  );
  return {
    ...session,
    minutes,
    base: minutes,
    remote: { ...session.remote, etag: item.eTag, docxUrl: docx.webUrl, pdfUrl: pdfItem.webUrl },
  };
}

export async function requestRecordChanges(
  deps: ApprovalDeps,
  session: RecordSession,
  comment: string,
): Promise<SaveOutcome> {
  try {
    const me = { id: deps.user.id, name: deps.user.displayName };
    const { saved } = await recordEntry(deps, session, (minutes, hash, basedOn) =>
      requestChanges(minutes, me, hash, comment, deps.now(), basedOn),
    );
    const secretaries = saved.minutes.attendees.filter((a) => a.roles.includes('secretary'));
    await mail(
      deps,
      secretaries,
      `${deps.language === 'sv' ? 'Ändringar begärda' : 'Changes requested'}: ${saved.minutes.title}`,
      saved,
    );
    return { kind: 'saved', session: saved };
  } catch (error) {
    return describeFailure(error);
  }
}
