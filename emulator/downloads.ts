// Serving bytes without a bearer token: the pre-authenticated /_download URLs (optionally converted to PDF)
// and /_emulator/files/<driveId>/<path> for humans and webUrl.
import { readGrant } from './drive/downloadUrls.js';
import { documentText } from './drive/documentText.js';
import { textToPdf } from './drive/pdf.js';
import { itemByPath, pathNames } from './drive/tree.js';
import { GraphError } from './http/graphError.js';
import { PDF_SLOW_MS, type EmulatorModes } from './modes/modes.js';
import type { GraphResponse } from './http/types.js';
import type { Store } from './state/store.js';

const failure = (status: number, code: string, message: string): GraphResponse => ({
  status,
  headers: {},
  body: { kind: 'json', value: { error: { code, message } } },
});

function bytesResponse(name: string, bytes: Buffer, contentType: string): GraphResponse {
  return {
    status: 200,
    headers: { 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}` },
    body: { kind: 'bytes', value: bytes, contentType },
  };
}

export async function serveDownload(
  token: string,
  store: Store,
  now: Date,
  modes: Readonly<EmulatorModes>,
): Promise<GraphResponse> {
  const grant = readGrant(token, now);
  // SharePoint answers an expired or tampered tempauth URL with 401.
  if (!grant) return failure(401, 'unauthenticated', 'The download URL is invalid or has expired.');
  const drive = store.state.drives.find((candidate) => candidate.id === grant.driveId);
  const item = drive?.items.find((candidate) => candidate.id === grant.itemId);
  const bytes = store.blob(grant.blobKey);
  if (!item || !bytes) return failure(404, 'itemNotFound', 'The resource could not be found.');
  if (grant.format === 'pdf') {
    if (modes.pdfConversion === 'slow') await new Promise((resolve) => setTimeout(resolve, PDF_SLOW_MS));
    const pdfName = item.name.replace(/\.[^.]*$/, '') + '.pdf';
    return bytesResponse(pdfName, textToPdf(await documentText(item.name, bytes)), 'application/pdf');
  }
  return bytesResponse(item.name, bytes, item.mimeType ?? 'application/octet-stream');
}

export function serveFile(driveId: string, encodedPath: string, store: Store): GraphResponse {
  const drive = store.state.drives.find((candidate) => candidate.id === driveId);
  if (!drive) return failure(404, 'itemNotFound', 'No such drive.');
  try {
    const item = itemByPath(drive, pathNames(decodeURIComponent(encodedPath)));
    const latest = item.versions[item.versions.length - 1];
    const bytes = latest ? store.blob(latest.blobKey) : undefined;
    if (item.folder || !bytes) return failure(404, 'itemNotFound', 'Not a file.');
    return bytesResponse(item.name, bytes, item.mimeType ?? 'application/octet-stream');
  } catch (error) {
    if (error instanceof GraphError) return failure(error.status, error.code, error.message);
    throw error;
  }
}
