// The app's open and save workflows in Node, composed as src/app/createServices.ts composes them, over the real
// Graph client and gateways against the emulator. Drafts live in memory; the draft checkpoint is a no-op.
import { createDevTokenProvider } from '../src/auth/devTokenProvider';
import type { Minutes } from '../src/domain/model';
import { createGateways } from '../src/graph';
import { createGraphClient } from '../src/graph/client';
import type { CalendarEvent, Gateways } from '../src/graph/gateways';
import { RecordStore } from '../src/app/records/recordStore';
import { openRecord } from '../src/app/workflows/openRecord';
import { saveRecord, type PendingConflicts, type SaveDeps } from '../src/app/workflows/saveRecord';
import { renderDocx } from '../src/render/docx';
import { createDraftStore } from '../src/storage/draftStore';
import { createMemoryKeyValueStore } from '../src/storage/memoryKeyValueStore';
import type { OpenTarget, RecordSession } from '../src/contracts/records';

export const SECRETARY = 'asa.lindqvist@samverkan.example';
export const FORUM = 'Samverkansforum närvård';

export interface AppInNode {
  gateways: Gateways;
  open(target: OpenTarget): Promise<RecordSession>;
  /** Saves and returns the saved session; throws when the save did not go through. */
  save(session: RecordSession): Promise<RecordSession>;
  /** The signed-in user's event with this subject, from the calendar view of the coming weeks. */
  findMeeting(subject: string): Promise<CalendarEvent>;
}

const DAY = 24 * 60 * 60 * 1000;

export function appInNode(emulatorUrl: string, upn = SECRETARY): AppInNode {
  // The Graph client uses global fetch, which cannot be given the emulator's CA per call.
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  const gateways = createGateways(createGraphClient({ baseUrl: emulatorUrl, tokens: createDevTokenProvider({ upn }) }));
  const records = new RecordStore(gateways.files);
  const drafts = createDraftStore(createMemoryKeyValueStore());
  const now = () => new Date();
  const pending: PendingConflicts = new Map();
  const saveDeps: SaveDeps = {
    planner: gateways.planner,
    records,
    now,
    renderDocx: (minutes: Minutes) => renderDocx(minutes),
    persist: async () => undefined,
    settingsStored: async (groupId) => (await records.settings(groupId, '')).stored,
  };
  return {
    gateways,
    open: (target) => openRecord({ gateways, records, drafts, tenantDomains: [upn.split('@')[1] ?? ''], now }, target),
    async save(session) {
      const outcome = await saveRecord(saveDeps, session, pending);
      if (outcome.kind !== 'saved')
        throw new Error(`The save did not go through: ${outcome.kind === 'failed' ? outcome.message : 'conflict'}`);
      return outcome.session;
    },
    async findMeeting(subject) {
      const events = await gateways.calendar.listEvents({
        start: new Date(Date.now() - DAY),
        end: new Date(Date.now() + 60 * DAY),
      });
      const event = events.find((candidate) => candidate.subject === subject);
      if (!event) throw new Error(`No meeting "${subject}" in the coming weeks`);
      return event;
    },
  };
}
