// The group's records and settings as files in its SharePoint library. Every write of the source
// uses the ETag it was read with; restore() is the only way JSON from the library enters the app.
import { RestoreError, restoreGroupSettings, restoreMinutes } from '../../domain/restore';
import { recordDate } from '../../domain/format';
import type { GroupSettings, MeetingRef, Minutes } from '../../domain/model';
import type { DriveItemRef, FilesGateway } from '../../graph/gateways';
import { sameMeeting } from '../../domain/meetingIdentity';
import {
  newestRecordFirst,
  recordPaths,
  sameDayRecordName,
  SETTINGS_FILE,
  settingsPath,
  SOURCE_SUFFIX,
  yearFolder,
} from './recordPaths';

export interface StoredRecord {
  minutes: Minutes;
  item: DriveItemRef;
}

export function defaultSettings(groupId: string, name: string, driveId: string): GroupSettings {
  return {
    schemaVersion: 1,
    groupId,
    name,
    kind: 'protokoll',
    language: 'sv',
    driveId,
    folderPath: 'Protokoll',
    roster: [],
    organisationContacts: {},
    notesApprovers: ['chair'],
  };
}

const json = 'application/json';
/** The settings always live here, whatever folder the group keeps its records in: they say which folder that is. */
const SETTINGS_FOLDER = 'Protokoll';

/** What opening a meeting needs from the group's library. */
export interface MeetingFiles {
  settings: GroupSettings;
  /** The settings file exists (else `settings` are defaults, written with the first save). */
  stored: boolean;
  /** The meeting's own record, when saved, and where it was found (its name may be an older one). */
  current?: StoredRecord & { path: string };
  /** The newest record of the same year before this meeting that can be read: § numbering and follow-up. */
  previous?: StoredRecord;
  /** Earlier records passed over because they cannot be read (cut off, edited by hand): named to the secretary. */
  unreadable: string[];
}

/** How many earlier records are tried before numbering starts afresh: a folder of broken files is not read whole. */
const NEIGHBOURS_TRIED = 5;

function isUnreadable(error: unknown): boolean {
  return error instanceof SyntaxError || error instanceof RestoreError;
}

export class RecordStore {
  constructor(private readonly files: FilesGateway) {}

  /**
   * The settings, this meeting's record and the previous one in two round trips: one `$batch` listing the settings
   * folder and the year's folder (listings carry pre-authenticated download URLs), then the downloads together.
   */
  async meetingFiles(
    groupId: string,
    groupName: string,
    meeting: Pick<Minutes, 'meeting' | 'group'>,
  ): Promise<MeetingFiles> {
    const defaults = defaultSettings(groupId, groupName, '');
    const folder = yearFolder(defaults, meeting.meeting.start);
    const listed = await this.files.groupFolders(groupId, [SETTINGS_FOLDER, folder]);
    const settingsFile = listed.get(SETTINGS_FOLDER)?.find((item) => item.name === SETTINGS_FILE);
    const yearFiles = listed.get(folder) ?? [];
    const read = async (item: DriveItemRef): Promise<StoredRecord> => ({
      minutes: restoreMinutes(JSON.parse(await this.files.download(item))),
      item,
    });
    const [settingsText, records] = await Promise.all([
      settingsFile ? this.files.download(settingsFile) : undefined,
      this.recordsIn(folder, yearFiles, meeting, read),
    ]);
    const driveId = settingsFile?.driveId ?? yearFiles[0]?.driveId ?? (await this.files.groupDriveId(groupId));
    if (!settingsText) return { settings: { ...defaults, driveId }, stored: false, ...records };
    const settings = restoreGroupSettings(JSON.parse(settingsText));
    const found = { settings: { ...settings, driveId: settings.driveId ?? driveId }, stored: true };
    // Files are named after the group's name in its settings and kept in its folder; where either differs from
    // what was assumed, one more read there.
    if (settings.folderPath === SETTINGS_FOLDER && settings.name === meeting.group.name)
      return { ...found, ...records };
    const elsewhere = await this.meetingRecords(found.settings, {
      meeting: meeting.meeting,
      group: { id: groupId, name: settings.name },
    });
    return { ...found, ...elsewhere };
  }

  private async meetingRecords(
    settings: GroupSettings,
    meeting: Pick<Minutes, 'meeting' | 'group'>,
  ): Promise<Pick<MeetingFiles, 'current' | 'previous' | 'unreadable'>> {
    const driveId = settings.driveId;
    if (!driveId) return { unreadable: [] };
    const folder = yearFolder(settings, meeting.meeting.start);
    const items = await this.files.list(driveId, folder);
    return this.recordsIn(folder, items, meeting, (item) => this.read(driveId, `${folder}/${item.name}`));
  }

  /**
   * This meeting's record and the one before it among a year folder's files. The meeting's own is the file of its
   * day that records this very meeting: two meetings of a group on one day have a file each, and a record saved
   * under the older `<date> <group>` name still opens with its meeting.
   */
  private async recordsIn(
    folder: string,
    items: DriveItemRef[],
    meeting: Pick<Minutes, 'meeting' | 'group'>,
    read: (item: DriveItemRef) => Promise<StoredRecord | undefined>,
  ): Promise<Pick<MeetingFiles, 'current' | 'previous' | 'unreadable'>> {
    const own = recordPaths({ folderPath: folder.slice(0, folder.lastIndexOf('/')) }, meeting).source;
    const ownName = own.slice(own.lastIndexOf('/') + 1);
    const sameDay = items.filter((item) => sameDayRecordName(item.name, meeting));
    // Each file is read once: the meeting's own file is a same-day candidate and, to a later meeting that day, an
    // earlier record as well.
    const reads = new Map<string, Promise<StoredRecord | undefined>>();
    const readOnce = (item: DriveItemRef) => {
      const started = reads.get(item.name) ?? read(item);
      reads.set(item.name, started);
      return started;
    };
    // The same day's files are read anyway; the newest of an earlier day, nearly always the previous record, is read
    // beside them instead of after them: one round trip for the meeting's own record and the previous one.
    const neighbours = earlierRecords(items, meeting.meeting.start).slice(0, NEIGHBOURS_TRIED);
    const day = `${recordDate(meeting.meeting.start)} `;
    const newestEarlierDay = neighbours.find((item) => !item.name.startsWith(day));
    if (newestEarlierDay) readOnce(newestEarlierDay).catch(() => undefined);
    const [candidates, earlier] = await Promise.all([
      Promise.all(
        sameDay.map((item) =>
          readOnce(item).then(
            (record) => ({ item, record }),
            (error: unknown) => {
              // This meeting's own file unreadable is not skipped: saving over it would lose what it holds.
              if (item.name === ownName || !isUnreadable(error)) throw error;
              return { item, record: undefined, unreadable: true };
            },
          ),
        ),
      ),
      this.newestReadable(neighbours, readOnce, meeting.meeting),
    ]);
    const mine = candidates.find((c) => c.record && sameMeeting(c.record.minutes.meeting, meeting.meeting));
    const unreadable = candidates.filter((c) => 'unreadable' in c).map((c) => c.item.name);
    return {
      ...(mine?.record ? { current: { ...mine.record, path: `${folder}/${mine.item.name}` } } : {}),
      ...earlier,
      unreadable: [...new Set([...unreadable, ...earlier.unreadable])],
    };
  }

  /**
   * The first of `items` (the nearest neighbours, newest first) that reads as a record of a meeting before
   * `meeting`; the ones that do not read are named, never fatal.
   */
  private async newestReadable(
    items: DriveItemRef[],
    read: (item: DriveItemRef) => Promise<StoredRecord | undefined>,
    meeting: MeetingRef,
  ): Promise<Pick<MeetingFiles, 'previous' | 'unreadable'>> {
    const unreadable: string[] = [];
    for (const item of items) {
      try {
        // Listed but gone by the time it is read (deleted meanwhile): simply not there.
        const previous = await read(item);
        // A same-day file may be this meeting's own, or a later meeting's.
        if (previous && Date.parse(previous.minutes.meeting.start) < Date.parse(meeting.start))
          return { previous, unreadable };
      } catch (error) {
        if (!isUnreadable(error)) throw error;
        unreadable.push(item.name);
      }
    }
    return { unreadable };
  }

  /** The group's settings, or defaults when the group has none yet (written with the first record). */
  /** `etag` is set when the settings file exists: updates must name it, so two admins cannot overwrite each other. */
  async settings(
    groupId: string,
    groupName: string,
    knownDriveId?: string,
  ): Promise<{ settings: GroupSettings; stored: boolean; etag?: string }> {
    const driveId = knownDriveId ?? (await this.files.groupDriveId(groupId));
    const found = await this.files.readText(driveId, settingsPath(SETTINGS_FOLDER));
    if (!found) return { settings: defaultSettings(groupId, groupName, driveId), stored: false };
    const settings = restoreGroupSettings(JSON.parse(found.text));
    return { settings: { ...settings, driveId: settings.driveId ?? driveId }, stored: true, etag: found.item.eTag };
  }

  /** Creates the settings file (`etag` null: must not exist yet) or replaces the version read with `etag`. */
  async writeSettings(settings: GroupSettings, etag: string | null = null): Promise<string> {
    if (!settings.driveId) throw new Error('The group has no document library');
    const item = await this.files.write(
      settings.driveId,
      settingsPath(SETTINGS_FOLDER),
      JSON.stringify(settings, null, 2),
      json,
      etag,
    );
    return item.eTag;
  }

  async read(driveId: string, path: string): Promise<StoredRecord | undefined> {
    const found = await this.files.readText(driveId, path);
    if (!found) return undefined;
    return { minutes: restoreMinutes(JSON.parse(found.text)), item: found.item };
  }

  /** Writes the source; `etag` undefined means "must not exist yet", so two first saves cannot both win. */
  async writeSource(driveId: string, path: string, minutes: Minutes, etag: string | undefined): Promise<DriveItemRef> {
    return this.files.write(driveId, path, JSON.stringify(minutes, null, 2), json, etag ?? null);
  }

  /** The readable documents are regenerated from the source on every save: last writer wins by design. */
  async writeDocument(driveId: string, path: string, bytes: Uint8Array, contentType: string): Promise<DriveItemRef> {
    return this.files.replace(driveId, path, bytes, contentType);
  }
}

/**
 * The year's record sources of this meeting's day or before, newest meeting first (names begin with the date, then
 * the start time): which of the same day's came before this meeting is read from the records themselves.
 */
function earlierRecords(items: DriveItemRef[], meetingStart: string): DriveItemRef[] {
  const date = recordDate(meetingStart);
  return items
    .filter((item) => item.name.endsWith(SOURCE_SUFFIX) && item.name.slice(0, date.length) <= date)
    .sort((a, b) => newestRecordFirst(a.name, b.name));
}
