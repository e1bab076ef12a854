// The app's actions over the gateways and local storage: what the UI calls (src/contracts/).
// Each concern builds its part in src/app/services/ from one shared ServiceContext.
import type { Minutes } from '../domain/model';
import type { Gateways } from '../graph/gateways';
import type { HostAdapter } from '../hosts/hostAdapter';
import type { DraftStore, StoredDraft } from '../storage/draftStore';
import type { AppServices, SignedInUser } from '../contracts/appServices';
import type { RecordSession } from '../contracts/records';
import type { UiLanguage } from '../ui/i18n/strings';
import { recordKeyOf } from './records/recordPaths';
import { RecordStore } from './records/recordStore';
import type { ServiceContext } from './serviceContext';
import { lazyGroup } from './services/lazyGroup';
import { recordServices } from './services/recordServices';
import type { PendingConflicts, SaveDeps } from './workflows/saveRecord';

export interface ServiceDeps {
  gateways: Gateways;
  drafts: DraftStore;
  host: HostAdapter;
  user: SignedInUser;
  language: UiLanguage;
  tenantDomains: string[];
  now?: () => Date;
}

const renderDocx = async (minutes: Minutes, approval?: { date: string; names: string[] }): Promise<Uint8Array> => {
  // The Word renderer (and the docx library) load on the first save only: the side panel stays small.
  const { renderDocx: render } = await import('../render/docx');
  return render(minutes, approval ? { approval } : undefined);
};

export function createServices(deps: ServiceDeps): AppServices {
  const now = deps.now ?? (() => new Date());
  const records = new RecordStore(deps.gateways.files);
  const pending: PendingConflicts = new Map();
  const storedSettings = new Set<string>();

  const draftOf = (session: RecordSession): StoredDraft => ({
    minutes: session.minutes,
    ...(session.base ? { base: session.base } : {}),
    ...(session.remote.etag ? { etag: session.remote.etag } : {}),
    ...(session.remote.itemId ? { itemId: session.remote.itemId } : {}),
    savedAt: now().toISOString(),
    remoteSavedRevision:
      session.base && session.base.revision === session.minutes.revision ? session.minutes.revision : -1,
  });
  const persistDraft = (session: RecordSession): Promise<void> => deps.drafts.save(session.key, draftOf(session));

  const saveDeps: SaveDeps = {
    planner: deps.gateways.planner,
    records,
    now,
    renderDocx: (m) => renderDocx(m),
    persist: persistDraft,
    settingsStored: async (groupId) => {
      if (storedSettings.has(groupId)) return true;
      const stored = (await records.settings(groupId, '')).stored;
      if (stored) storedSettings.add(groupId);
      return stored;
    },
  };

  const context: ServiceContext = {
    gateways: deps.gateways,
    records,
    drafts: deps.drafts,
    host: deps.host,
    user: deps.user,
    language: deps.language,
    now,
    // The save workflow (Planner sync, merge) loads with the first save, not with the panel.
    save: async (session) => (await import('./workflows/saveRecord')).saveRecord(saveDeps, session, pending),
    persistDraft,
    persistDraftNow: (session) => deps.drafts.saveNow(session.key, draftOf(session)),
    renderDocx,
    approvalLink: (session) => deps.host.approvalLink(recordKeyOf(session.remote.driveId, session.remote.path)),
  };

  return {
    user: deps.user,
    ...recordServices(context, { saveDeps, pending, tenantDomains: deps.tenantDomains }),
    ...lazyGroup(
      async () => (await import('./services/approvalServices')).approvalServices(context),
      ['sendForApproval', 'approvalView', 'approve', 'requestChanges', 'fileApprovedDocuments'],
    ),
    ...lazyGroup(
      async () => (await import('./services/attendanceServices')).attendanceServices(context),
      ['joinedMeeting', 'rememberRoles'],
    ),
    ...lazyGroup(
      async () => (await import('./services/archiveServices')).archiveServices(context),
      ['listRecords', 'recordHistory', 'reopen'],
    ),
    ...lazyGroup(
      async () => (await import('./services/personalServices')).personalServices(context),
      ['recordsAwaitingMyApproval', 'myAssignments'],
    ),
    ...lazyGroup(
      async () => (await import('./services/settingsServices')).settingsServices(context),
      ['loadSettings', 'saveSettings', 'listPlans', 'createPlan'],
    ),
    ...lazyGroup(
      async () => (await import('./services/plannerServices')).plannerServices(context),
      ['deletePlannerTask'],
    ),
    // mammoth comes with it, on the first import only.
    ...lazyGroup(
      async () => (await import('./services/importServices')).importServices(context),
      ['listRecordFiles', 'importRecord'],
    ),
  };
}
