// The request/response values the router works with, shared by plain requests and $batch items. The bottom floor of
// the emulator with graphError.ts: it imports nothing of the emulator.

export interface GraphRequest {
  method: string;
  /** Path below /v1.0, still percent-encoded, without the query string. */
  path: string;
  query: URLSearchParams;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  body: Buffer;
}

export type ResponseBody =
  { kind: 'json'; value: unknown } | { kind: 'bytes'; value: Buffer; contentType: string } | { kind: 'empty' };

export interface GraphResponse {
  status: number;
  headers: Record<string, string>;
  body: ResponseBody;
}

export const json = (value: unknown, status = 200, headers: Record<string, string> = {}): GraphResponse => ({
  status,
  headers,
  body: { kind: 'json', value },
});

export const empty = (status: number, headers: Record<string, string> = {}): GraphResponse => ({
  status,
  headers,
  body: { kind: 'empty' },
});

export function header(request: GraphRequest, name: string): string | undefined {
  return request.headers[name.toLowerCase()];
}
