// JSON `$batch`: at most 20 requests per batch, chunks sent in parallel, answers matched by id (they come in any order),
// and throttled items (their own 429/503 with `Retry-After`) resent until they succeed or the retries run out.
import type { Client } from '@microsoft/microsoft-graph-client';
import { graphErrorOf, headerValue, retryAfterSeconds, toGatewayError } from './errors';
import { graphSend, type GraphCall, type Method } from './request';

export const MAX_BATCH_SIZE = 20;

export interface BatchItem {
  method: Method;
  /** Relative to the version root and without it: `/users/abc`, not `/v1.0/users/abc`. */
  url: string;
  headers?: Record<string, string>;
  /** JSON; the Content-Type header Graph requires is added. */
  body?: unknown;
}

export interface BatchResult {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export interface BatchOptions extends Pick<GraphCall, 'what' | 'needs' | 'extraScopes'> {
  /** Rounds of resending throttled items. */
  maxItemRetries?: number;
  /** Waits in seconds; tests make it instant. */
  sleep?: (seconds: number) => Promise<void>;
}

interface BatchResponseItem extends Partial<BatchResult> {
  id: string;
}

const RETRIABLE = new Set([429, 503, 504]);
const DEFAULT_ITEM_RETRIES = 8;
/** When a throttled item carries no Retry-After. */
const DEFAULT_ITEM_DELAY_SECONDS = 1;

/** Results in input order: the item's answer for 2xx (and 302), otherwise the app's error for its status (NotFoundError for 404…). */
export async function sendBatch(
  client: Client,
  items: BatchItem[],
  options: BatchOptions,
): Promise<(BatchResult | Error)[]> {
  const chunks: number[][] = [];
  items.forEach((_, index) => {
    if (index % MAX_BATCH_SIZE === 0) chunks.push([]);
    chunks[chunks.length - 1]!.push(index);
  });
  const results: (BatchResult | Error)[] = new Array(items.length);
  await Promise.all(chunks.map((chunk) => sendChunk(client, items, chunk, results, options)));
  return results;
}

async function sendChunk(
  client: Client,
  items: BatchItem[],
  indices: number[],
  results: (BatchResult | Error)[],
  options: BatchOptions,
): Promise<void> {
  const sleep = options.sleep ?? defaultSleep;
  // Each round waits the items' own Retry-After; eight rounds make a 30 % throttling rate a one-in-50 000 failure
  // per item instead of the one in 1 400 of five, and a failure here only means the next save finishes the work.
  const maxRetries = options.maxItemRetries ?? DEFAULT_ITEM_RETRIES;
  let pending = indices;
  for (let round = 0; pending.length > 0; round++) {
    let answers: Map<number, BatchResponseItem>;
    try {
      answers = await post(client, items, pending, options);
    } catch (error) {
      // The whole batch failed (network, or throttled past the client's retries): none of its items ran.
      for (const index of pending) results[index] = error instanceof Error ? error : new Error(String(error));
      return;
    }
    const throttled: number[] = [];
    let wait = 0;
    for (const index of pending) {
      const answer = answers.get(index);
      const status = answer?.status ?? 0;
      if (RETRIABLE.has(status) && round < maxRetries) {
        throttled.push(index);
        wait = Math.max(wait, retryAfterSeconds(answer?.headers) ?? DEFAULT_ITEM_DELAY_SECONDS);
      } else {
        results[index] = toResult(answer, options);
      }
    }
    if (throttled.length > 0) await sleep(wait);
    pending = throttled;
  }
}

async function post(
  client: Client,
  items: BatchItem[],
  indices: number[],
  options: BatchOptions,
): Promise<Map<number, BatchResponseItem>> {
  const requests = indices.map((index) => {
    const item = items[index]!;
    const headers = { ...item.headers };
    if (item.body !== undefined && headerValue(headers, 'Content-Type') === undefined) {
      headers['Content-Type'] = 'application/json';
    }
    return {
      id: String(index),
      method: item.method,
      url: item.url,
      ...(Object.keys(headers).length > 0 ? { headers } : {}),
      ...(item.body !== undefined ? { body: item.body } : {}),
    };
  });
  const answer = await graphSend<{ responses?: BatchResponseItem[] }>(
    client,
    'POST',
    { what: options.what, needs: options.needs, extraScopes: options.extraScopes, path: '/$batch' },
    { requests },
  );
  return new Map((answer.responses ?? []).map((response) => [Number(response.id), response]));
}

function toResult(answer: BatchResponseItem | undefined, options: BatchOptions): BatchResult | Error {
  if (!answer || answer.status === undefined) return new Error(`${options.what}: the batch answer left out a request.`);
  const result: BatchResult = { status: answer.status, headers: answer.headers ?? {}, body: answer.body };
  // A 302 (a file's content, a conversion) is an answer: its Location is the pre-authenticated URL to fetch.
  if ((result.status >= 200 && result.status < 300) || result.status === 302) return result;
  if (result.status === 424)
    return new Error(`${options.what}: not run because a request it depended on failed (424).`);
  return toGatewayError(graphErrorOf(result.status, result.body, new Headers(result.headers)), {
    what: options.what,
    scopes: [options.needs],
  });
}

function defaultSleep(seconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, seconds * 1000));
}
