// Reading requests and writing answers on Node's HTTP objects: shared by the Graph listener and the download origin,
// so both send bodies, content types and lengths the same way.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphResponse } from './types.js';

/** Graph's own content type for JSON answers. */
export const GRAPH_JSON_TYPE =
  'application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8';

export function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolveBody(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

export function lowerCaseHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers))
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  return headers;
}

export function send(
  response: ServerResponse,
  result: GraphResponse,
  extra: Record<string, string>,
  jsonType = GRAPH_JSON_TYPE,
): void {
  const headers: Record<string, string> = { ...extra, ...result.headers };
  let payload: Buffer | undefined;
  if (result.body.kind === 'json') {
    headers['Content-Type'] = jsonType;
    payload = Buffer.from(JSON.stringify(result.body.value));
  } else if (result.body.kind === 'bytes') {
    headers['Content-Type'] = result.body.contentType;
    payload = result.body.value;
  }
  if (payload) headers['Content-Length'] = String(payload.length);
  response.writeHead(result.status, headers);
  response.end(payload);
}
