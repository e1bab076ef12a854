// Where a group's records live in its SharePoint library: `<folder>/<year>/<date> <group>.minutes.json`
// beside `.docx` and `.pdf`, and the group's settings in `<folder>/group-settings.json`.
import { recordFileBase } from '../../domain/assignments';
import { stockholmYear } from '../../domain/format';
import type { GroupSettings, Minutes } from '../../domain/model';

export const SETTINGS_FILE = 'group-settings.json';
export const SOURCE_SUFFIX = '.minutes.json';

export function settingsPath(folderPath: string): string {
  return `${folderPath}/${SETTINGS_FILE}`;
}

export function yearFolder(settings: Pick<GroupSettings, 'folderPath'>, meetingStart: string): string {
  return `${settings.folderPath}/${stockholmYear(meetingStart)}`;
}

/**
 * `<date> <group>`, or `<date> <HH.MM> <group>` (`withTime`) for a meeting whose day's usual name another meeting of
 * the group already has.
 */
export function recordPaths(
  settings: Pick<GroupSettings, 'folderPath'>,
  minutes: Pick<Minutes, 'meeting' | 'group'>,
  withTime = false,
) {
  return documentPaths(
    `${yearFolder(settings, minutes.meeting.start)}/${recordFileBase(minutes, withTime)}${SOURCE_SUFFIX}`,
  );
}

/** The Word document and PDF beside a record's source, whatever it is named. */
export function documentPaths(sourcePath: string) {
  const base = sourcePath.slice(0, -SOURCE_SUFFIX.length);
  return { source: sourcePath, docx: `${base}.docx`, pdf: `${base}.pdf` };
}

/**
 * Each approver's answer is a file of its own beside the record, `<date> <group>.approvals/<directory id>.json`,
 * written with the approver's own account: SharePoint, not the file, says who wrote it.
 */
export function approvalsFolder(sourcePath: string): string {
  return `${sourcePath.slice(0, -SOURCE_SUFFIX.length)}.approvals`;
}

export function approvalFilePath(sourcePath: string, personId: string): string {
  return `${approvalsFolder(sourcePath)}/${personId}.json`;
}

/** The approval link names the record by drive and path: the approver's own Graph access decides if it opens. */
export function recordKeyOf(driveId: string, path: string): string {
  return `${driveId}:${path}`;
}

export function parseRecordKey(key: string): { driveId: string; path: string } {
  const colon = key.indexOf(':');
  if (colon <= 0 || !key.endsWith(SOURCE_SUFFIX)) throw new Error(`Not a record reference: ${key}`);
  return { driveId: key.slice(0, colon), path: key.slice(colon + 1) };
}
