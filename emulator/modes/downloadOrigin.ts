// The second origin that serves file bytes, standing in for SharePoint (`*.sharepoint.com/_layouts/15/download.aspx`)
// and the media conversion service (`*.svc.ms`): Graph's `@microsoft.graph.downloadUrl` and the Location of `…/content`'s
// 302 both point at such a host, never at graph.microsoft.com.
//
// Its CORS is the point. A pre-authenticated URL is meant to be fetched as a simple GET, without a preflight
// (msgraph-sdk-javascript#109); a preflight is not answered (msgraph-sdk-javascript#388, sp-dev-docs#3077), so a
// browser that follows Graph's 302 while carrying Graph's headers (Authorization, SdkVersion, client-request-id) fails.
// Mode `downloadCors: 'none'` drops the CORS headers of the GET as well.
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Certificate } from '../tls.js';
import type { GraphResponse } from '../http/types.js';
import { send } from '../http/wire.js';
import type { Modes } from './modes.js';

export interface DownloadOrigin {
  /** e.g. https://localhost:4445 */
  url: string;
  close(): Promise<void>;
}

export interface DownloadOriginOptions {
  host: string;
  /** 0 = random. */
  port: number;
  tls: Certificate;
  modes: Modes;
  /** Answers a path below this origin (`/_download/<token>`). */
  serve(path: string): Promise<GraphResponse>;
}

function corsHeaders(modes: Modes): Record<string, string> {
  if (modes.current.downloadCors === 'none') return {};
  // Simple GETs only: no Access-Control-Allow-Headers, and the origin is `*` (a browser following a cross-origin
  // redirect sends `Origin: null`, so an echoed origin would not help).
  return { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Content-Disposition' };
}

async function handle(request: IncomingMessage, response: ServerResponse, options: DownloadOriginOptions) {
  const url = new URL(request.url ?? '/', 'https://downloads.invalid');
  if (request.method === 'OPTIONS') {
    // No CORS headers on the preflight: the browser refuses the actual request.
    response.writeHead(403, { 'Content-Length': '0' });
    response.end();
    return;
  }
  const cors = corsHeaders(options.modes);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, { status: 405, headers: {}, body: { kind: 'empty' } }, cors);
    return;
  }
  send(response, await options.serve(url.pathname), { ...cors, 'Cache-Control': 'no-cache' }, 'application/json');
}

export async function startDownloadOrigin(options: DownloadOriginOptions): Promise<DownloadOrigin> {
  const server: Server = createServer({ key: options.tls.key, cert: options.tls.cert }, (request, response) => {
    handle(request, response, options).catch((error: unknown) => {
      console.error('[emulator downloads]', error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolveListen());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `https://localhost:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
    },
  };
}
