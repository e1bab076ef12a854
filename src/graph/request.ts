// One typed way to call Graph through the SDK client: query values encoded once, per-feature token scopes,
// and every failure turned into the app's errors (./errors.ts).
import type { Client } from '@microsoft/microsoft-graph-client';
import { scopes as appScopes } from '../auth/scopes';
import { scopeOptions, WithoutRetries } from './client';
import { toGatewayError } from './errors';

export interface GraphCall {
  /** What the app was doing, for error messages: "Reading the calendar". */
  what: string;
  /** The permission that allows the call, named in an access-denied message. */
  needs: string;
  /** Under /v1.0 (`/me/events/x`), or an absolute `@odata.nextLink`. */
  path: string;
  query?: Record<string, string | number | undefined>;
  headers?: Record<string, string>;
  /** Feature scopes requested on top of the base set (incremental consent: attendance, mail). */
  extraScopes?: string[];
  /** The caller resends by itself (the `$batch` rounds): the client's retry middleware leaves this request alone. */
  withoutRetries?: boolean;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export async function graphGet<T>(client: Client, call: GraphCall): Promise<T> {
  return graphSend<T>(client, 'GET', call);
}

/** Sends `body` as JSON, or as-is for strings and bytes (file content). */
export async function graphSend<T>(client: Client, method: Method, call: GraphCall, body?: unknown): Promise<T> {
  const request = prepare(client, call);
  try {
    switch (method) {
      case 'GET':
        return (await request.get()) as T;
      case 'POST':
        return (await request.post(toContent(body))) as T;
      case 'PUT':
        return (await request.put(toContent(body))) as T;
      case 'PATCH':
        return (await request.patch(toContent(body))) as T;
      case 'DELETE':
        return (await request.delete()) as T;
    }
  } catch (error) {
    throw toGatewayError(error, { what: call.what, scopes: [call.needs], method });
  }
}

function prepare(client: Client, call: GraphCall) {
  const query = Object.entries(call.query ?? {})
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeQueryValue(String(value))}`)
    .join('&');
  const separator = call.path.includes('?') ? '&' : '?';
  const request = client.api(query ? `${call.path}${separator}${query}` : call.path);
  if (call.headers) request.headers(call.headers);
  const scoped = scopeOptions([...appScopes.base, ...(call.extraScopes ?? [])]);
  return request.middlewareOptions(call.withoutRetries ? [scoped, new WithoutRetries()] : [scoped]);
}

/**
 * The SDK copies query values into the URL verbatim and splits them on `&`, so each value is percent-encoded here.
 * `$`, `,`, `(`, `)` and `'` stay readable: OData syntax Graph parses the same either way.
 */
export function encodeQueryValue(value: string): string {
  return encodeURIComponent(value).replace(/%24/g, '$').replace(/%2C/g, ',');
}

/** The SDK serialises typed arrays through Node's Buffer (absent in browsers, and it ignores the view's offset): send a Blob. */
function toContent(body: unknown): unknown {
  if (body instanceof Uint8Array) return new Blob([body as Uint8Array<ArrayBuffer>]);
  return body;
}
