// What the app does on this device alone: open a meeting's record as the device last had it, and keep the draft.
// Available before sign-in has finished, so the side panel can open from the device at once (local first).
import type { DraftStore } from '../../storage/draftStore';
import type { AppServices } from '../../contracts/appServices';
import { draftOf, openLocalRecord } from '../records/draftOf';

export type LocalServices = Pick<AppServices, 'openLocal' | 'persistDraft' | 'persistDraftNow'>;

export function localServices(drafts: DraftStore, now: () => Date): LocalServices {
  return {
    openLocal: (target) => openLocalRecord(drafts, target),
    persistDraft: (session) => drafts.save(session.key, draftOf(session, now())),
    persistDraftNow: (session) => drafts.saveNow(session.key, draftOf(session, now())),
  };
}
