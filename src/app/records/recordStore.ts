// The group's records and settings as files in its SharePoint library. Every write of the source
// uses the ETag it was read with; restore() is the only way JSON from the library enters the app.
import { RestoreError, restoreGroupSettings, restoreMinutes } from '../../domain/restore';
import { recordDate } from '../../domain/format';
import { sameMeeting } from '../../domain/meetingIdentity';
import type { GroupSettings, MeetingRef, Minutes } from '../../domain/model';
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
  /** Where the meeting's record is or will be written: the day's usual name, or with its start time when another
   * meeting of the group that day has the usual name. */
  path: string;
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
      this.inFolder(yearFiles, defaults, meeting, read),
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
  ): Promise<Pick<MeetingFiles, 'current' | 'path' | 'previous' | 'unreadable'>> {
    const path = recordPaths(settings, meeting).source;
    const driveId = settings.driveId;
    if (!driveId) return { path, unreadable: [] };
    const folder = yearFolder(settings, meeting.meeting.start);
    const read = async (item: DriveItemRef) => this.read(driveId, `${folder}/${item.name}`);
    return this.inFolder(await this.files.list(driveId, folder), settings, meeting, read);
  }

  /**
   * This meeting's record and the one before it among the year's files. A group can meet twice a day: a file is
   * this meeting's only if the record in it says so, and the day's earlier meeting is the previous record.
   */
  private async inFolder(
    yearFiles: DriveItemRef[],
    settings: Pick<GroupSettings, 'folderPath'>,
    meeting: Pick<Minutes, 'meeting' | 'group'>,
    read: (item: DriveItemRef) => Promise<StoredRecord | undefined>,
  ): Promise<Pick<MeetingFiles, 'current' | 'path' | 'previous' | 'unreadable'>> {
    const [usual, timed] = [recordPaths(settings, meeting).source, recordPaths(settings, meeting, true).source];
    const reads = new Map<string, Promise<StoredRecord | undefined>>();
    const readOnce = (item: DriveItemRef) => {
      const started = reads.get(item.name) ?? read(item);
      reads.set(item.name, started);
      return started;
    };
    const named = (path: string) => yearFiles.find((item) => item.name === fileName(path));
    const ownAt = async (path: string) => {
      const item = named(path);
      const record = item ? await readOnce(item) : undefined;
      return record && sameMeeting(record.minutes.meeting, meeting.meeting) ? record : undefined;
    };
    const [current, earlier] = await Promise.all([
      ownAt(usual).then(async (found) => found ?? (await ownAt(timed))),
      this.before(yearFiles, meeting.meeting, readOnce),
    ]);
    const path = current
      ? `${yearFolder(settings, meeting.meeting.start)}/${current.item.name}`
      : named(usual)
        ? timed
        : usual;
    return { ...(current ? { current } : {}), path, ...earlier };
  }

  /**
   * The newest readable record before this meeting: the latest of the same day's other meetings that started
   * before it, else the newest of the days before.
   */
  private async before(
    yearFiles: DriveItemRef[],
    meeting: MeetingRef,
    read: (item: DriveItemRef) => Promise<StoredRecord | undefined>,
  ): Promise<Pick<MeetingFiles, 'previous' | 'unreadable'>> {
    const day = recordDate(meeting.start);
    const sources = yearFiles.filter((item) => item.name.endsWith(SOURCE_SUFFIX));
    const unreadable: string[] = [];
    const sameDay = await Promise.all(
      sources
        .filter((item) => item.name.startsWith(`${day} `))
        .map((item) =>
          read(item).catch((error: unknown) => {
            if (!isUnreadable(error)) throw error;
            unreadable.push(item.name);
            return undefined;
          }),
        ),
    );
    const startOf = (record: StoredRecord) => Date.parse(record.minutes.meeting.start);
    const earlierToday = sameDay
      .filter((r): r is StoredRecord => r !== undefined && !sameMeeting(r.minutes.meeting, meeting))
      .filter((r) => startOf(r) < Date.parse(meeting.start))
      .sort((a, b) => startOf(b) - startOf(a))[0];
    if (earlierToday) return { previous: earlierToday, unreadable };
    const days = sources
      .filter((item) => item.name.slice(0, day.length) < day)
      .sort((a, b) => b.name.localeCompare(a.name));
    const older = await this.newestReadable(days, read);
    return { ...older, unreadable: [...unreadable, ...older.unreadable] };
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
}

const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
