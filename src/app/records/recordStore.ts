// The group's records and settings as files in its SharePoint library. Every write of the source
// uses the ETag it was read with; restore() is the only way JSON from the library enters the app.
import { RestoreError, restoreGroupSettings, restoreMinutes } from '../../domain/restore';
import type { GroupSettings, Minutes } from '../../domain/model';
import type { DriveItemRef, FilesGateway } from '../../graph/gateways';
import { recordPaths, SETTINGS_FILE, settingsPath, SOURCE_SUFFIX, yearFolder } from './recordPaths';

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
  /** The meeting's own record, when saved. */
  current?: StoredRecord;
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
    const own = recordPaths(defaults, meeting).source;
    const ownName = own.slice(own.lastIndexOf('/') + 1);
    const currentFile = yearFiles.find((item) => item.name === ownName);
    const read = async (item: DriveItemRef): Promise<StoredRecord> => ({
      minutes: restoreMinutes(JSON.parse(await this.files.download(item))),
      item,
    });
    const [settingsText, current, earlier] = await Promise.all([
      settingsFile ? this.files.download(settingsFile) : undefined,
      currentFile ? read(currentFile) : undefined,
      this.newestReadable(earlierRecords(yearFiles, ownName), read),
    ]);
    const driveId = settingsFile?.driveId ?? yearFiles[0]?.driveId ?? (await this.files.groupDriveId(groupId));
    if (!settingsText) return { settings: { ...defaults, driveId }, stored: false, current, ...earlier };
    const settings = restoreGroupSettings(JSON.parse(settingsText));
    const found = { settings: { ...settings, driveId: settings.driveId ?? driveId }, stored: true };
    // Files are named after the group's name in its settings and kept in its folder; where either differs from
    // what was assumed, one more read there.
    if (settings.folderPath === SETTINGS_FOLDER && settings.name === meeting.group.name)
      return { ...found, current, ...earlier };
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
    if (!settings.driveId) return { unreadable: [] };
    const [current, earlier] = await Promise.all([
      this.read(settings.driveId, recordPaths(settings, meeting).source),
      this.previous(settings, meeting),
    ]);
    return { current, ...earlier };
  }

  /** The first of `items` (newest first) that reads as a record; the ones that do not are named, never fatal. */
  private async newestReadable(
    items: DriveItemRef[],
    read: (item: DriveItemRef) => Promise<StoredRecord | undefined>,
  ): Promise<Pick<MeetingFiles, 'previous' | 'unreadable'>> {
    const unreadable: string[] = [];
    for (const item of items.slice(0, NEIGHBOURS_TRIED)) {
      try {
        // Listed but gone by the time it is read (deleted meanwhile): simply not there.
        const previous = await read(item);
        if (previous) return { previous, unreadable };
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

  /** The newest readable record of the same year before `meetingStart`, for § numbering and follow-up. */
  async previous(
    settings: GroupSettings,
    minutes: Pick<Minutes, 'meeting' | 'group'>,
  ): Promise<Pick<MeetingFiles, 'previous' | 'unreadable'>> {
    const driveId = settings.driveId;
    if (!driveId) return { unreadable: [] };
    const own = recordPaths(settings, minutes).source;
    const folder = yearFolder(settings, minutes.meeting.start);
    const earlier = earlierRecords(await this.files.list(driveId, folder), own.slice(own.lastIndexOf('/') + 1));
    return this.newestReadable(earlier, (item) => this.read(driveId, `${folder}/${item.name}`));
  }
}

/** The year's record sources named before this meeting's, newest first (names begin with the date). */
function earlierRecords(items: DriveItemRef[], ownName: string): DriveItemRef[] {
  return items
    .filter((item) => item.name.endsWith(SOURCE_SUFFIX) && item.name < ownName)
    .sort((a, b) => b.name.localeCompare(a.name));
}
