// What every group of app services shares: the gateways, the record files, local drafts, the host,
// the signed-in user and the save workflow. Each src/app/services/*.ts builds its part of AppServices from it.
import type { Minutes } from '../domain/model';
import type { Gateways } from '../graph/gateways';
import type { HostAdapter } from '../hosts/hostAdapter';
import type { DraftStore } from '../storage/draftStore';
import type { UiLanguage } from '../ui/i18n/strings';
import type { SignedInUser } from '../contracts/appServices';
import type { RecordSession, SaveOutcome } from '../contracts/records';
import type { RecordStore } from './records/recordStore';

export interface ServiceContext {
  gateways: Gateways;
  records: RecordStore;
  drafts: DraftStore;
  host: HostAdapter;
  user: SignedInUser;
  language: UiLanguage;
  now(): Date;
  /** The whole save: Planner, source with If-Match (merge on 412), Word document. */
  save(session: RecordSession): Promise<SaveOutcome>;
  persistDraft(session: RecordSession): Promise<void>;
  persistDraftNow(session: RecordSession): void;
  /** Lazy Word rendering, with the approval stamp when given. */
  renderDocx(minutes: Minutes, approval?: { date: string; names: string[] }): Promise<Uint8Array>;
  /** A link that opens the approval view of a record. */
  approvalLink(session: RecordSession): string;
}
