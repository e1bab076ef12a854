// Drafts never lost: every change of a record is kept locally until SharePoint has it, and survives a reload or crash.
// The draft is also the outbox: a draft whose revision is newer than `remoteSavedRevision` is a save still owed to
// SharePoint, which the next open restores and the next save (by hand, every minute, or when the network returns) sends.
// Entries are stored as JSON text and go through the domain's `restoreMinutes` when read, like a file from SharePoint:
// a corrupt entry is reported with its raw text kept, never silently dropped or overwritten.
import type { GroupSettings, Minutes } from '../domain/model';
import { restoreGroupSettings, restoreMinutes } from '../domain/restore';
import { createIdbKeyValueStore } from './idbKeyValueStore';
import type { KeyValueStore } from './keyValueStore';
import { createMemoryKeyValueStore } from './memoryKeyValueStore';

/** Where the record lives in SharePoint: with the group's settings, enough to open the draft before Graph answers. */
export interface DraftPlace {
  driveId: string;
  /** Path of the `.minutes.json` within the drive. */
  path: string;
  settingsStored?: boolean;
  webUrl?: string;
}

export interface StoredDraft {
  minutes: Minutes;
  /** The version last read from or saved to SharePoint: the common ancestor for a 3-way merge. */
  base?: Minutes;
  /** The SharePoint file's ETag for `base`. */
  etag?: string;
  itemId?: string;
  /** When the draft was last stored locally (ISO). */
  savedAt: string;
  remoteSavedRevision?: number;
  /** The group's settings and the record's place, as last opened: the panel opens from them at once (local first). */
  settings?: GroupSettings;
  place?: DraftPlace;
}

export interface ListedDraft extends StoredDraft {
  recordKey: string;
}

export interface DraftStore {
  load(recordKey: string): Promise<StoredDraft | undefined>;
  save(recordKey: string, draft: StoredDraft): Promise<void>;
  /**
   * Synchronous, for the moment the page goes away (Teams reloads the panel, the tab closes): a browser does
   * not finish an IndexedDB write during unload, so the draft goes to a synchronous slot that `load` also reads.
   */
  saveNow(recordKey: string, draft: StoredDraft): void;
  remove(recordKey: string): Promise<void>;
  /**
   * The record a host's meeting (its event, chat or join link, as a key) opened last on this device. The draft's
   * key names the group and the calendar's iCalUId, which only Graph can tell; this lets the panel open without it.
   */
  locate(meeting: string): Promise<string | undefined>;
  remember(meeting: string, recordKey: string): Promise<void>;
  /** Readable drafts, newest first; unreadable ones are in `corrupt()`. */
  list(): Promise<ListedDraft[]>;
  corrupt(): Promise<CorruptDraftError[]>;
}

/** A stored draft that cannot be read back. `raw` is the stored text, so the user can still copy their work out. */
export class CorruptDraftError extends Error {
  constructor(
    readonly recordKey: string,
    readonly raw: string,
    reason: string,
  ) {
    super(`The locally saved draft "${recordKey}" cannot be read (${reason}). Its text is kept and can be copied.`);
    this.name = 'CorruptDraftError';
  }
}

export const DRAFTS_DB = 'motessekreteraren-drafts';

/**
 * The synchronous store behind `saveNow`: the tab's sessionStorage (drafts only, never tokens). It survives
 * the reload it is for and goes when the tab closes; IndexedDB is the durable copy.
 */
export type SyncSlot = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const SLOT_PREFIX = `${DRAFTS_DB}:unload:`;

export function createIdbDraftStore(
  dbName = DRAFTS_DB,
  slot: SyncSlot | undefined = globalThis.sessionStorage,
): DraftStore {
  // The meeting index is its own database: the drafts' entries stay drafts only (list() reads them all).
  return createDraftStore(createIdbKeyValueStore(dbName), slot, createIdbKeyValueStore(`${dbName}-meetings`));
}

export function createDraftStore(
  kv: KeyValueStore,
  slot?: SyncSlot,
  meetings: KeyValueStore = createMemoryKeyValueStore(),
): DraftStore {
  const listAll = async () => (await kv.entries()).map(([recordKey, value]) => read(recordKey, value));
  const fromSlot = (recordKey: string): ListedDraft | undefined => {
    const raw = slot?.getItem(SLOT_PREFIX + recordKey);
    if (raw === null || raw === undefined) return undefined;
    const draft = read(recordKey, raw);
    return draft instanceof CorruptDraftError ? undefined : draft;
  };
  return {
    async load(recordKey) {
      const value = await kv.get(recordKey);
      const unloadCopy = fromSlot(recordKey);
      if (value === undefined) return unloadCopy;
      const draft = read(recordKey, value);
      if (draft instanceof CorruptDraftError) throw draft;
      // The copy written while the page went away is newer when IndexedDB's write never finished.
      return unloadCopy && unloadCopy.minutes.revision > draft.minutes.revision ? unloadCopy : draft;
    },
    async save(recordKey, draft) {
      await kv.set(recordKey, JSON.stringify(draft));
      const unloadCopy = fromSlot(recordKey);
      if (unloadCopy && unloadCopy.minutes.revision <= draft.minutes.revision)
        slot?.removeItem(SLOT_PREFIX + recordKey);
    },
    saveNow(recordKey, draft) {
      try {
        slot?.setItem(SLOT_PREFIX + recordKey, JSON.stringify(draft));
      } catch {
        // Storage full or disabled: the IndexedDB write that is under way is all there is.
      }
    },
    async remove(recordKey) {
      await kv.del(recordKey);
    },
    async locate(meeting) {
      const recordKey = await meetings.get(meeting);
      return typeof recordKey === 'string' ? recordKey : undefined;
    },
    async remember(meeting, recordKey) {
      await meetings.set(meeting, recordKey);
    },
    async list() {
      return (await listAll())
        .filter((entry): entry is ListedDraft => !(entry instanceof CorruptDraftError))
        .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },
    async corrupt() {
      return (await listAll()).filter((entry): entry is CorruptDraftError => entry instanceof CorruptDraftError);
    },
  };
}

function read(recordKey: string, value: unknown): ListedDraft | CorruptDraftError {
  const raw = typeof value === 'string' ? value : String(JSON.stringify(value));
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) throw new Error('not an object');
    const entry = parsed as Record<string, unknown>;
    if (typeof entry.savedAt !== 'string') throw new Error('savedAt is missing');
    return {
      recordKey,
      minutes: restoreMinutes(entry.minutes),
      base: entry.base === undefined ? undefined : restoreMinutes(entry.base),
      etag: optionalString(entry.etag, 'etag'),
      itemId: optionalString(entry.itemId, 'itemId'),
      savedAt: entry.savedAt,
      remoteSavedRevision: typeof entry.remoteSavedRevision === 'number' ? entry.remoteSavedRevision : undefined,
      settings: entry.settings === undefined ? undefined : restoreGroupSettings(entry.settings),
      place: entry.place === undefined ? undefined : placeOf(entry.place),
    };
  } catch (error) {
    return new CorruptDraftError(recordKey, raw, error instanceof Error ? error.message : String(error));
  }
}

function optionalString(value: unknown, name: string): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  throw new Error(`${name} is not text`);
}

function placeOf(value: unknown): DraftPlace {
  if (typeof value !== 'object' || value === null) throw new Error('place is not an object');
  const place = value as Record<string, unknown>;
  if (typeof place.driveId !== 'string' || typeof place.path !== 'string')
    throw new Error('place has no drive or path');
  const settingsStored = place.settingsStored;
  if (settingsStored !== undefined && typeof settingsStored !== 'boolean')
    throw new Error('settingsStored is not true or false');
  const webUrl = optionalString(place.webUrl, 'webUrl');
  return {
    driveId: place.driveId,
    path: place.path,
    ...(settingsStored === undefined ? {} : { settingsStored }),
    ...(webUrl ? { webUrl } : {}),
  };
}
