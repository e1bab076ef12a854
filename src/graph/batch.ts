// JSON `$batch`: at most 20 requests per batch, chunks sent in parallel, answers matched by id (they come in any order).
// Items Graph did not run (their own 429/503, or a throttled envelope) are resent in rounds under the client's one retry
// policy; the envelope itself is sent without the client's retries, so no layer retries under another. A write that
// answered 504, or whose envelope got no answer, is not resent: it may have run (see UnknownOutcomeError).
import type { Client } from '@microsoft/microsoft-graph-client';
import { retryPolicyOf } from './client';
import { graphErrorOf, headerValue, retryAfterSeconds, toGatewayError } from './errors';
import { ThrottledError } from './gateways';
import { graphSend, type GraphCall, type Method } from './request';
import { isRetriable, RetryBudget } from './retryPolicy';

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

export type BatchOptions = Pick<GraphCall, 'what' | 'needs' | 'extraScopes'>;

interface BatchResponseItem extends Partial<BatchResult> {
  id: string;
}

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
  const policy = retryPolicyOf(client);
  const budget = new RetryBudget(policy);
  let pending = indices;
  while (pending.length > 0) {
    let answers: Map<number, BatchResponseItem>;
    try {
      answers = await post(client, items, pending, options);
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      // A throttled envelope ran none of its items: one more round for all of them, if the budget allows.
      const wait = failure instanceof ThrottledError ? budget.next(failure.retryAfterSeconds) : undefined;
      if (wait === undefined) {
        for (const index of pending) results[index] = failure;
        return;
      }
      await policy.sleep(wait);
      continue;
    }
    const again: number[] = [];
    let retryAfter: number | undefined;
    for (const index of pending) {
      const answer = answers.get(index);
      if (answer?.status !== undefined && isRetriable(answer.status, items[index]!.method)) {
        again.push(index);
        const seconds = retryAfterSeconds(answer.headers);
        if (seconds !== undefined) retryAfter = Math.max(retryAfter ?? 0, seconds);
      } else results[index] = toResult(answer, items[index]!.method, options);
    }
    const wait = again.length > 0 ? budget.next(retryAfter) : undefined;
    if (wait === undefined) {
      for (const index of again) results[index] = toResult(answers.get(index), items[index]!.method, options);
      return;
    }
    await policy.sleep(wait);
    pending = again;
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
    {
      what: options.what,
      needs: options.needs,
      extraScopes: options.extraScopes,
      path: '/$batch',
      withoutRetries: true,
    },
    { requests },
  );
  return new Map((answer.responses ?? []).map((response) => [Number(response.id), response]));
}

function toResult(answer: BatchResponseItem | undefined, method: Method, options: BatchOptions): BatchResult | Error {
  if (!answer || answer.status === undefined) return new Error(`${options.what}: the batch answer left out a request.`);
  const result: BatchResult = { status: answer.status, headers: answer.headers ?? {}, body: answer.body };
  // A 302 (a file's content, a conversion) is an answer: its Location is the pre-authenticated URL to fetch.
  if ((result.status >= 200 && result.status < 300) || result.status === 302) return result;
  if (result.status === 424)
    return new Error(`${options.what}: not run because a request it depended on failed (424).`);
  return toGatewayError(graphErrorOf(result.status, result.body, new Headers(result.headers)), {
    what: options.what,
    scopes: [options.needs],
    method,
  });
}
