// The app's actions over the gateways and local storage: what the UI calls (src/contracts/).
// Each concern builds its part in src/app/services/ from one shared ServiceContext.
import type { Minutes } from '../domain/model';
import type { Gateways } from '../graph/gateways';
import type { HostAdapter } from '../hosts/hostAdapter';
import type { DraftStore } from '../storage/draftStore';
import type { AppServices, SignedInUser } from '../contracts/appServices';
import type { UiLanguage } from '../ui/i18n/strings';
import { recordKeyOf } from './records/recordPaths';
import { RecordStore } from './records/recordStore';
import type { ServiceContext } from './serviceContext';
import { lazyGroup } from './services/lazyGroup';
import { localServices } from './services/localServices';
import { recordServices } from './services/recordServices';
import type { EarlyWave } from './workflows/firstWave';
import type { PendingConflicts, SaveDeps } from './workflows/saveRecord';

export interface ServiceDeps {
  gateways: Gateways;
  drafts: DraftStore;
  host: HostAdapter;
  user: SignedInUser;
  language: UiLanguage;
  tenantDomains: string[];
  now?: () => Date;
  /** The first round trip of the first screen's record, started before the user's profile was known. */
  firstWave?: EarlyWave;
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

  const local = localServices(deps.drafts, now);

  const saveDeps: SaveDeps = {
    planner: deps.gateways.planner,
    records,
    now,
    renderDocx: (m) => renderDocx(m),
    persist: local.persistDraft,
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
    save: async (session) => {
      const { saveRecord } = await import('./workflows/saveRecord');
      const outcome = await saveRecord(saveDeps, session, pending);
      if (outcome.kind !== 'saved') return outcome;
      // People with no account in the collaboration's tenant get their tasks by mail, once.
      const { mailOutsideAssignees } = await import('./workflows/mailAssignments');
      const mailed = await mailOutsideAssignees(
        { mail: deps.gateways.mail, now, persist: local.persistDraft },
        outcome.session,
        deps.host.approvalLink(recordKeyOf(outcome.session.remote.driveId, outcome.session.remote.path)),
      );
      // The ledger goes to SharePoint at once, so no other device mails the same people again.
      return mailed === outcome.session ? outcome : saveRecord(saveDeps, mailed, pending);
    },
    persistDraft: local.persistDraft,
    persistDraftNow: local.persistDraftNow,
    renderDocx,
    approvalLink: (session) => deps.host.approvalLink(recordKeyOf(session.remote.driveId, session.remote.path)),
  };

  return {
    ...local,
    ...recordServices(context, {
      saveDeps,
      pending,
      tenantDomains: deps.tenantDomains,
      ...(deps.firstWave ? { firstWave: deps.firstWave } : {}),
    }),
    ...lazyGroup(
      async () => (await import('./services/approvalServices')).approvalServices(context),
      ['sendForApproval', 'approvalView', 'approve', 'requestChanges', 'fileApprovedDocuments'],
    ),
    ...lazyGroup(
      async () => (await import('./services/attendanceServices')).attendanceServices(context),
      ['joinedMeeting', 'rememberRoles', 'rememberList'],
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
