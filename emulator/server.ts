// The Graph emulator: one HTTPS server for /v1.0 (Graph), /_upload (pre-authenticated upload URLs) and /_emulator
// (control API, no auth), and a second one on its own origin for /_download (pre-authenticated file URLs, as SharePoint).
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { authenticate, type Caller } from './auth.js';
import { runBatch } from './batch.js';
import { control } from './control.js';
import { serveDownload } from './downloads.js';
import { UploadSessions } from './drive/uploadSessions.js';
import { faultError, Faults } from './faults.js';
import { startDownloadOrigin } from './modes/downloadOrigin.js';
import { Modes } from './modes/modes.js';
import { GraphError } from './http/graphError.js';
import type { Environment } from './routing/context.js';
import { answer, errorResponse, Router, type Correlation } from './routing/router.js';
import type { GraphResponse } from './http/types.js';
import { lowerCaseHeaders, readBody, send } from './http/wire.js';
import { RequestLog } from './requestLog.js';
import { receiveFragment } from './routes/drives.js';
import { allRoutes } from './routes/index.js';
import { seedTenant } from './seed/tenant.js';
import { Store } from './state/store.js';
import { certificate } from './tls.js';

export interface EmulatorOptions {
  /** 0 = random; default 4444. */
  port?: number;
  /** The download origin's port (SharePoint's stand-in); default port + 1, random when port is 0. */
  downloadPort?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default .emulator-data. */
  dataDir?: string;
  /** Default 10. */
  pageSize?: number;
  /** Default true. */
  persist?: boolean;
  now?: () => Date;
}

export interface RunningEmulator {
  /** e.g. https://localhost:4444 */
  url: string;
  /** url + '/v1.0' */
  graphUrl: string;
  /** The origin of download URLs, e.g. https://localhost:4445: a separate origin, as SharePoint is. */
  downloadOrigin: string;
  port: number;
  close(): Promise<void>;
}

const ALLOWED_HEADERS =
  'Authorization, If-Match, If-None-Match, Prefer, ConsistencyLevel, Content-Type, client-request-id, SdkVersion, return-client-request-id';
const EXPOSED_HEADERS =
  'ETag, Location, Retry-After, request-id, client-request-id, Content-Location, Preference-Applied';

function corsHeaders(request: IncomingMessage): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': request.headers.origin ?? '*',
    'Access-Control-Expose-Headers': EXPOSED_HEADERS,
    Vary: 'Origin',
  };
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const persist = options.persist ?? true;
  const dataDir = persist ? resolve(options.dataDir ?? '.emulator-data') : undefined;
  const now = options.now ?? (() => new Date());
  const pageSize = options.pageSize ?? 10;
  const modes = new Modes();
  const reseed = () => seedTenant(now(), modes.current);
  const store = await Store.open(dataDir, reseed);
  const faults = new Faults();
  const log = new RequestLog();
  const router = new Router(allRoutes);
  const uploads = new UploadSessions();
  const tls = await certificate(dataDir);
  const host = options.host ?? '127.0.0.1';
  const requestedPort = options.port ?? 4444;
  const downloads = await startDownloadOrigin({
    host,
    port: options.downloadPort ?? (requestedPort === 0 ? 0 : requestedPort + 1),
    tls,
    modes,
    serve: async (path) =>
      path.startsWith('/_download/')
        ? serveDownload(path.slice('/_download/'.length), store, now(), modes.current)
        : { status: 404, headers: {}, body: { kind: 'empty' } },
  });

  // What a handler sees of the emulator at one instant, for one calling origin.
  const environmentAt = (at: Date, origin: string): Environment => ({
    store,
    now: at,
    origin,
    downloadOrigin: downloads.url,
    modes,
    pageSize,
    uploads,
  });

  async function handleGraph(
    request: IncomingMessage,
    url: URL,
    origin: string,
    correlation: Correlation,
  ): Promise<{ result: GraphResponse; drop: boolean }> {
    const at = now();
    const path = url.pathname.slice('/v1.0'.length) || '/';
    const headers = lowerCaseHeaders(request);
    const body = await readBody(request);
    const environment = environmentAt(at, origin);
    let caller: Caller | undefined;
    let batchLog: ReturnType<typeof log.all>[number]['batch'];
    // A fault of the `ranThenDrop` kind: the request has run, and the connection is destroyed instead of answered.
    let drop = false;
    const result = await answer(
      async () => {
        caller = authenticate(headers.authorization, store, at);
        if (path === '/$batch' && request.method === 'POST') {
          const outcome = await runBatch(body, { router, faults, caller, environment, newRequestId: randomUUID });
          batchLog = outcome.log;
          drop = outcome.drop;
          return { status: 200, headers: {}, body: { kind: 'json', value: outcome.value } };
        }
        const after = await faults.apply(request.method ?? 'GET', path);
        const response = await router.dispatch(
          { method: request.method ?? 'GET', path, query: url.searchParams, headers, body },
          caller,
          environment,
        );
        if (after === 'ranThen504' && response.status < 400) throw faultError(504);
        drop = after === 'ranThenDrop' && response.status < 400;
        return response;
      },
      correlation,
      at,
    );
    log.add({
      method: request.method ?? 'GET',
      path: `${url.pathname}${url.search}`,
      status: result.status,
      at: at.toISOString(),
      user: caller?.user.userPrincipalName ?? null,
      ...(batchLog ? { batch: batchLog } : {}),
      ...(drop ? { dropped: true } : {}),
    });
    return { result, drop };
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const origin = `https://${request.headers.host ?? `localhost:${port}`}`;
    const url = new URL(request.url ?? '/', origin);
    const requestId = randomUUID();
    const clientRequestId = String(request.headers['client-request-id'] ?? requestId);
    const correlation = { requestId, clientRequestId };
    const common = {
      ...corsHeaders(request),
      'request-id': requestId,
      'client-request-id': clientRequestId,
      'Cache-Control': 'no-cache',
    };
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        ...common,
        'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
        'Access-Control-Allow-Headers': request.headers['access-control-request-headers'] ?? ALLOWED_HEADERS,
        'Access-Control-Max-Age': '3600',
      });
      response.end();
      return;
    }
    let result: GraphResponse;
    if (url.pathname.startsWith('/v1.0/') || url.pathname === '/v1.0') {
      const graph = await handleGraph(request, url, origin, correlation);
      if (graph.drop) {
        request.socket.destroy();
        return;
      }
      result = graph.result;
    } else if (url.pathname.startsWith('/_emulator/')) {
      const body = await readBody(request);
      result = await control(request.method ?? 'GET', url, body, {
        store,
        faults,
        log,
        uploads,
        modes,
        now,
        reseed,
      });
    } else if (url.pathname.startsWith('/_upload/')) {
      const at = now();
      const body = await readBody(request);
      const environment = environmentAt(at, origin);
      const sessionId = url.pathname.slice('/_upload/'.length);
      result = await answer(
        async () => receiveFragment(sessionId, request.method ?? 'PUT', lowerCaseHeaders(request), body, environment),
        correlation,
        at,
      );
    } else
      result = errorResponse(
        new GraphError(404, 'NotFound', 'This emulator serves Microsoft Graph under /v1.0.'),
        correlation,
        now(),
      );
    send(response, result, common);
  }

  const server: Server = createServer({ key: tls.key, cert: tls.cert }, (request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('[emulator]', error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  let port = requestedPort;
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveListen());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : port;
  const url = `https://localhost:${port}`;
  return {
    url,
    graphUrl: `${url}/v1.0`,
    downloadOrigin: downloads.url,
    port,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
      await downloads.close();
      await store.flush();
    },
  };
}
