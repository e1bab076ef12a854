// The app's actions over the gateways and local storage: what the UI calls (ui/services.ts).
import type { AssigneeRef, Minutes } from '../domain/model';
import type { Gateways } from '../graph/gateways';
import type { HostAdapter } from '../hosts/hostAdapter';
import type { DraftStore } from '../storage/draftStore';
import type { AppServices, MeetingSummary, RecordSession, SignedInUser } from '../ui/services';
import type { UiLanguage } from '../ui/i18n/strings';
import { parseRecordKey, recordKeyOf } from './records/recordPaths';
import { RecordStore } from './records/recordStore';
import { approvalViewOf, approveRecord, requestRecordChanges, sendRecordForApproval, type ApprovalDeps } from './workflows/approval';
import { openRecord, type OpenDeps } from './workflows/openRecord';
import { openStoredRecord } from './workflows/openStoredRecord';
import { resolveConflicts, saveRecord, type PendingConflicts, type SaveDeps } from './workflows/saveRecord';

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

  const persistDraft = async (session: RecordSession): Promise<void> => {
    await deps.drafts.save(session.key, {
      minutes: session.minutes,
      ...(session.base ? { base: session.base } : {}),
      ...(session.remote.etag ? { etag: session.remote.etag } : {}),
      ...(session.remote.itemId ? { itemId: session.remote.itemId } : {}),
      savedAt: now().toISOString(),
      remoteSavedRevision: session.base && session.base.revision === session.minutes.revision ? session.minutes.revision : -1,
    });
  };

  const openDeps: OpenDeps = { gateways: deps.gateways, records, drafts: deps.drafts, tenantDomains: deps.tenantDomains, now };
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
  const save = (session: RecordSession) => saveRecord(saveDeps, session, pending);
  const approvalDeps: ApprovalDeps = {
    gateways: deps.gateways,
    records,
    user: deps.user,
    language: deps.language,
    now,
    approvalLink: (session) => deps.host.approvalLink(recordKeyOf(session.remote.driveId, session.remote.path)),
    renderDocx,
    save,
  };

  return {
    user: deps.user,
    async listMeetings(window): Promise<MeetingSummary[]> {
      const events = await deps.gateways.calendar.listEvents(window);
      return events
        .map((e) => ({ eventId: e.id, subject: e.subject, start: e.start, end: e.end, isOnlineMeeting: e.isOnlineMeeting, ...(e.organizer ? { organizer: e.organizer.name } : {}), ...(e.location ? { location: e.location } : {}) }))
        .sort((a, b) => a.start.localeCompare(b.start));
    },
    async listGroups() {
      return (await deps.gateways.groups.joinedTeams()).map((g) => ({ id: g.id, name: g.displayName }));
    },
    openRecord: (target, options) => (target.kind === 'record' ? openStoredRecord({ records, gateways: deps.gateways }, parseRecordKey(target.recordKey)) : openRecord(openDeps, target, options?.groupId)),
    persistDraft,
    saveRecord: save,
    resolveConflicts: (session, choices) => resolveConflicts(saveDeps, session, choices, pending),
    sendForApproval: (session) => sendRecordForApproval(approvalDeps, session),
    approvalView: (session) => approvalViewOf(approvalDeps, session),
    approve: (session) => approveRecord(approvalDeps, session),
    requestChanges: (session, comment) => requestRecordChanges(approvalDeps, session, comment),
    async searchPeople(query): Promise<AssigneeRef[]> {
      const people = await deps.gateways.directory.search(query);
      return people.map((p) => ({ name: p.displayName, directoryId: p.id, ...(p.mail ? { email: p.mail } : {}) }));
    },
  };
}
