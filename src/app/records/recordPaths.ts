// Where a group's records live in its SharePoint library: `<folder>/<year>/<date> <HH.MM> <group>.minutes.json`
// beside `.docx` and `.pdf`, and the group's settings in `<folder>/group-settings.json`. The start time tells apart
// two meetings of a group on one day; records saved before it was added are named `<date> <group>` and still open.
import { recordFileBase, safeFileName } from '../../domain/assignments';
import { clockTime, recordDate, stockholmYear } from '../../domain/format';
import type { GroupSettings, Minutes } from '../../domain/model';

export const SETTINGS_FILE = 'group-settings.json';
export const SOURCE_SUFFIX = '.minutes.json';

export function settingsPath(folderPath: string): string {
  return `${folderPath}/${SETTINGS_FILE}`;
}

export function yearFolder(settings: Pick<GroupSettings, 'folderPath'>, meetingStart: string): string {
  return `${settings.folderPath}/${stockholmYear(meetingStart)}`;
}

/** "2026-02-27 13.00 Styrgrupp närvård": the base name of a meeting's record files. */
function meetingFileBase(minutes: Pick<Minutes, 'meeting' | 'group'>): string {
  const date = recordDate(minutes.meeting.start);
  return safeFileName(`${date} ${clockTime(minutes.meeting.start)} ${minutes.group.name}`, date);
}

/** Where a meeting's record is written when it has none yet. */
export function recordPaths(settings: Pick<GroupSettings, 'folderPath'>, minutes: Pick<Minutes, 'meeting' | 'group'>) {
  const source = `${yearFolder(settings, minutes.meeting.start)}/${meetingFileBase(minutes)}${SOURCE_SUFFIX}`;
  return { source, ...documentPaths(source) };
}

/** The Word document and PDF share the source's base name, whatever name the source was found under. */
export function documentPaths(sourcePath: string): { docx: string; pdf: string } {
  const base = sourcePath.slice(0, -SOURCE_SUFFIX.length);
  return { docx: `${base}.docx`, pdf: `${base}.pdf` };
}

const TIMED_NAME = /^\d{4}-\d\d-\d\d \d\d\.\d\d /;

/**
 * The file names a meeting's record may have in its year folder: `<date> <HH.MM> <group>` at any time of that day
 * (the meeting may have been moved since it was saved), or `<date> <group>` as saved before times were added.
 */
export function sameDayRecordName(name: string, minutes: Pick<Minutes, 'meeting' | 'group'>): boolean {
  const date = recordDate(minutes.meeting.start);
  if (!name.startsWith(`${date} `) || !name.endsWith(SOURCE_SUFFIX)) return false;
  const legacy = `${recordFileBase(minutes)}${SOURCE_SUFFIX}`;
  const timed = meetingFileBase(minutes).slice(date.length + ' HH.MM'.length);
  return (
    name === legacy ||
    (TIMED_NAME.test(name) && name.slice(date.length + ' HH.MM'.length) === `${timed}${SOURCE_SUFFIX}`)
  );
}

/** Record file names newest meeting first: by date, then start time (an untimed, older name after the timed ones). */
export function newestRecordFirst(a: string, b: string): number {
  const key = (name: string) => `${name.slice(0, 10)} ${TIMED_NAME.test(name) ? name.slice(11, 16) : ''}`;
  return key(b).localeCompare(key(a)) || b.localeCompare(a);
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
