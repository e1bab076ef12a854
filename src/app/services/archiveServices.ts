// The group's archive (its records of one year), a record's SharePoint version history, and reopening.
import { recordDate } from '../../domain/format';
import { RestoreError } from '../../domain/restore';
import type { DriveItemRef, FilesGateway } from '../../graph/gateways';
import type { ArchiveServices, RecordSummary, RecordVersion } from '../../contracts/archive';
import type { RecordSession } from '../../contracts/records';
import { recordKeyOf, SOURCE_SUFFIX } from '../records/recordPaths';
import type { RecordStore, StoredRecord } from '../records/recordStore';
import type { ServiceContext } from '../serviceContext';
import { readApprovalFacts } from '../workflows/approvalFacts';
import { reopenRecord } from '../workflows/reopen';

/** Parallel reads of the year's sources, bounded so a busy year does not trip Graph's throttling. */
const PARALLEL_READS = 6;

async function mapBounded<T, R>(inputs: readonly T[], limit: number, work: (input: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(inputs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < inputs.length) {
      const index = next++;
      results[index] = await work(inputs[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, inputs.length) }, worker));
  return results;
}

/** A file someone broke by hand is left out rather than failing the whole year; anything else (network, 403) fails. */
async function readRestorable(records: RecordStore, driveId: string, path: string): Promise<StoredRecord | undefined> {
  try {
    return await records.read(driveId, path);
  } catch (error) {
    if (error instanceof RestoreError || error instanceof SyntaxError) return undefined;
    throw error;
  }
}

/** The readable record to link: the filed PDF once approved, else the Word document, else the source itself. */
function readableUrl(folder: DriveItemRef[], source: DriveItemRef, approved: boolean): string | undefined {
  const base = source.name.slice(0, -SOURCE_SUFFIX.length);
  const named = (extension: string) => folder.find((item) => item.name === `${base}${extension}`)?.webUrl;
  return (approved ? named('.pdf') : undefined) ?? named('.docx') ?? source.webUrl;
}

export async function listGroupRecords(
  { records, files }: { records: RecordStore; files: FilesGateway },
  groupId: string,
  year: number,
): Promise<RecordSummary[]> {
  const { settings } = await records.settings(groupId, '');
  const driveId = settings.driveId;
  if (!driveId) return [];
  const folderPath = `${settings.folderPath}/${year}`;
  const folder = await files.list(driveId, folderPath);
  const sources = folder.filter((item) => item.name.endsWith(SOURCE_SUFFIX));
  const read = await mapBounded(sources, PARALLEL_READS, async (item) => {
    const path = `${folderPath}/${item.name}`;
    const stored = await readRestorable(records, driveId, path);
    // Approved is asked of Microsoft 365 (the approvers' own files), never read from the record.
    const approved =
      stored?.minutes.status === 'sentForApproval' &&
      (await readApprovalFacts({ records, files }, driveId, path, settings.notesApprovers))?.state.status ===
        'approved';
    return { item, stored, approved };
  });
  return read
    .flatMap(({ item, stored, approved }): RecordSummary[] => {
      if (!stored) return [];
      const { minutes } = stored;
      const webUrl = readableUrl(folder, item, approved);
      const lastModified = stored.item.lastModifiedDateTime ?? item.lastModifiedDateTime;
      return [
        {
          recordKey: recordKeyOf(driveId, `${folderPath}/${item.name}`),
          groupId,
          groupName: settings.name || minutes.group.name,
          title: minutes.title,
          date: recordDate(minutes.meeting.start),
          status: approved ? 'approved' : minutes.status,
          ...(webUrl ? { webUrl } : {}),
          ...(lastModified ? { lastModified } : {}),
        },
      ];
    })
    .sort((a, b) => b.date.localeCompare(a.date) || b.title.localeCompare(a.title, 'sv'));
}

export async function recordVersions(
  context: Pick<ServiceContext, 'gateways'>,
  session: RecordSession,
): Promise<RecordVersion[]> {
  const { driveId, itemId } = session.remote;
  if (!itemId) return [];
  const versions = await context.gateways.files.versions(driveId, itemId);
  return versions
    .map((v) => ({
      id: v.id,
      savedAt: v.lastModifiedDateTime,
      savedBy: v.lastModifiedBy.displayName || v.lastModifiedBy.id || '',
    }))
    .sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
}

export function archiveServices(context: ServiceContext): ArchiveServices {
  return {
    listRecords: (groupId, year) =>
      listGroupRecords({ records: context.records, files: context.gateways.files }, groupId, year),
    recordHistory: (session) => recordVersions(context, session),
    reopen: (session) => reopenRecord(context, session),
  };
}
