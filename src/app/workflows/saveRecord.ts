// Saving a record: Planner first (so task ids go into the source), then the source with If-Match and
// the Word document beside it. A 412 means someone else saved: their version is read and merged with
// ours item by item; what cannot be merged goes back to the secretary to choose. Nothing is dropped.
import { mergeMinutes } from '../../domain/merge';
import { plainText } from '../../domain/richtext';
import type { AgendaItem, Minutes } from '../../domain/model';
import { itemLabel } from '../../domain/numbering';
import { ConflictError, type DriveItemRef } from '../../graph/gateways';
import type { ItemConflict, RecordSession, SaveOutcome } from '../../ui/services';
import type { RecordStore } from '../records/recordStore';
import { recordPaths } from '../records/recordPaths';
import { describeFailure } from './failures';
import { syncPlanner, type PlannerSyncDeps } from './plannerSync';

export interface SaveDeps extends Omit<PlannerSyncDeps, 'checkpoint'> {
  records: RecordStore;
  /** Lazy: the Word renderer is loaded on the first save, not with the editor. */
  renderDocx(minutes: Minutes): Promise<Uint8Array>;
  persist(session: RecordSession): Promise<void>;
  settingsStored(groupId: string): Promise<boolean>;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Unresolved conflicts wait here until the secretary chooses; keyed by record. */
export type PendingConflicts = Map<string, { mine: Minutes; theirs: Minutes; etag: string; itemIds: string[] }>;

function itemText(item: AgendaItem | undefined): string {
  if (!item) return '—';
  const parts = [item.title, item.presenter ?? '', plainText(item.notes), ...item.decisions.map((d) => d.text), ...item.assignments.map((a) => a.text)];
  return parts.filter(Boolean).join('\n');
}

function findItem(minutes: Minutes, id: string): AgendaItem | undefined {
  const visit = (items: readonly AgendaItem[]): AgendaItem | undefined => {
    for (const item of items) {
      if (item.id === id) return item;
      const found = visit(item.subItems);
      if (found) return found;
    }
    return undefined;
  };
  return visit(minutes.items);
}

async function writeAll(deps: SaveDeps, session: RecordSession, minutes: Minutes, etag: string | undefined): Promise<{ source: DriveItemRef; docx?: DriveItemRef }> {
  const { driveId, path } = session.remote;
  const paths = recordPaths(session.settings, minutes);
  const [source, docx] = await Promise.all([deps.records.writeSource(driveId, path, minutes, etag), deps.renderDocx(minutes).then((bytes) => deps.records.writeDocument(driveId, paths.docx, bytes, DOCX))]);
  return { source, docx };
}

export async function saveRecord(deps: SaveDeps, session: RecordSession, pending: PendingConflicts): Promise<SaveOutcome> {
  try {
    if (!(await deps.settingsStored(session.settings.groupId))) await deps.records.writeSettings(session.settings);
    const recordUrl = session.remote.webUrl ?? session.remote.path;
    const synced = await syncPlanner({ ...deps, checkpoint: (m) => deps.persist({ ...session, minutes: m }) }, session.minutes, session.settings, recordUrl);
    let minutes = synced.minutes;
    let etag = session.remote.etag;
    let base = session.base;
    let written: { source: DriveItemRef; docx?: DriveItemRef };
    try {
      written = await writeAll(deps, session, minutes, etag);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const theirs = await deps.records.read(session.remote.driveId, session.remote.path);
      if (!theirs) throw error;
      const merged = mergeMinutes(base ?? theirs.minutes, minutes, theirs.minutes);
      if ('conflicts' in merged) {
        pending.set(session.key, { mine: minutes, theirs: theirs.minutes, etag: theirs.item.eTag, itemIds: merged.conflicts.map((c) => c.itemId) });
        const conflicts: ItemConflict[] = merged.conflicts.map((c) => {
          const index = theirs.minutes.items.findIndex((i) => i.id === c.itemId);
          return { itemId: c.itemId, label: index >= 0 ? `${itemLabel(theirs.minutes, index)} ${theirs.minutes.items[index]!.title}` : c.itemId, mine: itemText(c.mine), theirs: itemText(c.theirs) };
        });
        const next = { ...session, minutes: merged.merged, base: theirs.minutes, remote: { ...session.remote, etag: theirs.item.eTag } };
        await deps.persist(next);
        return { kind: 'conflict', session: next, conflicts };
      }
      minutes = merged.merged;
      base = theirs.minutes;
      etag = theirs.item.eTag;
      written = await writeAll(deps, session, minutes, etag);
    }
    base = minutes;
    const next: RecordSession = {
      ...session,
      minutes,
      base,
      remote: { ...session.remote, itemId: written.source.id, etag: written.source.eTag, webUrl: written.source.webUrl ?? session.remote.webUrl, docxUrl: written.docx?.webUrl ?? session.remote.docxUrl },
      notices: synced.planMissing && session.settings.planId ? [...session.notices.filter((n) => n.kind !== 'planMissing'), { kind: 'planMissing' }] : session.notices.filter((n) => n.kind !== 'restoredDraft'),
    };
    await deps.persist(next);
    const plannerMessage = synced.failures.length ? synced.failures.join('; ') : undefined;
    return { kind: 'saved', session: next, ...(plannerMessage ? { plannerMessage } : {}) };
  } catch (error) {
    return describeFailure(error);
  }
}

/** The secretary's choice per conflicting item; everything else is the merge already shown. */
export async function resolveConflicts(deps: SaveDeps, session: RecordSession, choices: Record<string, 'mine' | 'theirs'>, pending: PendingConflicts): Promise<SaveOutcome> {
  const conflict = pending.get(session.key);
  if (!conflict) return saveRecord(deps, session, pending);
  let minutes = session.minutes;
  for (const itemId of conflict.itemIds) {
    const chosen = findItem(choices[itemId] === 'theirs' ? conflict.theirs : conflict.mine, itemId);
    if (!chosen) continue;
    const replace = (items: readonly AgendaItem[]): AgendaItem[] => items.map((i) => (i.id === itemId ? chosen : { ...i, subItems: replace(i.subItems) }));
    if (findItem(minutes, itemId)) {
      minutes = { ...minutes, items: replace(minutes.items) };
    } else {
      // Deleted on their side, edited on mine, and kept: back where it was.
      const at = Math.max(0, conflict.mine.items.findIndex((i) => i.id === itemId));
      minutes = { ...minutes, items: [...minutes.items.slice(0, at), chosen, ...minutes.items.slice(at)] };
    }
  }
  pending.delete(session.key);
  return saveRecord(deps, { ...session, minutes: { ...minutes, revision: minutes.revision + 1 }, base: conflict.theirs, remote: { ...session.remote, etag: conflict.etag } }, pending);
}
