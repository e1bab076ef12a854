// What the app does on this device alone: open a meeting's record as the device last had it, and keep the draft.
// Available before sign-in has finished, so the side panel can open from the device at once (local first).
import type { DraftStore } from '../../storage/draftStore';
import type { AppServices } from '../../contracts/appServices';
import { draftOf, openLocalRecord } from '../records/draftOf';

export type LocalServices = Pick<
  AppServices,
  'openLocal' | 'persistDraft' | 'persistDraftNow' | 'forgetUntouchedDraft'
>;

export function localServices(drafts: DraftStore, now: () => Date): LocalServices {
  return {
    openLocal: (target) => openLocalRecord(drafts, target),
    persistDraft: (session) => drafts.save(session.key, draftOf(session, now())),
    persistDraftNow: (session) => drafts.saveNow(session.key, draftOf(session, now())),
    // Only a record without a single edit: a draft with text is never thrown away from here.
    forgetUntouchedDraft: async (session) => {
      if (session.minutes.revision === 0) await drafts.remove(session.key);
    },
  };
}
