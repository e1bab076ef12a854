// POST /$batch (JSON batching): at most 20 items, dependsOn with 424 on failed dependencies,
// per-item faults, answers in shuffled order as Graph may return them.
import type { Caller } from './auth.js';
import { faultError, type Faults } from './faults.js';
import { GraphError } from './http/graphError.js';
import type { Environment } from './routing/context.js';
import { answer, type Router } from './routing/router.js';
import type { GraphRequest, GraphResponse } from './http/types.js';

const MAX_REQUESTS = 20;

interface BatchItem {
  id?: unknown;
  method?: unknown;
  url?: unknown;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: unknown;
}

export interface BatchItemLog {
  id: string;
  method: string;
  url: string;
  status: number;
}

interface ItemResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

function parse(body: Buffer): BatchItem[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    throw new GraphError(400, 'BadRequest', 'Invalid batch payload format.');
  }
  const requests = (parsed as { requests?: unknown }).requests;
  if (!Array.isArray(requests)) throw new GraphError(400, 'BadRequest', 'Invalid batch payload format.');
  if (requests.length > MAX_REQUESTS)
    throw new GraphError(400, 'BadRequest', `Number of batch request steps exceeds the maximum of ${MAX_REQUESTS}.`);
  const ids = new Set<string>();
  for (const item of requests as BatchItem[]) {
    if (typeof item.id !== 'string' || !item.id || typeof item.method !== 'string' || typeof item.url !== 'string') {
      throw new GraphError(400, 'BadRequest', 'Each batch request needs a string id, method and url.');
    }
    if (ids.has(item.id)) throw new GraphError(400, 'BadRequest', `Batch request id '${item.id}' is not unique.`);
    ids.add(item.id);
  }
  for (const item of requests as BatchItem[]) {
    const depends = item.dependsOn ?? [];
    if (!Array.isArray(depends) || depends.some((id) => typeof id !== 'string' || !ids.has(id) || id === item.id)) {
      throw new GraphError(400, 'BadRequest', `Batch request '${String(item.id)}' depends on an unknown request.`);
    }
  }
  rejectCycles(requests as BatchItem[]);
  return requests as BatchItem[];
}

function rejectCycles(items: BatchItem[]): void {
  const dependsOn = new Map(items.map((item) => [String(item.id), (item.dependsOn as string[] | undefined) ?? []]));
  const done = new Set<string>();
  const visit = (id: string, trail: Set<string>): void => {
    if (done.has(id)) return;
    if (trail.has(id)) throw new GraphError(400, 'BadRequest', 'The batch requests depend on each other in a cycle.');
    trail.add(id);
    for (const dependency of dependsOn.get(id) ?? []) visit(dependency, trail);
    trail.delete(id);
    done.add(id);
  };
  for (const id of dependsOn.keys()) visit(id, new Set());
}

/** The item's request as the router sees it; its JSON body is re-serialised, other bodies are base64 as Graph expects. */
function toRequest(item: BatchItem): GraphRequest {
  const url = String(item.url);
  if (/^https?:/i.test(url)) throw new GraphError(400, 'BadRequest', 'Batch request urls must be relative, e.g. /me.');
  const relative = `/${url.replace(/^\/+/, '')}`;
  const parsed = new URL(relative, 'https://batch.invalid');
  const headers = Object.fromEntries(
    Object.entries(item.headers ?? {}).map(([name, value]) => [name.toLowerCase(), String(value)]),
  );
  let body = Buffer.alloc(0);
  if (item.body !== undefined && item.body !== null) {
    const type = headers['content-type'];
    if (!type) throw new GraphError(400, 'BadRequest', 'A batch request with a body needs a Content-Type header.');
    body = /json/i.test(type)
      ? Buffer.from(typeof item.body === 'string' ? item.body : JSON.stringify(item.body))
      : Buffer.from(String(item.body), 'base64');
  }
  return {
    method: String(item.method).toUpperCase(),
    path: parsed.pathname,
    query: parsed.searchParams,
    headers,
    body,
  };
}

function itemResponse(id: string, response: GraphResponse): ItemResponse {
  const result: ItemResponse = { id, status: response.status, headers: { ...response.headers } };
  if (response.body.kind === 'json') {
    result.headers['Content-Type'] =
      'application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8';
    result.body = response.body.value;
  } else if (response.body.kind === 'bytes') {
    result.headers['Content-Type'] = response.body.contentType;
    result.body = response.body.value.toString('base64');
  }
  return result;
}

function shuffle<T>(items: T[], draw: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(draw() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

export interface BatchDeps {
  router: Router;
  faults: Faults;
  caller: Caller;
  environment: Environment;
  newRequestId: () => string;
}

export async function runBatch(
  body: Buffer,
  deps: BatchDeps,
): Promise<{ value: { responses: ItemResponse[] }; log: BatchItemLog[]; drop: boolean }> {
  const items = parse(body);
  // An item that draws `ranThenDrop` loses the whole batch's answer: the connection carries all of them.
  let drop = false;
  const results = new Map<string, Promise<ItemResponse>>();
  const byId = new Map(items.map((item) => [String(item.id), item]));
  const run = (item: BatchItem): Promise<ItemResponse> => {
    const id = String(item.id);
    const existing = results.get(id);
    if (existing) return existing;
    const promise = (async () => {
      const dependencies = await Promise.all(
        ((item.dependsOn as string[] | undefined) ?? []).map((dependency) => run(byId.get(dependency) as BatchItem)),
      );
      const correlation = { requestId: deps.newRequestId(), clientRequestId: '' };
      correlation.clientRequestId = correlation.requestId;
      const response = await answer(
        async () => {
          if (dependencies.some((dependency) => dependency.status < 200 || dependency.status >= 300)) {
            throw new GraphError(424, 'FailedDependency', 'The request depends on a request that failed.');
          }
          const request = toRequest(item);
          const after = await deps.faults.apply(request.method, request.path);
          const response = await deps.router.dispatch(request, deps.caller, deps.environment);
          if (after === 'ranThen504' && response.status < 400) throw faultError(504);
          if (after === 'ranThenDrop' && response.status < 400) drop = true;
          return response;
        },
        correlation,
        deps.environment.now,
      );
      return itemResponse(id, response);
    })();
    results.set(id, promise);
    return promise;
  };
  const responses = await Promise.all(items.map(run));
  const log = items.map((item, index) => ({
    id: String(item.id),
    method: String(item.method).toUpperCase(),
    url: String(item.url),
    status: responses[index]?.status ?? 0,
  }));
  return { value: { responses: shuffle(responses, () => deps.faults.draw('$batch order')) }, log, drop };
}
