// Files in group drives: item by id or path, children, simple upload with If-Match and conflictBehavior,
// content via a 302 to a pre-authenticated URL (also ?format=pdf), versions, delete.
import { issuedDriveItemId, issuedGuid } from '../state/ids.js';
import { downloadUrl } from '../drive/downloadUrls.js';
import { sessionStatus } from '../drive/uploadSessions.js';
import {
  checkName,
  child,
  childrenOf,
  cTagOf,
  eTagOf,
  itemById,
  itemByPath,
  itemNotFound,
  itemView,
  mimeTypeOf,
  namesOf,
  pathNames,
} from '../drive/tree.js';
import { GraphError, notFound } from '../http/graphError.js';
import { contextUrl, entity, page } from '../routing/odata.js';
import { path, type Route } from '../routing/route.js';
import type { Environment } from '../routing/context.js';
import type { GraphContext } from '../routing/context.js';
import { empty, header, json, type GraphResponse } from '../http/types.js';
import type { DriveItemRecord, DriveRecord } from '../state/types.js';
import { groupInTenant } from './tenancy.js';

// Group drives are SharePoint libraries: Files.Read/ReadWrite cover only the user's own OneDrive.
const READ = ['Files.Read.All', 'Files.ReadWrite.All', 'Sites.Read.All', 'Sites.ReadWrite.All'];
const WRITE = ['Files.ReadWrite.All', 'Sites.ReadWrite.All'];

const accessDenied = (): GraphError => new GraphError(403, 'accessDenied', 'Access denied');

function drive(context: GraphContext): DriveRecord {
  const found = context.store.state.drives.find((candidate) => candidate.id === context.params[0]);
  const group = found && groupInTenant(context, found.groupId);
  if (!found || !group) throw notFound('itemNotFound', 'The resource could not be found.');
  if (!group.memberIds.includes(context.user.id)) throw accessDenied();
  return found;
}

/** The item a route addresses: `root`, `root:/path`, `items/{id}`. */
type Locate = (context: GraphContext, target: DriveRecord) => DriveItemRecord;
const byRoot: Locate = (_context, target) => itemById(target, target.rootId);
const byPath: Locate = (context, target) => itemByPath(target, pathNames(context.params[1] ?? ''));
const byId: Locate = (context, target) => itemById(target, context.params[1] ?? '');

function view(
  context: GraphContext,
  target: DriveRecord,
  item: DriveItemRecord,
  withDownloadUrl: boolean,
): Record<string, unknown> {
  const latest = item.versions[item.versions.length - 1];
  return itemView(target, item, {
    origin: context.origin,
    users: context.store.state.users,
    downloadUrl:
      withDownloadUrl && !item.folder && latest
        ? downloadUrl(
            context.downloadOrigin,
            { driveId: target.id, itemId: item.id, blobKey: latest.blobKey },
            context.now,
          )
        : undefined,
  });
}

const getItem =
  (locate: Locate) =>
  (context: GraphContext): GraphResponse => {
    const target = drive(context);
    const item = locate(context, target);
    return json(
      entity(context, view(context, target, item, true), contextUrl(context, `drives('${target.id}')/items/$entity`)),
      200,
      { ETag: eTagOf(item) },
    );
  };

const listChildren =
  (locate: Locate) =>
  (context: GraphContext): GraphResponse => {
    const target = drive(context);
    const folder = locate(context, target);
    if (!folder.folder) throw itemNotFound();
    const items = childrenOf(target, folder.id).map((item) => view(context, target, item, true));
    return json(page(context, items, contextUrl(context, `drives('${target.id}')/items('${folder.id}')/children`)));
  };

const getContent =
  (locate: Locate) =>
  (context: GraphContext): GraphResponse => {
    const target = drive(context);
    const item = locate(context, target);
    const latest = item.versions[item.versions.length - 1];
    if (item.folder || !latest) throw itemNotFound();
    const format = context.request.query.get('format');
    if (format && format !== 'pdf')
      throw new GraphError(406, 'notSupported', `Conversion to '${format}' is not supported.`);
    if (format === 'pdf' && context.modes.current.pdfConversion === 'fail')
      throw new GraphError(500, 'generalException', 'The file could not be converted to PDF.');
    const location = downloadUrl(
      context.downloadOrigin,
      {
        driveId: target.id,
        itemId: item.id,
        blobKey: latest.blobKey,
        ...(format === 'pdf' ? { format: 'pdf' as const } : {}),
      },
      context.now,
    );
    return empty(302, { Location: location });
  };

/** If-Match takes the item's eTag or cTag; `*` needs the item to exist. */
function checkIfMatch(context: GraphContext, existing: DriveItemRecord | undefined): void {
  const ifMatch = header(context.request, 'If-Match');
  if (!ifMatch) return;
  if (!existing) throw new GraphError(412, 'resourceModified', 'The item does not exist.');
  if (ifMatch !== '*' && ifMatch !== eTagOf(existing) && ifMatch !== cTagOf(existing))
    throw new GraphError(412, 'resourceModified', "ETag does not match current item's value");
}

function newItem(context: GraphContext, parentId: string, name: string, folder: boolean): DriveItemRecord {
  const stamp = context.now.toISOString();
  return {
    id: issuedDriveItemId(context.store.state),
    parentId,
    name,
    folder,
    tagGuid: issuedGuid(context.store.state, 'tag'),
    changeCount: 1,
    contentCount: 1,
    mimeType: folder ? undefined : mimeTypeOf(name),
    size: 0,
    createdAt: stamp,
    createdById: context.user.id,
    modifiedAt: stamp,
    modifiedById: context.user.id,
    versions: [],
  };
}

function ensureFolders(
  context: GraphContext,
  target: DriveRecord,
  parent: DriveItemRecord,
  names: string[],
): DriveItemRecord {
  let current = parent;
  for (const name of names) {
    checkName(name);
    const existing = child(target, current.id, name);
    if (existing && !existing.folder)
      throw new GraphError(409, 'nameAlreadyExists', `A file named '${name}' is in the way of the folder.`);
    if (existing) current = existing;
    else {
      const folder = newItem(context, current.id, name, true);
      target.items.push(folder);
      current = folder;
    }
  }
  return current;
}

function renamed(target: DriveRecord, parentId: string, name: string): string {
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let counter = 1; ; counter += 1) {
    const candidate = `${stem} ${counter}${extension}`;
    if (!child(target, parentId, candidate)) return candidate;
  }
}

/** Writes a new version of a file's bytes; the response is 201 when it was created, else 200. */
function writeFile(
  context: GraphContext,
  target: DriveRecord,
  parent: DriveItemRecord,
  name: string,
  existingOnly?: DriveItemRecord,
): GraphResponse {
  checkName(name);
  const behavior = context.request.query.get('@microsoft.graph.conflictBehavior') ?? 'replace';
  if (!['fail', 'replace', 'rename'].includes(behavior))
    throw new GraphError(400, 'invalidRequest', `Invalid conflictBehavior '${behavior}'.`);
  let existing = existingOnly ?? child(target, parent.id, name);
  if (existing?.folder) throw new GraphError(409, 'nameAlreadyExists', 'The specified item name already exists.');
  checkIfMatch(context, existing);
  if (header(context.request, 'If-None-Match') === '*' && existing)
    throw new GraphError(412, 'resourceModified', 'The item already exists.');
  let fileName = name;
  if (existing && !existingOnly && behavior === 'fail')
    throw new GraphError(409, 'nameAlreadyExists', 'The specified item name already exists.');
  if (existing && !existingOnly && behavior === 'rename') {
    fileName = renamed(target, parent.id, name);
    existing = undefined;
  }
  const item = existing ?? newItem(context, parent.id, fileName, false);
  if (!existing) target.items.push(item);
  else {
    item.changeCount += 1;
    item.contentCount += 1;
  }
  const bytes = context.request.body;
  const versionNumber = item.versions.length + 1;
  const blobKey = `${item.id}.${versionNumber}`;
  context.store.putBlob(blobKey, bytes);
  item.versions.push({
    id: `${versionNumber}.0`,
    at: context.now.toISOString(),
    byId: context.user.id,
    size: bytes.length,
    blobKey,
  });
  item.size = bytes.length;
  item.modifiedAt = context.now.toISOString();
  item.modifiedById = context.user.id;
  context.store.mirror([target.name, ...namesOf(target, item)].join('/'), bytes);
  context.store.changed();
  return json(
    {
      '@odata.context': contextUrl(context, `drives('${target.id}')/items/$entity`),
      ...view(context, target, item, true),
    },
    existing ? 200 : 201,
    { ETag: eTagOf(item) },
  );
}

function putByPath(context: GraphContext): GraphResponse {
  const target = drive(context);
  const names = pathNames(context.params[1] ?? '');
  const name = names.pop();
  if (!name) throw new GraphError(400, 'invalidRequest', 'A file name is required.');
  const parent = ensureFolders(context, target, itemById(target, target.rootId), names);
  return writeFile(context, target, parent, name);
}

function putUnderParent(context: GraphContext): GraphResponse {
  const target = drive(context);
  const names = pathNames(context.params[2] ?? '');
  const name = names.pop();
  if (!name) throw new GraphError(400, 'invalidRequest', 'A file name is required.');
  const parent = itemById(target, context.params[1] ?? '');
  if (!parent.folder) throw new GraphError(400, 'invalidRequest', 'The parent is not a folder.');
  return writeFile(context, target, ensureFolders(context, target, parent, names), name);
}

function putById(context: GraphContext): GraphResponse {
  const target = drive(context);
  const item = itemById(target, context.params[1] ?? '');
  const parent = itemById(target, item.parentId ?? target.rootId);
  return writeFile(context, target, parent, item.name, item);
}

/** POST …:/createUploadSession: checks name, conflict and If-Match now; the bytes come to the session's URL. */
const createUploadSession =
  (parentParam: number | undefined, pathParam: number) =>
  (context: GraphContext): GraphResponse => {
    const target = drive(context);
    const names = pathNames(context.params[pathParam] ?? '');
    const name = names.pop();
    if (!name) throw new GraphError(400, 'invalidRequest', 'A file name is required.');
    for (const folder of [...names, name]) checkName(folder);
    const parent =
      parentParam === undefined ? itemById(target, target.rootId) : itemById(target, context.params[parentParam] ?? '');
    const body = context.request.body.length
      ? (JSON.parse(context.request.body.toString('utf8')) as { item?: Record<string, string> })
      : {};
    const conflictBehavior =
      body.item?.['@microsoft.graph.conflictBehavior'] ??
      context.request.query.get('@microsoft.graph.conflictBehavior') ??
      'replace';
    let existing: DriveItemRecord | undefined;
    try {
      existing = itemByPath(target, [...names, name], parent.id);
    } catch {
      existing = undefined;
    }
    if (existing && conflictBehavior === 'fail')
      throw new GraphError(409, 'nameAlreadyExists', 'The specified item name already exists.');
    checkIfMatch(context, existing);
    const session = context.uploads.create(
      {
        driveId: target.id,
        parentId: parent.id,
        folderNames: names,
        name,
        userId: context.user.id,
        conflictBehavior,
        ifMatch: header(context.request, 'If-Match'),
      },
      context.now,
    );
    return json({
      '@odata.context': contextUrl(context, 'microsoft.graph.uploadSession'),
      uploadUrl: `${context.origin}/_upload/${session.id}`,
      ...sessionStatus(session),
    });
  };

/**
 * A fragment PUT to an upload URL (no bearer token: like Graph, one is refused with 401). 202 with the next
 * expected range until the last byte, then the driveItem (201 created, 200 replaced).
 */
export function receiveFragment(
  sessionId: string,
  method: string,
  headers: Record<string, string>,
  body: Buffer,
  environment: Environment,
): GraphResponse {
  const session = environment.uploads.get(sessionId, environment.now);
  if (!session) throw new GraphError(404, 'itemNotFound', 'The upload session was not found or has expired.');
  if (method === 'DELETE') {
    environment.uploads.remove(session.id);
    return empty(204);
  }
  if (method === 'GET') return json(sessionStatus(session));
  if (method !== 'PUT') throw new GraphError(405, 'invalidRequest', 'Upload URLs take PUT, GET and DELETE.');
  if (headers.authorization)
    throw new GraphError(
      401,
      'unauthenticated',
      'Upload URLs are pre-authenticated; do not send an Authorization header.',
    );
  const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(headers['content-range'] ?? '');
  if (!range)
    throw new GraphError(400, 'invalidRequest', 'A fragment needs a Content-Range header: bytes start-end/total.');
  const [start, end, total] = [Number(range[1]), Number(range[2]), Number(range[3])];
  if (session.total !== undefined && total !== session.total)
    throw new GraphError(400, 'invalidRequest', 'The total size changed between fragments.');
  if (start !== session.nextOffset || end < start || end >= total)
    throw new GraphError(416, 'invalidRange', `Expected the fragment to start at byte ${session.nextOffset}.`);
  if (body.length !== end - start + 1)
    throw new GraphError(400, 'invalidRequest', 'The fragment length does not match its Content-Range.');
  session.total = total;
  session.received.push(body);
  session.nextOffset = end + 1;
  if (session.nextOffset < total) return json(sessionStatus(session), 202);
  environment.uploads.remove(session.id);
  const user = environment.store.state.users.find((candidate) => candidate.id === session.userId);
  if (!user) throw new GraphError(404, 'itemNotFound', 'The uploading user no longer exists.');
  const context: GraphContext = {
    ...environment,
    user,
    scopes: new Set(),
    params: [session.driveId],
    request: {
      method: 'PUT',
      path: '',
      query: new URLSearchParams({ '@microsoft.graph.conflictBehavior': session.conflictBehavior }),
      headers: session.ifMatch ? { 'if-match': session.ifMatch } : {},
      body: Buffer.concat(session.received),
    },
  };
  const target = drive(context);
  const parent = ensureFolders(context, target, itemById(target, session.parentId), session.folderNames);
  return writeFile(context, target, parent, session.name);
}

const deleteItem =
  (locate: Locate) =>
  (context: GraphContext): GraphResponse => {
    const target = drive(context);
    const item = locate(context, target);
    if (item.parentId === null) throw new GraphError(403, 'accessDenied', 'The root cannot be deleted.');
    checkIfMatch(context, item);
    const doomed = new Set([item.id]);
    for (let grew = true; grew;) {
      grew = false;
      for (const candidate of target.items) {
        if (candidate.parentId && doomed.has(candidate.parentId) && !doomed.has(candidate.id)) {
          doomed.add(candidate.id);
          grew = true;
        }
      }
    }
    context.store.mirror([target.name, ...namesOf(target, item)].join('/'), null);
    target.items = target.items.filter((candidate) => !doomed.has(candidate.id));
    context.store.changed();
    return empty(204);
  };

function driveView(context: GraphContext, target: DriveRecord): Record<string, unknown> {
  const group = context.store.state.groups.find((candidate) => candidate.id === target.groupId);
  const root = itemById(target, target.rootId);
  return {
    id: target.id,
    driveType: 'documentLibrary',
    name: 'Documents',
    description: '',
    createdDateTime: root.createdAt,
    lastModifiedDateTime: root.modifiedAt,
    webUrl: `${context.origin}/_emulator/files/${target.id}`,
    createdBy: { user: { displayName: 'System Account' } },
    owner: { group: { id: target.groupId, displayName: group?.displayName ?? '', email: group?.mail ?? '' } },
    quota: { deleted: 0, remaining: 27487790694400, state: 'normal', total: 27487790694400, used: 0 },
  };
}

/**
 * `POST …/versions/{id}/restoreVersion`: the old content becomes a new current version, written by the caller
 * (https://learn.microsoft.com/graph/api/driveitemversion-restore). 204 No Content.
 */
function restoreVersion(context: GraphContext): GraphResponse {
  const target = drive(context);
  const item = byId(context, target);
  const old = item.versions.find((version) => version.id === context.params[2]);
  if (!old) throw itemNotFound();
  const versionNumber = item.versions.length + 1;
  const stamp = context.now.toISOString();
  item.versions.push({ ...old, id: `${versionNumber}.0`, at: stamp, byId: context.user.id });
  item.changeCount += 1;
  item.contentCount += 1;
  item.size = old.size;
  item.modifiedAt = stamp;
  item.modifiedById = context.user.id;
  const bytes = context.store.blob(old.blobKey);
  if (bytes) context.store.mirror([target.name, ...namesOf(target, item)].join('/'), bytes);
  context.store.changed();
  return empty(204);
}

export const driveRoutes: Route[] = [
  {
    method: 'GET',
    pattern: path('/groups/{}/drive'),
    scopes: READ,
    handle: (context) => {
      const group = groupInTenant(context, context.params[0] ?? '');
      if (!group) throw notFound('Request_ResourceNotFound', `Resource '${context.params[0] ?? ''}' does not exist.`);
      if (!group.memberIds.includes(context.user.id)) throw accessDenied();
      const target = context.store.state.drives.find((candidate) => candidate.id === group.driveId);
      if (!target) throw notFound('itemNotFound', 'The resource could not be found.');
      return json(entity(context, driveView(context, target), contextUrl(context, 'drives/$entity')));
    },
  },
  {
    method: 'GET',
    pattern: path('/drives/{}'),
    scopes: READ,
    handle: (context) =>
      json(entity(context, driveView(context, drive(context)), contextUrl(context, 'drives/$entity'))),
  },
  { method: 'GET', pattern: path('/drives/{}/root'), scopes: READ, handle: getItem(byRoot) },
  { method: 'GET', pattern: path('/drives/{}/root/children'), scopes: READ, handle: listChildren(byRoot) },
  { method: 'GET', pattern: path('/drives/{}/root:/{path}:/children'), scopes: READ, handle: listChildren(byPath) },
  { method: 'GET', pattern: path('/drives/{}/root:/{path}:/content'), scopes: READ, handle: getContent(byPath) },
  { method: 'PUT', pattern: path('/drives/{}/root:/{path}:/content'), scopes: WRITE, handle: putByPath },
  { method: 'GET', pattern: /^\/drives\/([^/]+)\/root:\/(.+?):?$/i, scopes: READ, handle: getItem(byPath) },
  { method: 'DELETE', pattern: /^\/drives\/([^/]+)\/root:\/(.+?):?$/i, scopes: WRITE, handle: deleteItem(byPath) },
  { method: 'PUT', pattern: path('/drives/{}/items/{}:/{path}:/content'), scopes: WRITE, handle: putUnderParent },
  {
    method: 'POST',
    pattern: path('/drives/{}/root:/{path}:/createUploadSession'),
    scopes: WRITE,
    handle: createUploadSession(undefined, 1),
  },
  {
    method: 'POST',
    pattern: path('/drives/{}/items/{}:/{path}:/createUploadSession'),
    scopes: WRITE,
    handle: createUploadSession(1, 2),
  },
  { method: 'GET', pattern: path('/drives/{}/items/{}'), scopes: READ, handle: getItem(byId) },
  { method: 'DELETE', pattern: path('/drives/{}/items/{}'), scopes: WRITE, handle: deleteItem(byId) },
  { method: 'GET', pattern: path('/drives/{}/items/{}/children'), scopes: READ, handle: listChildren(byId) },
  { method: 'GET', pattern: path('/drives/{}/items/{}/content'), scopes: READ, handle: getContent(byId) },
  { method: 'PUT', pattern: path('/drives/{}/items/{}/content'), scopes: WRITE, handle: putById },
  {
    method: 'POST',
    pattern: path('/drives/{}/items/{}/versions/{}/restoreVersion'),
    scopes: WRITE,
    handle: restoreVersion,
  },
  {
    method: 'GET',
    pattern: path('/drives/{}/items/{}/versions'),
    scopes: READ,
    handle: (context) => {
      const target = drive(context);
      const item = byId(context, target);
      const users = context.store.state.users;
      // Newest first, as SharePoint lists them.
      const versions = [...item.versions].reverse().map((version) => {
        const user = users.find((candidate) => candidate.id === version.byId);
        return {
          '@microsoft.graph.downloadUrl': downloadUrl(
            context.downloadOrigin,
            { driveId: target.id, itemId: item.id, blobKey: version.blobKey },
            context.now,
          ),
          id: version.id,
          lastModifiedDateTime: version.at,
          size: version.size,
          lastModifiedBy: {
            user: { email: user?.mail ?? null, id: version.byId, displayName: user?.displayName ?? 'System Account' },
          },
        };
      });
      return json(page(context, versions, contextUrl(context, `drives('${target.id}')/items('${item.id}')/versions`)));
    },
  },
];
