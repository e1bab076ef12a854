// Reopening an approved (or sent-for-approval) record for changes. Only the record's secretary may do it. The
// save makes a new version, so every approval of the old one stops counting (their files stay, and the approval
// view says they are for an earlier version); the Word document is regenerated without the stamp, and the chair
// and the adjuster are told by mail. The PDF filed at approval stays in SharePoint untouched; the mail says it is
// superseded. An edit saved after sending is the same reopen, so an approved record never changes silently.
import { reopen } from '../../domain/approval';
import { mergeMinutes } from '../../domain/merge';
import type { Attendee, GroupSettings, Language, Minutes } from '../../domain/model';
import type { Gateways } from '../../graph/gateways';
import { escapeHtml } from '../../render/escape';
import type { UiLanguage } from '../../ui/i18n/strings';
import type { SignedInUser } from '../../contracts/appServices';
import type { RecordSession, SaveOutcome } from '../../contracts/records';
import type { RecordStore } from '../records/recordStore';
import { readApprovalFacts } from './approvalFacts';
import { contentHash } from './contentHash';
import { describeFailure } from './failures';
import { sameAddress } from '../../domain/emailKey';

export interface ReopenDeps {
  gateways: Pick<Gateways, 'mail' | 'files'>;
  records: RecordStore;
  user: SignedInUser;
  language: UiLanguage;
  now(): Date;
  save(session: RecordSession): Promise<SaveOutcome>;
  approvalLink(session: RecordSession): string;
}

const refusals = {
  notSecretary: {
    sv: 'Bara protokollets sekreterare kan öppna det för ändringar.',
    en: "Only the record's secretary can reopen it for changes.",
  },
  alreadyDraft: {
    sv: 'Protokollet är redan ett utkast.',
    en: 'The record is already a draft.',
  },
  notSaved: {
    sv: 'Protokollet finns inte i SharePoint.',
    en: 'The record is not in SharePoint.',
  },
  changedMeanwhile: {
    sv: 'Någon annan har ändrat protokollet samtidigt. Ladda om det och försök igen.',
    en: 'Someone else changed the record at the same time. Reload it and try again.',
  },
} as const;

function refused(deps: ReopenDeps, reason: keyof typeof refusals): SaveOutcome {
  return { kind: 'failed', message: refusals[reason][deps.language], offline: false };
}

function isMe(user: SignedInUser, person: { directoryId?: string; email?: string }): boolean {
  return person.directoryId === user.id || sameAddress(person.email, user.userPrincipalName);
}

/**
 * The secretary named in the record; a record that names none falls back to the group's roster, since a
 * secretary who serves several groups is not always listed among the attendees.
 */
function isRecordSecretary(minutes: Minutes, settings: GroupSettings, user: SignedInUser): boolean {
  const inRecord = minutes.attendees.filter((a) => a.roles.includes('secretary'));
  const candidates = inRecord.length > 0 ? inRecord : settings.roster.filter((m) => m.roles.includes('secretary'));
  return candidates.some((person) => isMe(user, person));
}

const mailText = {
  sv: {
    subject: (title: string) => `Öppnat för ändringar: ${title}`,
    reopened: (who: string, title: string) => `${who} har öppnat ${title} för ändringar.`,
    withdrawn:
      'Justeringar som redan gjorts har dragits tillbaka. Du får en ny begäran om justering när protokollet är klart.',
    pdf: 'Den justerade PDF-filen ligger kvar i SharePoint men ersätts av nästa justerade version.',
    open: 'Öppna protokollet',
  },
  en: {
    subject: (title: string) => `Reopened for changes: ${title}`,
    reopened: (who: string, title: string) => `${who} has reopened ${title} for changes.`,
    withdrawn:
      'Approvals already given have been withdrawn. You will get a new request for approval when the record is ready.',
    pdf: 'The approved PDF stays in SharePoint but is superseded by the next approved version.',
    open: 'Open the record',
  },
} satisfies Record<Language, unknown>;

/** Written in the record's language: the recipients read the record in it, whatever the sender's UI says. */
function reopenMail(
  minutes: Minutes,
  who: string,
  wasApproved: boolean,
  link: string,
): { subject: string; html: string } {
  const text = mailText[minutes.language];
  const paragraphs = [text.reopened(who, minutes.title), text.withdrawn, ...(wasApproved ? [text.pdf] : [])];
  return {
    subject: text.subject(minutes.title),
    html: [
      ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
      `<p><a href="${escapeHtml(link)}">${escapeHtml(text.open)}</a></p>`,
    ].join('\n'),
  };
}

function approvers(minutes: Minutes): Attendee[] {
  return minutes.attendees.filter((a) => (a.roles.includes('chair') || a.roles.includes('adjuster')) && a.email);
}

/**
 * Acts on the record as SharePoint holds it now, with the secretary's unsaved edits merged in: an approval that
 * arrived after the session was read is withdrawn too, and its approver is told.
 */
export async function reopenRecord(deps: ReopenDeps, session: RecordSession): Promise<SaveOutcome> {
  try {
    const stored = await deps.records.read(session.remote.driveId, session.remote.path);
    if (!stored) return refused(deps, 'notSaved');
    const current = session.base
      ? mergeMinutes(session.base, session.minutes, stored.minutes)
      : { merged: stored.minutes };
    if ('conflicts' in current) return refused(deps, 'changedMeanwhile');
    const minutes = current.merged;
    // SharePoint says who created the record; the names in the JSON only for records made before it was kept.
    const secretary = stored.item.createdBy
      ? stored.item.createdBy.id === deps.user.id
      : isRecordSecretary(minutes, session.settings, deps.user);
    if (!secretary) return refused(deps, 'notSecretary');
    if (minutes.status === 'draft') return refused(deps, 'alreadyDraft');

    const wasApproved = await isApproved(deps, session);
    const outcome = await deps.save({
      ...session,
      minutes: reopen(minutes, deps.now()),
      base: stored.minutes,
      remote: { ...session.remote, itemId: stored.item.id, etag: stored.item.eTag },
    });
    return await told(deps, minutes, wasApproved, outcome);
  } catch (error) {
    return describeFailure(error);
  }
}

async function isApproved(deps: ReopenDeps, session: RecordSession): Promise<boolean> {
  const found = await readApprovalFacts(
    { records: deps.records, files: deps.gateways.files },
    session.remote.driveId,
    session.remote.path,
    session.settings.notesApprovers,
  );
  return found?.state.status === 'approved';
}

/** After a reopening save: the filed PDF no longer describes a valid approval, and the approvers hear of it. */
async function told(
  deps: ReopenDeps,
  minutes: Minutes,
  wasApproved: boolean,
  outcome: SaveOutcome,
): Promise<SaveOutcome> {
  if (outcome.kind !== 'saved') return outcome;
  const { pdfUrl: _superseded, ...remote } = outcome.session.remote;
  const saved = { ...outcome.session, remote };
  const to = approvers(minutes).map((a) => ({ name: a.name, address: a.email! }));
  if (to.length === 0) return { ...outcome, session: saved };
  try {
    await deps.gateways.mail.send({
      ...reopenMail(minutes, deps.user.displayName, wasApproved, deps.approvalLink(saved)),
      to,
    });
    return { ...outcome, session: saved };
  } catch (error) {
    // The record is reopened either way; the secretary is told the mail did not go out.
    const plannerMessage = [outcome.plannerMessage, describeFailure(error).message].filter(Boolean).join('; ');
    return { ...outcome, session: saved, plannerMessage };
  }
}

/**
 * The secretary's save. Once the record has gone to its approvers, a save that changes its content reopens it:
 * back to draft, and the approvers told, whether or not they had approved yet.
 */
export async function saveEditedRecord(deps: ReopenDeps, session: RecordSession): Promise<SaveOutcome> {
  const { base } = session;
  const sentBefore = base?.status === 'sentForApproval' && session.minutes.status === 'sentForApproval';
  if (!sentBefore || !session.remote.itemId || (await contentHash(base)) === (await contentHash(session.minutes)))
    return deps.save(session);
  try {
    const wasApproved = await isApproved(deps, session);
    const outcome = await deps.save({ ...session, minutes: reopen(session.minutes, deps.now()) });
    return await told(deps, session.minutes, wasApproved, outcome);
  } catch (error) {
    return describeFailure(error);
  }
}
