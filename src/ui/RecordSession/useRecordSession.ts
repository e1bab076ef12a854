// The record being written: every edit goes through a domain function, is kept on this device
// within a fraction of a second, and reaches SharePoint when the secretary saves (or the app does,
// periodically). The save state shown to the user is derived from what really happened.
import { useCallback, useRef, useState } from 'react';
import type { Edit } from './edit';
import { failedSaveState, sessionAfterSave } from './saveOutcome';
import { useFlushOnHide, usePersistNow, useRefreshedRecord, useSaveTriggers } from './sessionEffects';
import type { RecordSession, SaveOutcome } from '../../contracts/records';
import { useServices } from '../ServicesContext';
import { failureText } from '../i18n/failureText';
import { useStrings } from '../i18n/StringsContext';

import type { SaveState } from './saveOutcome';

/** Local persistence waits this long after the last keystroke (budget: durable within 1 s). */
export const DRAFT_DELAY_MS = 250;

export function useRecordSession(initial: RecordSession, refreshed?: Promise<RecordSession>) {
  const services = useServices();
  const strings = useStrings();
  const [session, setSession] = useState(initial);
  const restored = initial.notices.some((n) => n.kind === 'restoredDraft');
  const [saveState, setSaveState] = useState<SaveState>({ kind: restored ? 'savedLocally' : 'unchanged' });
  // The session as of the last edit, ahead of the screen when an edit renders in a transition (typing notes): what
  // the draft keeps and a save sends. Every change of the session goes through it.
  const latest = useRef(session);
  const dirtyRemote = useRef(false);
  const pendingLocal = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const persistNow = usePersistNow(latest, pendingLocal, setSaveState);

  const edit = useCallback(
    (change: Edit) => {
      latest.current = { ...latest.current, minutes: change(latest.current.minutes, new Date()) };
      setSession(latest.current);
      dirtyRemote.current = true;
      setSaveState((s) => (s.kind === 'conflict' ? s : { kind: 'savingLocally' }));
      clearTimeout(pendingLocal.current);
      pendingLocal.current = setTimeout(() => void persistNow(), DRAFT_DELAY_MS);
    },
    [persistNow],
  );

  useFlushOnHide(latest, pendingLocal, persistNow);
  useRefreshedRecord(initial, refreshed, latest, setSession, setSaveState);
  const apply = useCallback(
    (outcome: SaveOutcome, startRevision: number) => {
      if (outcome.kind === 'failed') {
        setSaveState(failedSaveState(outcome));
        return;
      }
      const { next, typedMeanwhile } = sessionAfterSave(outcome.session, latest.current, startRevision);
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
        setSaveState({ kind: 'failed', message: failureText(error, strings) });
      }
    },
    [apply, persistNow, strings],
  );

  const save = useCallback(() => run((s) => services.saveRecord(s)), [run, services]);

  useSaveTriggers(saveState, save, dirtyRemote);

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
    /** A record built anew (the group's first meeting, after its settings were imported): nothing typed is lost. */
    restart: (next: RecordSession) => {
      latest.current = next;
      setSession(next);
      setSaveState({ kind: 'unchanged' });
      // The device keeps the record built anew: the next open (from the device first) shows it, not the old one.
      void services.persistDraft(next);
    },
    fileApprovedDocuments: () => run((s) => services.fileApprovedDocuments(s)),
  };
}
