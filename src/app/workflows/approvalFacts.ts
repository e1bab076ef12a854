// What Microsoft 365 says about a record's approval, read fresh each time: the record's current version (its
// content, who saved it, who created the file) and every approval file beside it with who last wrote it.
import {
  ApprovalError,
  verifyApprovals,
  type ApprovalEvidence,
  type ApprovalState,
  type RecordVersion,
} from '../../domain/approval';
import { readApprovalClaim } from '../../domain/approvalClaim';
import type { ApproverRole } from '../../domain/model';
import type { DriveItemVersion, FilesGateway } from '../../graph/gateways';
import { approvalsFolder } from '../records/recordPaths';
import type { RecordStore, StoredRecord } from '../records/recordStore';
import { contentHash } from './contentHash';

export interface ApprovalFacts {
  stored: StoredRecord;
  version: RecordVersion;
  evidence: ApprovalEvidence[];
  state: ApprovalState;
}

export interface FactsDeps {
  records: RecordStore;
  files: FilesGateway;
}

/** A save between reading the item and listing its versions is retried this often before giving up. */
const READ_ATTEMPTS = 3;

/** SharePoint numbers versions "major.minor" upwards; by number, not by clock, which servers and restores skew. */
const versionNumber = (version: DriveItemVersion): [number, number] => {
  const [major = 0, minor = 0] = version.id.split('.').map(Number);
  return [major, minor];
};
const newestFirst = (versions: DriveItemVersion[]): DriveItemVersion[] =>
  [...versions].sort((a, b) => {
    const [x, y] = [versionNumber(a), versionNumber(b)];
    return y[0] - x[0] || y[1] - x[1];
  });

/**
 * The record's content and the version it is. Graph gives the current version's content only through the item
 * itself ("You cannot get the content of the current version", OneDrive/onedrive-api-docs#1112), so the item is
 * read, then its versions listed: when the newest version is the one the item reported, no save came in between
 * and the content read is that version's.
 */
async function currentVersion(
  deps: FactsDeps,
  driveId: string,
  path: string,
): Promise<{ stored: StoredRecord; version: RecordVersion } | undefined> {
  for (let attempt = 1; attempt <= READ_ATTEMPTS; attempt++) {
    const stored = await deps.records.read(driveId, path);
    if (!stored) return undefined;
    const [versions, hash] = await Promise.all([
      deps.files.versions(driveId, stored.item.id),
      contentHash(stored.minutes),
    ]);
    const newest = newestFirst(versions)[0];
    if (!newest || newest.lastModifiedDateTime !== stored.item.lastModifiedDateTime) continue;
    return {
      stored,
      version: {
        itemId: stored.item.id,
        versionId: newest.id,
        savedBy: { id: newest.lastModifiedBy.id ?? '', name: newest.lastModifiedBy.displayName },
        savedAt: newest.lastModifiedDateTime,
        secretary: {
          id: stored.item.createdBy?.id ?? '',
          name: stored.item.createdBy?.displayName ?? '',
        },
        contentHash: hash,
        minutes: stored.minutes,
      },
    };
  }
  throw new ApprovalError({
    sv: 'Protokollet sparas just nu av någon annan. Försök igen om en stund.',
    en: 'Someone is saving the record right now. Try again in a moment.',
  });
}

/** Every approval file, with its author and time from Graph's metadata and its claim from its text. */
async function approvalEvidence(deps: FactsDeps, driveId: string, path: string): Promise<ApprovalEvidence[]> {
  const files = (await deps.files.list(driveId, approvalsFolder(path))).filter((item) => item.name.endsWith('.json'));
  return Promise.all(
    files.map(async (item) => {
      const claim = readApprovalClaim(await deps.files.download(item));
      return {
        ownerId: item.name.slice(0, -'.json'.length),
        writtenBy: { id: item.lastModifiedById ?? '', name: item.lastModifiedBy ?? '' },
        writtenAt: item.lastModifiedDateTime ?? '',
        ...(claim ? { claim } : {}),
      };
    }),
  );
}

export async function readApprovalFacts(
  deps: FactsDeps,
  driveId: string,
  path: string,
  notesApprovers: readonly ApproverRole[],
): Promise<ApprovalFacts | undefined> {
  const [current, evidence] = await Promise.all([
    currentVersion(deps, driveId, path),
    approvalEvidence(deps, driveId, path),
  ]);
  if (!current) return undefined;
  return { ...current, evidence, state: verifyApprovals(current.version, evidence, notesApprovers) };
}
