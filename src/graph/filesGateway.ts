// The group's SharePoint document library, addressed by path: `Protokoll/2026/2026-02-27 Styrgrupp.minutes.json`.
import type { Client } from '@microsoft/microsoft-graph-client';
import type * as Graph from '@microsoft/microsoft-graph-types';
import { drivePath, pathSegment } from './encoding';
import { sendBatch } from './batch';
import { errorFromStatus, headerValue } from './errors';
import { NetworkError, NotFoundError, type DriveItemRef, type DriveItemVersion, type FilesGateway } from './gateways';
import { getAllPages } from './paging';
import { graphGet, graphSend, type GraphCall } from './request';

/**
 * Above this, an upload session instead of one PUT. Graph's simple upload now takes up to 250 MB, but Microsoft still
 * documents 4 MB as the point to switch, and a session resumes a broken transfer; records are far smaller anyway.
 */
export const SIMPLE_UPLOAD_LIMIT = 4 * 1024 * 1024;
/** Upload-session fragments must be multiples of 320 KiB; 10 × 320 KiB stays under the 4 MB a request should carry. */
const FRAGMENT_SIZE = 10 * 320 * 1024;

export class GraphFilesGateway implements FilesGateway {
  constructor(private readonly client: Client) {}

  async groupDriveId(groupId: string): Promise<string> {
    const drive = await graphGet<Graph.Drive>(
      this.client,
      files("Finding the group's document library", `/groups/${pathSegment(groupId)}/drive`, { $select: 'id' }),
    );
    return drive.id ?? '';
  }

  async item(driveId: string, path: string): Promise<DriveItemRef | undefined> {
    try {
      return toItemRef(
        await graphGet<Graph.DriveItem>(this.client, files(`Reading ${path}`, `${root(driveId)}:/${drivePath(path)}`)),
      );
    } catch (error) {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }
  }

  async readText(driveId: string, path: string): Promise<{ text: string; item: DriveItemRef } | undefined> {
    let item: Graph.DriveItem;
    try {
      item = await graphGet<Graph.DriveItem>(
        this.client,
        files(`Reading ${path}`, `${root(driveId)}:/${drivePath(path)}`),
      );
    } catch (error) {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }
    // The content is read after the item, so at worst it is newer than the eTag returned with it: the next save then
    // gets a 412 and re-reads, never overwrites. It is read through the item's pre-authenticated download URL, not
    // `…/content`: a browser cannot follow that 302 to SharePoint with Graph's headers (msgraph-sdk-javascript#109).
    const ref = toItemRef(item);
    return { text: await this.download(ref), item: ref };
  }

  write(
    driveId: string,
    path: string,
    body: Blob | Uint8Array | string,
    contentType: string,
    ifMatch: string | null,
  ): Promise<DriveItemRef> {
    return this.put(driveId, path, body, contentType, ifMatch);
  }

  replace(driveId: string, path: string, body: Blob | Uint8Array | string, contentType: string): Promise<DriveItemRef> {
    return this.put(driveId, path, body, contentType, undefined);
  }

  /** `ifMatch`: an ETag (replace exactly that version), null (create only) or undefined (replace whatever is there). */
  private async put(
    driveId: string,
    path: string,
    body: Blob | Uint8Array | string,
    contentType: string,
    ifMatch: string | null | undefined,
  ): Promise<DriveItemRef> {
    const content = new Blob([body as BlobPart], { type: contentType });
    // Create-only writes must fail on an existing file (409); a write with an ETag replaces exactly that version.
    const conflictBehavior = ifMatch === null ? 'fail' : 'replace';
    const preconditions: Record<string, string> = typeof ifMatch === 'string' ? { 'If-Match': ifMatch } : {};
    const target = `${root(driveId)}:/${drivePath(path)}:`;
    if (content.size <= SIMPLE_UPLOAD_LIMIT) {
      const item = await graphSend<Graph.DriveItem>(
        this.client,
        'PUT',
        {
          ...files(`Saving ${path}`, `${target}/content`, { '@microsoft.graph.conflictBehavior': conflictBehavior }),
          headers: { 'Content-Type': contentType, ...preconditions },
        },
        content,
      );
      return toItemRef(item);
    }
    const session = await graphSend<Graph.UploadSession>(
      this.client,
      'POST',
      { ...files(`Saving ${path}`, `${target}/createUploadSession`), headers: preconditions },
      { item: { '@microsoft.graph.conflictBehavior': conflictBehavior } },
    );
    return toItemRef(await uploadFragments(session.uploadUrl ?? '', content, `Saving ${path}`));
  }

  async list(driveId: string, folderPath: string): Promise<DriveItemRef[]> {
    const folder = drivePath(folderPath);
    try {
      const items = await getAllPages<Graph.DriveItem>(
        this.client,
        files(
          `Listing ${folderPath}`,
          folder === '' ? `${root(driveId)}/children` : `${root(driveId)}:/${folder}:/children`,
        ),
      );
      return items.map(toItemRef);
    } catch (error) {
      if (error instanceof NotFoundError) return [];
      throw error;
    }
  }

  async groupFolders(groupId: string, folderPaths: string[]): Promise<Map<string, DriveItemRef[]>> {
    const answers = await sendBatch(
      this.client,
      folderPaths.map((folder) => ({
        method: 'GET' as const,
        url: `/groups/${pathSegment(groupId)}/drive/root:/${drivePath(folder)}:/children`,
      })),
      { what: "Listing the group's records", needs: 'Files.ReadWrite.All' },
    );
    const listed = await Promise.all(
      answers.map(async (answer) => {
        if (answer instanceof NotFoundError) return [];
        if (answer instanceof Error) throw answer;
        const page = answer.body as { value?: Graph.DriveItem[]; '@odata.nextLink'?: string };
        // A folder of more than a page (records of many years in one folder) continues outside the batch.
        const rest = page['@odata.nextLink']
          ? await getAllPages<Graph.DriveItem>(this.client, files('Listing records', page['@odata.nextLink']))
          : [];
        return [...(page.value ?? []), ...rest].map(toItemRef);
      }),
    );
    return new Map(folderPaths.map((folder, i) => [folder, listed[i] ?? []]));
  }

  async download(file: DriveItemRef): Promise<string> {
    if (!file.downloadUrl) throw new Error(`${file.name}: Graph gave no download URL`);
    return new TextDecoder().decode(await fetchPreauthenticated(file.downloadUrl, `Reading ${file.name}`));
  }

  async downloadBytes(file: DriveItemRef): Promise<ArrayBuffer> {
    if (!file.downloadUrl) throw new Error(`${file.name}: Graph gave no download URL`);
    const bytes = await fetchPreauthenticated(file.downloadUrl, `Reading ${file.name}`);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  async versions(driveId: string, itemId: string): Promise<DriveItemVersion[]> {
    const versions = await getAllPages<Graph.DriveItemVersion>(
      this.client,
      files('Reading the version history', `${item(driveId, itemId)}/versions`),
    );
    return versions.map((version) => ({
      id: version.id ?? '',
      lastModifiedDateTime: version.lastModifiedDateTime ?? '',
      lastModifiedBy: {
        id: version.lastModifiedBy?.user?.id ?? undefined,
        displayName: version.lastModifiedBy?.user?.displayName ?? '',
      },
      size: version.size ?? undefined,
    }));
  }

  /**
   * `…/content?format=pdf` answers 302 to the conversion service (*.svc.ms), which a browser cannot follow with Graph's
   * headers (msgraph-sdk-javascript#196), and a converted file has no downloadUrl. Inside `$batch` the 302 comes back
   * as an answer whose Location header is readable; that URL is pre-authenticated and fetched as a simple GET.
   */
  async convertToPdf(driveId: string, itemId: string): Promise<Uint8Array> {
    const what = 'Converting the record to PDF';
    const [answer] = await sendBatch(
      this.client,
      [{ method: 'GET', url: `${item(driveId, itemId)}/content?format=pdf` }],
      { what, needs: 'Files.ReadWrite.All' },
    );
    if (answer instanceof Error) throw answer;
    const location = answer && headerValue(answer.headers, 'Location');
    if (!location) throw new Error(`${what}: Graph answered ${answer?.status ?? 'nothing'} without a Location.`);
    return fetchPreauthenticated(location, what);
  }
}

/**
 * A pre-authenticated URL (downloadUrl, a conversion's Location) must get no bearer token and no custom header, so it
 * is a plain fetch outside the Graph client: a simple GET needs no CORS preflight. A browser blocking it (the host
 * sent no CORS headers) shows as a TypeError, turned into a NetworkError that says where.
 */
async function fetchPreauthenticated(url: string, what: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new NetworkError(
      `${what}: the file host ${new URL(url).host} could not be reached or refused this page (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  if (!response.ok) throw await errorFromStatus(response, { what, scopes: ['Files.ReadWrite.All'] });
  return new Uint8Array(await response.arrayBuffer());
}

function files(what: string, path: string, query?: GraphCall['query']): GraphCall {
  return { what, needs: 'Files.ReadWrite.All', path, query };
}

function root(driveId: string): string {
  return `/drives/${pathSegment(driveId)}/root`;
}

function item(driveId: string, itemId: string): string {
  return `/drives/${pathSegment(driveId)}/items/${pathSegment(itemId)}`;
}

/**
 * The session's upload URL is pre-authenticated and must be sent no Authorization header, so it is called with plain
 * fetch, outside the Graph client; each fragment says which bytes it carries with Content-Range.
 */
async function uploadFragments(uploadUrl: string, content: Blob, what: string): Promise<Graph.DriveItem> {
  for (let start = 0; start < content.size; start += FRAGMENT_SIZE) {
    const end = Math.min(start + FRAGMENT_SIZE, content.size);
    const response = await fetch(uploadUrl, {
      method: 'PUT',
      headers: { 'Content-Range': `bytes ${start}-${end - 1}/${content.size}` },
      body: content.slice(start, end),
    });
    if (response.status === 200 || response.status === 201) return (await response.json()) as Graph.DriveItem;
    if (response.status !== 202)
      throw await errorFromStatus(response, { what, scopes: ['Files.ReadWrite.All'], method: 'PUT' });
  }
  throw new Error(`${what}: the upload session ended without the file.`);
}

/** Graph's instance annotation on files in listings and item reads; not in the typed model. */
type DownloadableItem = Graph.DriveItem & { '@microsoft.graph.downloadUrl'?: string };

function toItemRef(driveItem: Graph.DriveItem): DriveItemRef {
  return {
    id: driveItem.id ?? '',
    name: driveItem.name ?? '',
    eTag: driveItem.eTag ?? '',
    ...(driveItem.parentReference?.driveId ? { driveId: driveItem.parentReference.driveId } : {}),
    ...(typeof (driveItem as DownloadableItem)['@microsoft.graph.downloadUrl'] === 'string'
      ? { downloadUrl: (driveItem as DownloadableItem)['@microsoft.graph.downloadUrl'] }
      : {}),
    webUrl: driveItem.webUrl ?? undefined,
    lastModifiedDateTime: driveItem.lastModifiedDateTime ?? undefined,
    lastModifiedBy: driveItem.lastModifiedBy?.user?.displayName ?? undefined,
    ...(driveItem.lastModifiedBy?.user?.id ? { lastModifiedById: driveItem.lastModifiedBy.user.id } : {}),
    ...(driveItem.createdBy?.user?.id
      ? { createdBy: { id: driveItem.createdBy.user.id, displayName: driveItem.createdBy.user.displayName ?? '' } }
      : {}),
    size: driveItem.size ?? undefined,
  };
}
