// The folder tree of a drive: lookups by id and by path, and driveItem views.
import { GraphError, notFound } from '../http/graphError.js';
import type { DriveItemRecord, DriveRecord, UserRecord } from '../state/types.js';

const MIME_TYPES: Record<string, string> = {
  json: 'application/json',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  txt: 'text/plain',
  md: 'text/markdown',
  html: 'text/html',
  htm: 'text/html',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/** SharePoint derives the type from the extension, not from the upload's Content-Type. */
export function mimeTypeOf(name: string): string {
  const extension = name.includes('.') ? (name.split('.').pop()?.toLowerCase() ?? '') : '';
  return MIME_TYPES[extension] ?? 'application/octet-stream';
}

export const itemNotFound = (): GraphError => notFound('itemNotFound', 'The resource could not be found.');

/** OneDrive/SharePoint refuse these characters and leading or trailing spaces in a name. */
export function checkName(name: string): void {
  if (!name || /["*:<>?/\\|]/.test(name) || name !== name.trim() || name === '.' || name === '..') {
    throw new GraphError(
      400,
      'invalidRequest',
      `The provided name '${name}' contains invalid characters or is not allowed.`,
    );
  }
}

export function childrenOf(drive: DriveRecord, parentId: string): DriveItemRecord[] {
  return drive.items.filter((item) => item.parentId === parentId).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

export function child(drive: DriveRecord, parentId: string, name: string): DriveItemRecord | undefined {
  const lower = name.toLowerCase();
  // Names are case-insensitive in SharePoint.
  return drive.items.find((item) => item.parentId === parentId && item.name.toLowerCase() === lower);
}

export function itemById(drive: DriveRecord, id: string): DriveItemRecord {
  const item = drive.items.find((candidate) => candidate.id === id);
  if (!item) throw itemNotFound();
  return item;
}

/** Splits a decoded drive path ("Protokoll/2026/a b.json") into names. */
export function pathNames(drivePath: string): string[] {
  return drivePath
    .replace(/^\/+|\/+$/g, '')
    .split('/')
    .filter(Boolean);
}

export function itemByPath(drive: DriveRecord, names: string[], from = drive.rootId): DriveItemRecord {
  let current = itemById(drive, from);
  for (const name of names) {
    const next = child(drive, current.id, name);
    if (!next) throw itemNotFound();
    current = next;
  }
  return current;
}

/** Names from the root to the item, the root excluded. */
export function namesOf(drive: DriveRecord, item: DriveItemRecord): string[] {
  const names: string[] = [];
  let current: DriveItemRecord | undefined = item;
  while (current && current.parentId !== null) {
    names.unshift(current.name);
    const parentId: string = current.parentId;
    current = drive.items.find((candidate) => candidate.id === parentId);
  }
  return names;
}

export const eTagOf = (item: DriveItemRecord): string => `"{${item.tagGuid.toUpperCase()}},${item.changeCount}"`;
export const cTagOf = (item: DriveItemRecord): string => `"c:{${item.tagGuid.toUpperCase()}},${item.contentCount}"`;

export interface ItemViewOptions {
  origin: string;
  users: UserRecord[];
  downloadUrl?: string;
}

function identity(users: UserRecord[], id: string): Record<string, unknown> {
  const user = users.find((candidate) => candidate.id === id);
  return { user: { email: user?.mail ?? null, id, displayName: user?.displayName ?? 'System Account' } };
}

const encodePath = (names: string[]): string => names.map(encodeURIComponent).join('/');

export function itemView(drive: DriveRecord, item: DriveItemRecord, options: ItemViewOptions): Record<string, unknown> {
  const names = namesOf(drive, item);
  const parent = item.parentId ? drive.items.find((candidate) => candidate.id === item.parentId) : undefined;
  const parentNames = parent ? namesOf(drive, parent) : [];
  const view: Record<string, unknown> = {
    '@odata.etag': eTagOf(item),
    createdDateTime: item.createdAt,
    eTag: eTagOf(item),
    id: item.id,
    lastModifiedDateTime: item.modifiedAt,
    name: item.parentId === null ? 'root' : item.name,
    webUrl: `${options.origin}/_emulator/files/${drive.id}/${encodePath(names)}`,
    cTag: cTagOf(item),
    size: item.folder ? childrenOf(drive, item.id).reduce((sum, entry) => sum + entry.size, 0) : item.size,
    createdBy: identity(options.users, item.createdById),
    lastModifiedBy: identity(options.users, item.modifiedById),
    parentReference: parent
      ? {
          driveType: 'documentLibrary',
          driveId: drive.id,
          id: parent.id,
          name: parent.parentId === null ? 'Shared Documents' : parent.name,
          path: `/drives/${drive.id}/root:${parentNames.length ? '/' + parentNames.join('/') : ''}`,
        }
      : { driveType: 'documentLibrary', driveId: drive.id },
    fileSystemInfo: { createdDateTime: item.createdAt, lastModifiedDateTime: item.modifiedAt },
  };
  if (options.downloadUrl) view['@microsoft.graph.downloadUrl'] = options.downloadUrl;
  if (item.folder) view.folder = { childCount: childrenOf(drive, item.id).length };
  else
    view.file = {
      mimeType: item.mimeType ?? 'application/octet-stream',
      hashes: {
        quickXorHash: Buffer.from(item.tagGuid + item.contentCount)
          .toString('base64')
          .slice(0, 28),
      },
    };
  if (item.parentId === null) view.root = {};
  return view;
}
