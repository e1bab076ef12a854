import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGraphClient } from '../../src/graph/client';
import { sendBatch, type BatchItem } from '../../src/graph/batch';
import { ConflictError, NotFoundError, UnknownOutcomeError } from '../../src/graph/gateways';
import { graphError, json, stubFetch, type RecordedRequest } from './fakeFetch';

interface SentRequest {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
}

const client = createGraphClient({ baseUrl: 'https://localhost:4444', tokens: { getToken: async () => 't' } });
const options = { what: 'Testing', needs: 'User.ReadBasic.All' };
const requestsOf = (request: RecordedRequest) => (request.body as { requests: SentRequest[] }).requests;

describe('sendBatch', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends at most 20 per batch, in parallel, and returns answers in input order whatever order they come in', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const calls = stubFetch(async (request) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 10));
      inFlight--;
      const responses = requestsOf(request)
        .map((item) => ({ id: item.id, status: 200, headers: {}, body: { url: item.url } }))
        .reverse();
      return json(200, { responses });
    });
    const items: BatchItem[] = Array.from({ length: 45 }, (_, index) => ({ method: 'GET', url: `/users/u${index}` }));
    const results = await sendBatch(client, items, options);

    expect(calls.map((request) => requestsOf(request).length)).toEqual([20, 20, 5]);
    expect(calls[0]!.url).toBe('https://localhost:4444/v1.0/$batch');
    expect(maxInFlight).toBe(3);
    expect(results.map((result) => (result as { body: { url: string } }).body.url)).toEqual(
      items.map((item) => item.url),
    );
  });

  it('adds Content-Type to items with a body and keeps URLs relative', async () => {
    const calls = stubFetch((request) =>
      json(200, { responses: requestsOf(request).map((item) => ({ id: item.id, status: 201, body: {} })) }),
    );
    await sendBatch(
      client,
      [
        { method: 'POST', url: '/planner/tasks', body: { title: 'x' } },
        { method: 'GET', url: '/me' },
      ],
      options,
    );
    expect(requestsOf(calls[0]!)).toEqual([
      {
        id: '0',
        method: 'POST',
        url: '/planner/tasks',
        headers: { 'Content-Type': 'application/json' },
        body: { title: 'x' },
      },
      { id: '1', method: 'GET', url: '/me' },
    ]);
  });

  it("resends only throttled items after the largest Retry-After (fractional seconds), and maps the others' errors", async () => {
    const sleep = vi.fn(async () => {});
    const calls = stubFetch((request, index) => {
      const responses = requestsOf(request).map((item) => {
        if (index === 0 && item.id === '1')
          return {
            id: item.id,
            status: 429,
            headers: { 'Retry-After': '0.5' },
            body: { error: { code: 'TooManyRequests' } },
          };
        if (index === 0 && item.id === '2')
          return { id: item.id, status: 503, headers: { 'retry-after': '1.25' }, body: {} };
        if (item.id === '3')
          return { id: item.id, status: 404, body: { error: { code: 'Request_ResourceNotFound', message: 'gone' } } };
        if (item.id === '4')
          return {
            id: item.id,
            status: 412,
            headers: { ETag: '"e2"' },
            body: { error: { code: 'PreconditionFailed' } },
          };
        if (item.id === '5') return { id: item.id, status: 424, body: { error: { code: 'FailedDependency' } } };
        return { id: item.id, status: 200, body: { ok: item.id } };
      });
      return json(200, { responses });
    });
    const results = await sendBatch(
      createGraphClient({
        baseUrl: 'https://localhost:4444',
        tokens: { getToken: async () => 't' },
        retry: { sleep, random: () => 0 },
      }),
      Array.from({ length: 6 }, (_, index) => ({ method: 'GET' as const, url: `/x/${index}` })),
      options,
    );

    expect(calls.map((request) => requestsOf(request).map((item) => item.id))).toEqual([
      ['0', '1', '2', '3', '4', '5'],
      ['1', '2'],
    ]);
    expect(sleep).toHaveBeenCalledWith(1.25);
    expect(results[0]).toMatchObject({ status: 200, body: { ok: '0' } });
    expect(results[1]).toMatchObject({ status: 200, body: { ok: '1' } });
    expect(results[3]).toBeInstanceOf(NotFoundError);
    expect(results[4]).toBeInstanceOf(ConflictError);
    expect((results[4] as ConflictError).currentETag).toBe('"e2"');
    expect((results[5] as Error).message).toMatch(/424/);
  });

  it('gives up on an item throttled past the retries, with the 429 as its error', async () => {
    const calls = stubFetch((request) =>
      json(200, {
        responses: requestsOf(request).map((item) => ({
          id: item.id,
          status: 429,
          headers: { 'Retry-After': '0' },
          body: { error: { code: 'TooManyRequests' } },
        })),
      }),
    );
    const [result] = await sendBatch(
      createGraphClient({
        baseUrl: 'https://localhost:4444',
        tokens: { getToken: async () => 't' },
        retry: { maxAttempts: 3, sleep: async () => {} },
      }),
      [{ method: 'GET', url: '/me' }],
      options,
    );
    expect(calls).toHaveLength(3);
    expect((result as Error).name).toBe('ThrottledError');
  });

  it('never resends a created item that answered 504 (it may exist): the caller reads before creating again', async () => {
    const calls = stubFetch((request) =>
      json(200, {
        responses: requestsOf(request).map((item) =>
          item.id === '0'
            ? { id: item.id, status: 504, body: { error: { code: 'gatewayTimeout' } } }
            : { id: item.id, status: 201, body: { id: `t${item.id}` } },
        ),
      }),
    );
    const results = await sendBatch(
      client,
      [
        { method: 'POST', url: '/planner/tasks', body: { title: 'a' } },
        { method: 'POST', url: '/planner/tasks', body: { title: 'b' } },
      ],
      options,
    );
    expect(calls).toHaveLength(1);
    expect(results[0]).toBeInstanceOf(UnknownOutcomeError);
    expect(results[1]).toMatchObject({ status: 201 });
  });

  it('does not resend the envelope under the items: a throttled envelope is one round of the same policy', async () => {
    const calls = stubFetch((request, index) =>
      index === 0
        ? graphError(429, 'TooManyRequests', { 'Retry-After': '0' })
        : json(200, { responses: requestsOf(request).map((item) => ({ id: item.id, status: 200, body: {} })) }),
    );
    const results = await sendBatch(
      createGraphClient({
        baseUrl: 'https://localhost:4444',
        tokens: { getToken: async () => 't' },
        retry: { maxAttempts: 2, sleep: async () => {} },
      }),
      [{ method: 'GET', url: '/me' }],
      options,
    );
    expect(calls).toHaveLength(2);
    expect(results[0]).toMatchObject({ status: 200 });
  });
});
