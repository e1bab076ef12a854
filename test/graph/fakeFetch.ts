// A scripted fetch for unit tests of the Graph layer: each call is recorded and answered by the handler.
import { vi } from 'vitest';

export interface RecordedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

export type Handler = (request: RecordedRequest, index: number) => Response | Promise<Response>;

export function stubFetch(handler: Handler): RecordedRequest[] {
  const calls: RecordedRequest[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers: Record<string, string> = {};
    new Headers(init?.headers as HeadersInit | undefined).forEach((value, name) => {
      headers[name] = value;
    });
    let body: unknown = init?.body;
    if (typeof body === 'string') body = body.startsWith('{') ? JSON.parse(body) : body;
    else if (body instanceof Blob) body = await body.text();
    const request = { url: String(input), method: init?.method ?? 'GET', headers, body };
    calls.push(request);
    return handler(request, calls.length - 1);
  });
  return calls;
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

export function graphError(status: number, code: string, headers: Record<string, string> = {}): Response {
  return json(status, { error: { code, message: `${code} happened` } }, headers);
}
