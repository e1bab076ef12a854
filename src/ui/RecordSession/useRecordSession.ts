// The record being written: every edit goes through a domain function, is kept on this device
// within a fraction of a second, and reaches SharePoint when the secretary saves (or the app does,
// periodically). The save state shown to the user is derived from what really happened.
import { useCallback, useEffect, useRef, useState } from 'react';
import { carrySaveResult } from '../../domain/syncState';
import type { Edit } from './edit';
import type { ItemConflict, RecordSession, SaveOutcome } from '../../contracts/records';
import { useServices } from '../ServicesContext';

export type SaveState =
  | { kind: 'unchanged' }
  | { kind: 'savingLocally' }
  | { kind: 'savedLocally' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date; plannerMessage?: string }
  | { kind: 'offline' }
  /** Graph is answering but not yet with success: saved again by itself at `retryAt`. */
  | { kind: 'pending'; retryAt: Date }
  | { kind: 'failed'; message: string; issues?: string[] }
  | { kind: 'conflict'; conflicts: ItemConflict[] };

/** Local persistence waits this long after the last keystroke (budget: durable within 1 s). */
export const DRAFT_DELAY_MS = 250;
/** Unsaved changes go to SharePoint on their own after this long. */
export const REMOTE_AUTOSAVE_MS = 60_000;

export function useRecordSession(initial: RecordSession) {
  const services = useServices();
  const [session, setSession] = useState(initial);
  const [saveState, setSaveState] = useState<SaveState>(
    initial.notices.some((n) => n.kind === 'restoredDraft') ? { kind: 'savedLocally' } : { kind: 'unchanged' },
  );
  const latest = useRef(session);
  latest.current = session;
  const dirtyRemote = useRef(false);
  const pendingLocal = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const persistNow = useCallback(async () => {
    clearTimeout(pendingLocal.current);
    pendingLocal.current = undefined;
    await services.persistDraft(latest.current);
    setSaveState((s) => (s.kind === 'savingLocally' ? { kind: 'savedLocally' } : s));
  }, [services]);

  const edit = useCallback(
    (change: Edit) => {
      setSession((s) => ({ ...s, minutes: change(s.minutes, new Date()) }));
      dirtyRemote.current = true;
      setSaveState((s) => (s.kind === 'conflict' ? s : { kind: 'savingLocally' }));
      clearTimeout(pendingLocal.current);
      pendingLocal.current = setTimeout(() => void persistNow(), DRAFT_DELAY_MS);
    },
    [persistNow],
  );

  // Teams reloads or hides the panel without warning: the draft is written synchronously the moment the page
  // is hidden (an IndexedDB write started during unload may never finish), then to IndexedDB as usual.
  useEffect(() => {
    const flush = () => {
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
  }, [persistNow, services]);

  const apply = useCallback(
    (outcome: SaveOutcome, startRevision: number) => {
      if (outcome.kind === 'failed') {
        setSaveState(
          outcome.offline
            ? { kind: 'offline' }
            : outcome.retryAt
              ? { kind: 'pending', retryAt: new Date(outcome.retryAt) }
              : { kind: 'failed', message: outcome.message, issues: outcome.issues },
        );
        return;
      }
      const typedMeanwhile = latest.current.minutes.revision !== startRevision;
      // Edits typed while the save was under way stay; what the save learned (task ids, etag, status) is carried into them.
      const next = typedMeanwhile
        ? { ...outcome.session, minutes: carrySaveResult(outcome.session.minutes, latest.current.minutes) }
        : outcome.session;
      latest.current = next;
      setSession(next);
      void services.persistDraft(next);
      if (outcome.kind === 'conflict') setSaveState({ kind: 'conflict', conflicts: outcome.conflicts });
      else {
        dirtyRemote.current = typedMeanwhile;
        setSaveState({ kind: 'saved', at: new Date(), plannerMessage: outcome.plannerMessage });
      }
    },
    [services],
  );

  const run = useCallback(
    async (action: (s: RecordSession) => Promise<SaveOutcome>) => {
      await persistNow();
      setSaveState({ kind: 'saving' });
      const startRevision = latest.current.minutes.revision;
      try {
        apply(await action(latest.current), startRevision);
      } catch (error) {
        setSaveState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    },
    [apply, persistNow],
  );

  const save = useCallback(() => run((s) => services.saveRecord(s)), [run, services]);

  // A save Graph could not take yet is made again at the time it was given: nobody has to press Save again.
  useEffect(() => {
    if (saveState.kind !== 'pending') return;
    const timer = setTimeout(() => void save(), Math.max(0, saveState.retryAt.getTime() - Date.now()));
    return () => clearTimeout(timer);
  }, [saveState, save]);

  // Periodic save to SharePoint, and a retry when the network comes back.
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
  }, [save]);

  return {
    session,
    saveState,
    edit,
    save,
    sendForApproval: () => run((s) => services.sendForApproval(s)),
    resolveConflicts: (choices: Record<string, 'mine' | 'theirs'>) => run((s) => services.resolveConflicts(s, choices)),
    approve: () => run((s) => services.approve(s)),
    requestChanges: (comment: string) => run((s) => services.requestChanges(s, comment)),
    reopen: () => run((s) => services.reopen(s)),
    fileApprovedDocuments: () => run((s) => services.fileApprovedDocuments(s)),
  };
}
