// What a save's outcome means for the screen: the save state shown, and the session that follows it.
import type { ItemConflict, RecordSession, SaveOutcome } from '../../contracts/records';
import { carrySaveResult } from '../../domain/syncState';

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

/** A save that did not go through: offline, pending until the time Graph gave, or failed with what to fix. */
export function failedSaveState(outcome: Extract<SaveOutcome, { kind: 'failed' }>): SaveState {
  if (outcome.offline) return { kind: 'offline' };
  if (outcome.retryAt) return { kind: 'pending', retryAt: new Date(outcome.retryAt) };
  return { kind: 'failed', message: outcome.message, issues: outcome.issues };
}

/**
 * The session after a save. Edits typed while the save was under way stay; what the save learned (task ids, etag,
 * status) is carried into them.
 */
export function sessionAfterSave(
  saved: RecordSession,
  latest: RecordSession,
  startRevision: number,
): { next: RecordSession; typedMeanwhile: boolean } {
  const typedMeanwhile = latest.minutes.revision !== startRevision;
  const next = typedMeanwhile ? { ...saved, minutes: carrySaveResult(saved.minutes, latest.minutes) } : saved;
  return { next, typedMeanwhile };
}
