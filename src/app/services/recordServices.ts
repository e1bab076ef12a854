// Meetings, opening and saving records, people search.
import type { MeetingSummary, OpenTarget, RecordServices } from '../../contracts/records';
import { parseRecordKey } from '../records/recordPaths';
import type { ServiceContext } from '../serviceContext';
import type { LocalServices } from './localServices';
import { findEvent } from '../workflows/findEvent';
import type { EarlyWave } from '../workflows/firstWave';
import { meetingPreview } from '../workflows/meetingPreview';
import { followUpProgress } from '../workflows/followUps';
import { openRecord } from '../workflows/openRecord';
import { openStoredRecord } from '../workflows/openStoredRecord';
import type { PendingConflicts, SaveDeps } from '../workflows/saveRecord';

/** The device's own part (opening from and keeping the draft) is ./localServices: it works before sign-in. */
type RemoteRecordServices = Omit<RecordServices, keyof LocalServices>;

export function recordServices(
  context: ServiceContext,
  extra: {
    saveDeps: SaveDeps;
    pending: PendingConflicts;
    tenantDomains: string[];
    firstWave?: EarlyWave;
  },
): RemoteRecordServices {
  const { gateways, records, drafts, now } = context;
  const firstWave = (target: OpenTarget) => {
    const wave = extra.firstWave?.take(target);
    return wave ? { firstWave: wave } : {};
  };
  return {
    async listMeetings(window): Promise<MeetingSummary[]> {
      const events = await gateways.calendar.listEvents(window);
      return events
        .map((e) => ({
          eventId: e.id,
          subject: e.subject,
          start: e.start,
          end: e.end,
          isOnlineMeeting: e.isOnlineMeeting,
          ...(e.organizer ? { organizer: e.organizer.name } : {}),
          ...(e.location ? { location: e.location } : {}),
        }))
        .sort((a, b) => a.start.localeCompare(b.start));
    },
    async listGroups() {
      return (await gateways.groups.joinedTeams()).map((g) => ({ id: g.id, name: g.displayName }));
    },
    openRecord: (target, options) =>
      target.kind === 'record'
        ? openStoredRecord({ records, gateways }, parseRecordKey(target.recordKey))
        : openRecord(
            { gateways, records, drafts, tenantDomains: extra.tenantDomains, now, ...firstWave(target) },
            target,
            options?.groupId,
          ),
    // Once sent, an edit is a reopen (approvals withdrawn, approvers told): see reopen.ts.
    saveRecord: async (session) => (await import('../workflows/reopen')).saveEditedRecord(context, session),
    resolveConflicts: async (session, choices) =>
      (await import('../workflows/saveRecord')).resolveConflicts(extra.saveDeps, session, choices, extra.pending),
    async previewMeeting(target) {
      const event = await (extra.firstWave?.peek(target)?.event ?? findEvent(gateways, target, now()));
      return event ? meetingPreview(event) : undefined;
    },
    followUpProgress: (followUps) => followUpProgress(gateways.planner, followUps),
    async searchPeople(query) {
      const people = await gateways.directory.search(query);
      return people.map((p) => ({ name: p.displayName, directoryId: p.id, ...(p.mail ? { email: p.mail } : {}) }));
    },
  };
}
