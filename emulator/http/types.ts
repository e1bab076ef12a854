// The request/response values the router works with, shared by plain requests and $batch items.
import type { UserRecord } from '../state/types.js';
import type { Store } from '../state/store.js';
import type { UploadSessions } from '../drive/uploadSessions.js';
import type { Modes } from '../modes/modes.js';

export interface GraphRequest {
  method: string;
  /** Path below /v1.0, still percent-encoded, without the query string. */
  path: string;
  query: URLSearchParams;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  body: Buffer;
}

export interface GraphContext {
  request: GraphRequest;
  user: UserRecord;
  scopes: Set<string>;
  store: Store;
  now: Date;
  /** Origin of the emulator, e.g. https://localhost:4444, for nextLinks and download URLs. */
  origin: string;
  /** Origin of download URLs (SharePoint's stand-in), e.g. https://localhost:4445. */
  downloadOrigin: string;
  modes: Modes;
  pageSize: number;
  uploads: UploadSessions;
  /** Captured path parameters, percent-decoded. */
  params: string[];
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
