import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGraphClient } from '../../src/graph/client';
import { graphGet, graphSend } from '../../src/graph/request';
import { AccessDeniedError, NetworkError, ThrottledError, UnknownOutcomeError } from '../../src/graph/gateways';
import { ConsentRequiredError, type TokenProvider } from '../../src/auth/tokenProvider';
import { graphError, json, stubFetch } from './fakeFetch';

function tokens(): TokenProvider & { getToken: ReturnType<typeof vi.fn> } {
  let version = 0;
  return {
    getToken: vi.fn(
      async (_scopes: string[], options?: { forceRefresh?: boolean }) =>
        `token-${options?.forceRefresh ? ++version : version}`,
    ),
  };
}

const call = { what: 'Reading', needs: 'User.Read', path: '/me' };

describe('createGraphClient', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends the bearer token to the emulator host under /v1.0', async () => {
    const calls = stubFetch(() => json(200, { id: 'me' }));
    const client = createGraphClient({ baseUrl: 'https://localhost:4444', tokens: tokens() });
    await graphGet(client, { ...call, query: { $select: 'id,displayName', $filter: "mail eq 'å b&c'" } });
    expect(calls[0]!.url).toBe(
      "https://localhost:4444/v1.0/me?$select=id,displayName&$filter=mail%20eq%20'%C3%A5%20b%26c'",
    );
    expect(calls[0]!.headers.authorization).toBe('Bearer token-0');
  });

  it('refreshes an expired token once and resends', async () => {
    const provider = tokens();
    const calls = stubFetch((_request, index) =>
      index === 0 ? graphError(401, 'InvalidAuthenticationToken') : json(200, { id: 'me' }),
    );
    const client = createGraphClient({ baseUrl: 'https://localhost:4444', tokens: provider });
    expect(await graphGet(client, call)).toEqual({ id: 'me' });
    expect(calls.map((request) => request.headers.authorization)).toEqual(['Bearer token-0', 'Bearer token-1']);
    expect(provider.getToken).toHaveBeenCalledWith(expect.arrayContaining(['User.Read']), { forceRefresh: true });
  });

  it('does not loop on a 401 that a fresh token does not cure', async () => {
    const calls = stubFetch(() => graphError(401, 'InvalidAuthenticationToken'));
    const client = createGraphClient({ baseUrl: 'https://localhost:4444', tokens: tokens() });
    await expect(graphGet(client, call)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(calls).toHaveLength(2);
  });

  it('retries 429 after Retry-After and reports exhausted retries as ThrottledError', async () => {
    const calls = stubFetch(() => graphError(429, 'TooManyRequests', { 'Retry-After': '0' }));
    const client = createGraphClient({
      baseUrl: 'https://localhost:4444',
      tokens: tokens(),
      retry: { maxAttempts: 3, baseDelaySeconds: 0 },
    });
    const error = await graphGet(client, call).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ThrottledError);
    expect((error as ThrottledError).retryAfterSeconds).toBe(0);
    expect(calls).toHaveLength(3);
  });

  it('waits at least Retry-After, backs off with jitter without one, and stops at the time budget', async () => {
    const waits: number[] = [];
    let clock = 0;
    stubFetch((_request, index) =>
      index === 0 ? graphError(429, 'TooManyRequests', { 'Retry-After': '2' }) : graphError(503, 'serviceNotAvailable'),
    );
    const client = createGraphClient({
      baseUrl: 'https://localhost:4444',
      tokens: tokens(),
      retry: {
        maxAttempts: 10,
        maxSeconds: 10,
        baseDelaySeconds: 1,
        maxDelaySeconds: 8,
        random: () => 0.5,
        now: () => clock,
        sleep: async (seconds) => {
          waits.push(seconds);
          clock += seconds * 1000;
        },
      },
    });
    await expect(graphGet(client, call)).rejects.toBeInstanceOf(ThrottledError);
    expect(waits[0]).toBeGreaterThanOrEqual(2);
    // Then half (the jitter) of 2 s, 4 s, 8 s; the next wait would pass the 10 s budget, so it stops there.
    expect(waits.slice(1)).toEqual([1, 2, 4]);
    expect(waits.reduce((sum, wait) => sum + wait, 0)).toBeLessThanOrEqual(10);
  });

  it('never resends a write whose outcome is unknown (504): it may have run, the caller reads first', async () => {
    const calls = stubFetch(() => graphError(504, 'gatewayTimeout'));
    const client = createGraphClient({
      baseUrl: 'https://localhost:4444',
      tokens: tokens(),
      retry: { baseDelaySeconds: 0 },
    });
    const error = await graphSend(client, 'POST', { ...call, path: '/planner/buckets' }, { name: 'x' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UnknownOutcomeError);
    expect(calls).toHaveLength(1);
  });

  it('resends a read that timed out (504): reading twice changes nothing', async () => {
    const calls = stubFetch((_request, index) =>
      index === 0 ? graphError(504, 'gatewayTimeout') : json(200, { id: 'me' }),
    );
    const client = createGraphClient({
      baseUrl: 'https://localhost:4444',
      tokens: tokens(),
      retry: { baseDelaySeconds: 0 },
    });
    expect(await graphGet(client, call)).toEqual({ id: 'me' });
    expect(calls).toHaveLength(2);
  });

  it('names the permission on 403 and reports an unreachable Graph as NetworkError', async () => {
    stubFetch(() => graphError(403, 'Authorization_RequestDenied'));
    const client = createGraphClient({ baseUrl: 'https://localhost:4444', tokens: tokens() });
    const denied = await graphSend(client, 'POST', { ...call, needs: 'Mail.Send' }, {}).catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(AccessDeniedError);
    expect((denied as AccessDeniedError).requiredScopes).toEqual(['Mail.Send']);

    stubFetch(() => Promise.reject(new TypeError('fetch failed')));
    await expect(graphGet(client, call)).rejects.toBeInstanceOf(NetworkError);
  });

  it("lets the token provider's ConsentRequiredError through the SDK unchanged", async () => {
    stubFetch(() => json(200, {}));
    const consent = new ConsentRequiredError(['Mail.Send']);
    const client = createGraphClient({
      baseUrl: 'https://graph.microsoft.com',
      tokens: { getToken: async () => Promise.reject(consent) },
    });
    await expect(graphGet(client, call)).rejects.toBe(consent);
  });
});
