// $batch: limits, per-item Content-Type rule, dependsOn and 424, id matching, per-item faults, request log.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHAIR, MEMBER, startTestEmulator, type TestEmulator } from './support';

interface BatchReply {
  responses: { id: string; status: number; headers: Record<string, string>; body?: Record<string, unknown> }[];
}

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
beforeEach(async () => {
  await emu.control('/_emulator/reset', {});
});
afterAll(async () => {
  await emu.close();
});

const batch = (requests: unknown[]) => emu.graphFetch('/$batch', { method: 'POST', body: { requests } });

describe('$batch', () => {
  it('refuses more than 20 requests with 400', async () => {
    const requests = Array.from({ length: 21 }, (_, index) => ({ id: String(index + 1), method: 'GET', url: '/me' }));
    expect((await batch(requests)).status).toBe(400);
  });

  it('answers 200 with every item matched by id, whatever the order', async () => {
    const reply = await batch([
      { id: '1', method: 'GET', url: `/users/${CHAIR}?$select=displayName` },
      { id: '2', method: 'GET', url: `/users/${MEMBER}?$select=displayName` },
      { id: '3', method: 'GET', url: '/users/kent.sjoholm@samverkan.example' },
    ]);
    expect(reply.status).toBe(200);
    const byId = new Map(reply.json<BatchReply>().responses.map((response) => [response.id, response]));
    expect(byId.get('1')?.body?.displayName).toBe('Göran Öberg');
    expect(byId.get('2')?.body?.displayName).toBe('Jöns Ärlig');
    expect(byId.get('3')?.status).toBe(404);
  });

  it('gives 400 to an item with a body but no Content-Type, and 424 to its dependants', async () => {
    const reply = await batch([
      {
        id: 'a',
        method: 'POST',
        url: '/me/sendMail',
        body: { message: { subject: 'x', toRecipients: [{ emailAddress: { address: CHAIR } }] } },
      },
      { id: 'b', method: 'GET', url: '/me', dependsOn: ['a'] },
      { id: 'c', method: 'GET', url: '/me', dependsOn: ['b'] },
    ]);
    const byId = new Map(reply.json<BatchReply>().responses.map((response) => [response.id, response.status]));
    expect(byId.get('a')).toBe(400);
    expect(byId.get('b')).toBe(424);
    expect(byId.get('c')).toBe(424);
  });

  it('runs dependants after their dependency succeeded', async () => {
    const reply = await batch([
      {
        id: '1',
        method: 'POST',
        url: '/me/sendMail',
        headers: { 'Content-Type': 'application/json' },
        body: {
          message: {
            subject: 'Justering',
            body: { contentType: 'HTML', content: '<p>Hej</p>' },
            toRecipients: [{ emailAddress: { address: CHAIR } }],
          },
        },
      },
      { id: '2', method: 'GET', url: '/me?$select=displayName', dependsOn: ['1'] },
    ]);
    const byId = new Map(reply.json<BatchReply>().responses.map((response) => [response.id, response.status]));
    expect(byId.get('1')).toBe(202);
    expect(byId.get('2')).toBe(200);
    const state = await emu.control<{ mail: { subject: string }[] }>('/_emulator/state');
    expect(state.mail.map((message) => message.subject)).toEqual(['Justering']);
  });

  it('throttles items individually under faults, each with its own Retry-After, never the envelope', async () => {
    await emu.control('/_emulator/faults', { status: 429, rate: 1, retryAfterSeconds: 2 });
    const reply = await batch([
      { id: '1', method: 'GET', url: '/me' },
      { id: '2', method: 'GET', url: '/me' },
    ]);
    expect(reply.status).toBe(200);
    for (const response of reply.json<BatchReply>().responses) {
      expect(response.status).toBe(429);
      expect(response.headers['Retry-After']).toBe('2');
      expect((response.body as { error: { code: string } }).error.code).toBe('TooManyRequests');
    }
  });

  it('logs the inner requests under the envelope', async () => {
    await batch([
      { id: 'x', method: 'GET', url: '/me' },
      { id: 'y', method: 'GET', url: '/me/joinedTeams' },
    ]);
    const log = await emu.control<
      {
        path: string;
        status: number;
        user: string;
        batch?: { id: string; method: string; url: string; status: number }[];
      }[]
    >('/_emulator/requests');
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ path: '/v1.0/$batch', status: 200, user: 'asa.lindqvist@samverkan.example' });
    expect(log[0]?.batch).toEqual([
      { id: 'x', method: 'GET', url: '/me', status: 200 },
      { id: 'y', method: 'GET', url: '/me/joinedTeams', status: 200 },
    ]);
  });
});
