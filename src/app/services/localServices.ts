// What the app does on this device alone: open a meeting's record as the device last had it, and keep the draft.
// Available before sign-in has finished, so the side panel can open from the device at once (local first).
import type { DraftStore } from '../../storage/draftStore';
import type { AppServices } from '../../contracts/appServices';
import type { OpenTarget, RecordSession } from '../../contracts/records';
import { draftOf, openLocalRecord } from '../records/draftOf';

export type LocalServices = Pick<
  AppServices,
  'openLocal' | 'openedLocally' | 'persistDraft' | 'persistDraftNow' | 'forgetUntouchedDraft' | 'previewedMeeting'
>;

export interface EarlyLocalServices extends LocalServices {
  /**
   * Starts reading the device's copy of the meeting the surface will open, before the screen has rendered: the
   * screen's first `openLocal` of that target takes this read instead of starting its own (issue 17: the database
   * waits overlap loading the first screen instead of following it). Later calls read afresh. Returns the read, for
   * the first render to wait on.
   */
  openEarly(target: OpenTarget): Promise<RecordSession | undefined>;
}

export function localServices(drafts: DraftStore, now: () => Date): EarlyLocalServices {
  const early = new Map<string, Promise<RecordSession | undefined>>();
  const settled = new Map<string, RecordSession>();
  return {
    // The device keeps no calendar events: the composition root answers from sign-in's first round trip instead
    // (./earlyPreview).
    previewedMeeting: () => undefined,
    openEarly(target) {
      const key = JSON.stringify(target);
      const read = openLocalRecord(drafts, target);
      read.then((session) => session && early.get(key) === read && settled.set(key, session)).catch(() => undefined);
      early.set(key, read);
      return read;
    },
    openedLocally(target) {
      const key = JSON.stringify(target);
      const session = settled.get(key);
      // Taken: a later open reads the device afresh. It stays on offer (a screen may render twice before it mounts)
      // until the record's draft is written again, which makes it stale.
      if (session) early.delete(key);
      return session;
    },
    openLocal(target) {
      const key = JSON.stringify(target);
      const read = early.get(key);
      early.delete(key);
      settled.delete(key);
      return read ?? openLocalRecord(drafts, target);
    },
    persistDraft: (session) => {
      settled.clear();
      return drafts.save(session.key, draftOf(session, now()));
    },
    persistDraftNow: (session) => {
      settled.clear();
      drafts.saveNow(session.key, draftOf(session, now()));
    },
    // Only a record without a single edit: a draft with text is never thrown away from here.
    forgetUntouchedDraft: async (session) => {
      if (session.minutes.revision === 0) await drafts.remove(session.key);
    },
  };
}
