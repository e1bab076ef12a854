// What the record session does on its own, beside the edits: it keeps the draft when the page is hidden, takes in
// Microsoft 365's version of a record opened from this device, and saves again by itself (at the time Graph gave,
// periodically, and when the network is back).
import { useCallback, useEffect, type Dispatch, type MutableRefObject, type SetStateAction } from 'react';
import type { RecordSession } from '../../contracts/records';
import { useServices } from '../ServicesContext';
import { failureText } from '../i18n/failureText';
import { flushPendingChanges } from '../RichTextEditor/pendingChanges';
import { useStrings } from '../i18n/StringsContext';
import { reconcileOpened } from './reconcileOpened';
import type { SaveState } from './saveOutcome';

/** Unsaved changes go to SharePoint on their own after this long. */
export const REMOTE_AUTOSAVE_MS = 60_000;

/** The draft written now, and the pending write it replaces cancelled. */
export function usePersistNow(
  latest: MutableRefObject<RecordSession>,
  pendingLocal: MutableRefObject<ReturnType<typeof setTimeout> | undefined>,
  setSaveState: Dispatch<SetStateAction<SaveState>>,
): () => Promise<void> {
  const services = useServices();
  return useCallback(async () => {
    // Text an editor still holds (it hands it over after a pause in the typing) is part of what is kept and saved.
    flushPendingChanges();
    clearTimeout(pendingLocal.current);
    pendingLocal.current = undefined;
    await services.persistDraft(latest.current);
    setSaveState((s) => (s.kind === 'savingLocally' ? { kind: 'savedLocally' } : s));
  }, [latest, pendingLocal, setSaveState, services]);
}

/**
 * Teams reloads or hides the panel without warning: the draft is written synchronously the moment the page
 * is hidden (an IndexedDB write started during unload may never finish), then to IndexedDB as usual.
 */
export function useFlushOnHide(
  latest: MutableRefObject<RecordSession>,
  pendingLocal: MutableRefObject<ReturnType<typeof setTimeout> | undefined>,
  persistNow: () => Promise<void>,
): void {
  const services = useServices();
  useEffect(() => {
    const flush = () => {
      // An editor's text not yet handed over becomes an edit first (and so a pending write).
      flushPendingChanges();
      if (pendingLocal.current === undefined) return;
      services.persistDraftNow(latest.current);
      void persistNow();
    };
    document.addEventListener('visibilitychange', flush);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', flush);
      window.removeEventListener('pagehide', flush);
    };
  }, [latest, pendingLocal, persistNow, services]);
}

/** Opened from this device: Microsoft 365's version is taken in when it arrives, around what she did meanwhile. */
export function useRefreshedRecord(
  initial: RecordSession,
  refreshed: Promise<RecordSession> | undefined,
  latest: MutableRefObject<RecordSession>,
  setSession: (session: RecordSession) => void,
  setSaveState: (state: SaveState) => void,
): void {
  const services = useServices();
  const strings = useStrings();
  useEffect(() => {
    if (!refreshed) return;
    let current = true;
    refreshed.then(
      (fresh) => {
        if (!current) return;
        // The merge sees what she has typed so far, not the record as of the editor's last hand-over.
        flushPendingChanges();
        const next = reconcileOpened(initial, latest.current, fresh);
        const replaced = next.minutes !== latest.current.minutes;
        latest.current = next;
        setSession(next);
        // The device's copy follows a newer version that replaced what was shown; her own edits persist as they go.
        if (replaced) void services.persistDraft(next);
      },
      (error: unknown) => {
        if (!current) return;
        // Her draft stays open and editable; the save says what is wrong, and retries when the network is back.
        setSaveState(navigator.onLine ? { kind: 'failed', message: failureText(error, strings) } : { kind: 'offline' });
      },
    );
    return () => {
      current = false;
    };
  }, [initial, refreshed, latest, setSession, setSaveState, services, strings]);
}

/** Saves nobody has to ask for: a pending one at the time Graph gave, unsaved changes periodically and when online. */
export function useSaveTriggers(
  saveState: SaveState,
  save: () => Promise<void>,
  dirtyRemote: MutableRefObject<boolean>,
): void {
  useEffect(() => {
    if (saveState.kind !== 'pending') return;
    const timer = setTimeout(() => void save(), Math.max(0, saveState.retryAt.getTime() - Date.now()));
    return () => clearTimeout(timer);
  }, [saveState, save]);

  useEffect(() => {
    const autosave = () => {
      if (dirtyRemote.current && navigator.onLine) void save();
    };
    const timer = setInterval(autosave, REMOTE_AUTOSAVE_MS);
    window.addEventListener('online', autosave);
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', autosave);
    };
  }, [save, dirtyRemote]);
}
