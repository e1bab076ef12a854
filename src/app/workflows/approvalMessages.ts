// Every refusal in approval says why, in the user's language: which version, who saved it, whose answer.
import type { RecordVersion, RefusalReason, RefusedAnswer } from '../../domain/approval';
import type { UiLanguage } from '../../ui/i18n/strings';

type Messages = Record<UiLanguage, string>;

/** Why the signed-in user cannot approve the version they are shown. */
export function refusalMessage(
  reason: RefusalReason | 'contentChanged' | 'notInSharePoint',
  version: Pick<RecordVersion, 'versionId' | 'savedBy' | 'secretary'> | undefined,
  language: UiLanguage,
): string {
  const v = version?.versionId ?? '';
  const savedBy = version?.savedBy.name || version?.savedBy.id || '?';
  const secretary = version?.secretary.name || version?.secretary.id || '?';
  const messages: Partial<Record<typeof reason, Messages>> = {
    notSecretaryVersion: {
      sv: `Version ${v} av protokollet sparades av ${savedBy}, inte av sekreteraren ${secretary}. Den kan inte justeras förrän sekreteraren har sparat protokollet.`,
      en: `Version ${v} of the record was saved by ${savedBy}, not by the secretary ${secretary}. It cannot be approved until the secretary saves the record.`,
    },
    notApproverInVersion: {
      sv: `Du är inte ordförande eller justerare i version ${v} av protokollet.`,
      en: `You are not the chair or the adjuster in version ${v} of the record.`,
    },
    contentChanged: {
      sv: `Protokollet har ändrats sedan du öppnade det (nu version ${v}). Läs det igen innan du justerar.`,
      en: `The record has changed since you opened it (now version ${v}). Read it again before approving.`,
    },
    notInSharePoint: {
      sv: 'Protokollet finns inte längre i SharePoint.',
      en: 'The record is no longer in SharePoint.',
    },
  };
  return (messages[reason] ?? messages.contentChanged!)[language];
}

/** Why an answer in the record's folder does not count for the version shown. */
export function refusedAnswerMessage(answer: RefusedAnswer, currentVersion: string, language: UiLanguage): string {
  const { owner, writtenBy } = answer;
  const writer = writtenBy.name || writtenBy.id;
  const messages: Record<RefusalReason, Messages> = {
    otherVersion: {
      sv: `Svaret från ${owner} gäller en tidigare version (${answer.versionId ?? '?'}) och räknas inte för version ${currentVersion}.`,
      en: `The answer from ${owner} is for an earlier version (${answer.versionId ?? '?'}) and does not count for version ${currentVersion}.`,
    },
    writtenBySomeoneElse: {
      sv: `Svaret i ${owner}s namn skrevs av ${writer} och räknas inte.`,
      en: `The answer in ${owner}'s name was written by ${writer} and does not count.`,
    },
    notApproverInVersion: {
      sv: `${writer} är inte ordförande eller justerare i version ${currentVersion}; svaret räknas inte.`,
      en: `${writer} is not the chair or the adjuster in version ${currentVersion}; the answer does not count.`,
    },
    notSecretaryVersion: {
      sv: `Svaret från ${owner} räknas inte: version ${currentVersion} sparades inte av sekreteraren.`,
      en: `The answer from ${owner} does not count: version ${currentVersion} was not saved by the secretary.`,
    },
    otherRecord: {
      sv: `Svaret från ${owner} gäller ett tidigare protokoll med samma namn och räknas inte.`,
      en: `The answer from ${owner} is for an earlier record of the same name and does not count.`,
    },
    unreadable: {
      sv: `En justeringsfil skriven av ${writer} kunde inte läsas och räknas inte.`,
      en: `An approval file written by ${writer} could not be read and does not count.`,
    },
  };
  return messages[answer.reason][language];
}
