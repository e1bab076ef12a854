// Saving a record: Planner first (so task ids go into the source), then the source with If-Match; the Word
// document is written beside Planner's work. A 412 means someone else saved: their version is read and merged with
// ours item by item; what cannot be merged goes back to the secretary to choose. Nothing is dropped.
import { canonicalContent } from '../../domain/approval';
import { mergeMinutes, resolveConflict, type Conflict } from '../../domain/merge';
import { plainText } from '../../domain/richtext';
import { itemDecisions, itemText } from '../../domain/decisions';
import type { AgendaItem, Attendee, Minutes } from '../../domain/model';
import { itemLabel } from '../../domain/numbering';
import { restoreMinutes } from '../../domain/restore';
import { mayHaveRun } from '../../graph/errors';
import { ConflictError, type DriveItemRef } from '../../graph/gateways';
import type { ItemConflict, RecordSession, SaveOutcome } from '../../contracts/records';
import type { RecordStore } from '../records/recordStore';
import { documentPaths } from '../records/recordPaths';
import { describeFailure } from './failures';
import { plannerAssignments, syncPlanner, type PlannerSyncDeps } from './plannerSync';
import { withoutCommonBase } from '../../domain/withoutCommonBase';

export interface SaveDeps extends Omit<PlannerSyncDeps, 'checkpoint'> {
  records: RecordStore;
  /** Lazy: the Word renderer is loaded on the first save, not with the editor. */
  renderDocx(minutes: Minutes): Promise<Uint8Array>;
  persist(session: RecordSession): Promise<void>;
  settingsStored(groupId: string): Promise<boolean>;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Unresolved conflicts wait here until the secretary chooses; keyed by record. */
export type PendingConflicts = Map<string, { conflicts: Conflict[]; etag: string; theirs: Minutes }>;

function conflictText(item: AgendaItem | undefined): string {
  if (!item) return '—';
  const parts = [
    item.title,
    item.presenter ?? '',
    plainText(itemText(item)),
    ...itemDecisions(item).map((d) => d.text),
    ...item.assignments.map((a) => a.text),
  ];
  return parts.filter(Boolean).join('\n');
}

function conflictId(conflict: Conflict): string {
  switch (conflict.type) {
    case 'item':
      return `item:${conflict.itemId}`;
    case 'attendee':
      return `attendee:${conflict.key}`;
    case 'field':
      return `field:${String(conflict.field)}`;
  }
}

/** Both sides of a conflict as text the secretary can compare. */
function describeConflict(conflict: Conflict, theirs: Minutes, mine: Minutes): ItemConflict {
  const id = conflictId(conflict);
  switch (conflict.type) {
    case 'item': {
      const source = theirs.items.some((i) => i.id === conflict.itemId) ? theirs : mine;
      const index = source.items.findIndex((i) => i.id === conflict.itemId);
      const title = conflict.theirs?.title || conflict.mine?.title || '';
      return {
        itemId: id,
        label: index >= 0 ? `${itemLabel(source, index)} ${title}` : title,
        mine: conflictText(conflict.mine),
        theirs: conflictText(conflict.theirs),
      };
    }
    case 'attendee': {
      const text = (a: Attendee | undefined) =>
        a ? `${a.name}: ${a.presence.kind}${a.roles.length ? `, ${a.roles.join(', ')}` : ''}` : '—';
      return {
        itemId: id,
        label: conflict.mine?.name ?? conflict.theirs?.name ?? conflict.key,
        mine: text(conflict.mine),
        theirs: text(conflict.theirs),
      };
    }
    case 'field': {
      const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value ?? '—'));
      return { itemId: id, label: String(conflict.field), mine: text(conflict.mine), theirs: text(conflict.theirs) };
    }
  }
}

/**
 * Writes the source once. When the answer was lost (504, a dropped connection) the file is read: if it holds exactly
 * what was sent, the write happened and its ETag is adopted (no conflict with one's own write); if it is still the
 * version the write was based on, the write did not happen and is sent once more; anything else is someone else's
 * save, met by the caller's merge as a ConflictError.
 */
async function writeSourceOnce(
  deps: SaveDeps,
  driveId: string,
  path: string,
  minutes: Minutes,
  etag: string | undefined,
): Promise<DriveItemRef> {
  try {
    return await deps.records.writeSource(driveId, path, minutes, etag);
  } catch (error) {
    if (!mayHaveRun(error)) throw error;
    const there = await deps.records.read(driveId, path);
    const sent = restoreMinutes(JSON.parse(JSON.stringify(minutes)));
    if (there && JSON.stringify(there.minutes) === JSON.stringify(sent)) return there.item;
    if (there ? there.item.eTag === etag : etag === undefined)
      return deps.records.writeSource(driveId, path, minutes, etag);
    throw new ConflictError(`${path}: changed while the save's answer was lost`, there?.item.eTag);
  }
}

/** The Word document is replaced whole, so a write whose answer was lost is simply made once more. */
async function writeDocumentOnce(deps: SaveDeps, driveId: string, path: string, bytes: Uint8Array) {
  return deps.records.writeDocument(driveId, path, bytes, DOCX).catch((error: unknown) => {
    if (!mayHaveRun(error)) throw error;
    return deps.records.writeDocument(driveId, path, bytes, DOCX);
  });
}

/**
 * The Word document rendered and written as the save starts, beside Planner's work rather than after it: it is derived
 * from the text alone and replaced whole, so its order against the source does not matter. It serves if the content
 * is still the same when the source is written (Planner's sync state is not content); a merge renders it anew.
 */
type EarlyDocument = { content: string; written: Promise<DriveItemRef> };

function writeEarlyDocument(deps: SaveDeps, session: RecordSession): EarlyDocument {
  const { driveId, path } = session.remote;
  const written = Promise.resolve(session.minutes)
    .then(deps.renderDocx)
    .then((bytes) => writeDocumentOnce(deps, driveId, documentPaths(path).docx, bytes));
  // Awaited where it serves, and before the save ends whatever happens: a failure must not go unhandled meanwhile.
  written.catch(() => undefined);
  return { content: canonicalContent(session.minutes), written };
}

async function writeAll(
  deps: SaveDeps,
  session: RecordSession,
  minutes: Minutes,
  etag: string | undefined,
  early?: EarlyDocument,
): Promise<{ source: DriveItemRef; docx?: DriveItemRef }> {
  const { driveId, path } = session.remote;
  const docx =
    early && early.content === canonicalContent(minutes)
      ? early.written
      : deps.renderDocx(minutes).then((bytes) => writeDocumentOnce(deps, driveId, documentPaths(path).docx, bytes));
  const [source, written] = await Promise.all([writeSourceOnce(deps, driveId, path, minutes, etag), docx]);
  return { source, docx: written };
}

/** The first save writes the group's settings file; a group whose settings someone else just created keeps theirs. */
async function ensureSettings(deps: SaveDeps, session: RecordSession): Promise<void> {
  const stored = session.remote.settingsStored ?? (await deps.settingsStored(session.settings.groupId));
  if (stored) return;
  await deps.records.writeSettings(session.settings).catch((error: unknown) => {
    if (!(error instanceof ConflictError)) throw error;
  });
}

/**
 * Planner's task details link to the record, and Graph takes only an absolute URL there, which SharePoint gives a file
 * once it exists: the first save of a record with tasks to make creates the source before any task. Someone else's file
 * in the way is left for the save's If-Match write to merge with; its URL serves all the same.
 */
async function withRecordUrl(deps: SaveDeps, session: RecordSession): Promise<{ session: RecordSession; url: string }> {
  const { driveId, path, webUrl } = session.remote;
  if (webUrl || !session.settings.planId || plannerAssignments(session.minutes).length === 0)
    return { session, url: webUrl ?? path };
  try {
    const item = await writeSourceOnce(deps, driveId, path, session.minutes, session.remote.etag);
    const claimed = {
      ...session,
      base: session.minutes,
      remote: { ...session.remote, itemId: item.id, etag: item.eTag, ...(item.webUrl ? { webUrl: item.webUrl } : {}) },
    };
    // The draft learns the new ETag at once: a save that fails after this point must not collide with its own file.
    await deps.persist(claimed);
    return { session: claimed, url: item.webUrl ?? path };
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const theirs = await deps.records.read(driveId, path);
    return { session, url: theirs?.item.webUrl ?? path };
  }
}

export async function saveRecord(
  deps: SaveDeps,
  input: RecordSession,
  pending: PendingConflicts,
): Promise<SaveOutcome> {
  // Independent of each other, so together: the settings file, the record's URL for Planner, the Word document.
  const early = writeEarlyDocument(deps, input);
  try {
    const settingsWritten = ensureSettings(deps, input);
    const claimed = withRecordUrl(deps, input);
    claimed.catch(() => undefined);
    // Planner may stop before it needs the URL: the derived promise must not be left to reject unhandled.
    const recordUrl = claimed.then((c) => c.url);
    recordUrl.catch(() => undefined);
    const synced = await syncPlanner(
      { ...deps, checkpoint: async (m) => deps.persist({ ...(await claimed).session, minutes: m }) },
      input.minutes,
      input.settings,
      recordUrl,
    );
    const { session } = await claimed;
    await settingsWritten;
    let minutes = synced.minutes;
    let etag = session.remote.etag;
    let base = session.base;
    let written: { source: DriveItemRef; docx?: DriveItemRef };
    let recreated = false;
    try {
      written = await writeAll(deps, session, minutes, etag, early);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const theirs = await deps.records.read(session.remote.driveId, session.remote.path);
      if (!theirs) {
        // Deleted in SharePoint since it was read: nothing to merge with, so the record is written anew, and said.
        if (etag === undefined) throw error;
        recreated = true;
        written = await writeAll(deps, session, minutes, undefined);
      } else {
        const sides = base ? { base, mine: minutes } : withoutCommonBase(minutes, theirs.minutes);
        minutes = sides.mine;
        const merged = mergeMinutes(sides.base, minutes, theirs.minutes);
        if ('conflicts' in merged) {
          pending.set(session.key, { conflicts: merged.conflicts, etag: theirs.item.eTag, theirs: theirs.minutes });
          const conflicts = merged.conflicts.map((c) => describeConflict(c, theirs.minutes, minutes));
          // Until the secretary chooses, the session keeps her side of each conflict and the version she had read, so a
          // save before the choice (the autosave, a reload) meets the same 412 and the same question instead of writing
          // their side over hers. Everything that merged cleanly is in already.
          const held = merged.conflicts.reduce(
            (m, conflict) => resolveConflict(m, conflict, 'mine', deps.now()),
            merged.merged,
          );
          const next: RecordSession = { ...session, minutes: held };
          await deps.persist(next);
          return { kind: 'conflict', session: next, conflicts };
        }
        minutes = merged.merged;
        base = theirs.minutes;
        etag = theirs.item.eTag;
        written = await writeAll(deps, session, minutes, etag);
      }
    }
    base = minutes;
    const next: RecordSession = {
      ...session,
      minutes,
      base,
      remote: {
        ...session.remote,
        itemId: written.source.id,
        etag: written.source.eTag,
        webUrl: written.source.webUrl ?? session.remote.webUrl,
        docxUrl: written.docx?.webUrl ?? session.remote.docxUrl,
      },
      notices: [
        ...(synced.planMissing && session.settings.planId
          ? [...session.notices.filter((n) => n.kind !== 'planMissing'), { kind: 'planMissing' as const }]
          : session.notices.filter((n) => n.kind !== 'restoredDraft')),
        ...(recreated ? [{ kind: 'recordRecreated' as const }] : []),
      ],
    };
    await deps.persist(next);
    const plannerMessage = synced.failures.length ? synced.failures.join('; ') : undefined;
    return { kind: 'saved', session: next, ...(plannerMessage ? { plannerMessage } : {}) };
  } catch (error) {
    return describeFailure(error, deps.now());
  } finally {
    // A failed or conflicting save ends only once its document is written or failed: a later save's document must
    // not be overtaken by this one's.
    await early.written.catch(() => undefined);
  }
}

/** The secretary's choice per conflict; everything else is the merge already shown. */
export async function resolveConflicts(
  deps: SaveDeps,
  session: RecordSession,
  choices: Record<string, 'mine' | 'theirs'>,
  pending: PendingConflicts,
): Promise<SaveOutcome> {
  const waiting = pending.get(session.key);
  if (!waiting) return saveRecord(deps, session, pending);
  const now = deps.now();
  const minutes = waiting.conflicts.reduce(
    (m, conflict) => resolveConflict(m, conflict, choices[conflictId(conflict)] ?? 'mine', now),
    session.minutes,
  );
  pending.delete(session.key);
  return saveRecord(
    deps,
    { ...session, minutes, base: waiting.theirs, remote: { ...session.remote, etag: waiting.etag } },
    pending,
  );
}
