// Authentication, permissions, resource checks, CORS and the response envelope, as Graph does them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devToken } from '../../emulator/devToken';
import { MEMBER, SECRETARY, send, startTestEmulator, type TestEmulator } from './support';

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(async () => {
  await emu.close();
});

interface GraphErrorBody {
  error: {
    code: string;
    message: string;
    innerError: { date: string; 'request-id': string; 'client-request-id': string };
  };
}

describe('authentication', () => {
  it('answers 401 InvalidAuthenticationToken without a token', async () => {
    const reply = await emu.graphFetch('/me', { token: null });
    expect(reply.status).toBe(401);
    expect(reply.json<GraphErrorBody>().error.code).toBe('InvalidAuthenticationToken');
  });

  it('answers 401 with the lifetime message for an expired token', async () => {
    const reply = await emu.graphFetch('/me', { token: devToken(SECRETARY, ['User.Read'], -10) });
    expect(reply.status).toBe(401);
    expect(reply.json<GraphErrorBody>().error).toMatchObject({
      code: 'InvalidAuthenticationToken',
      message: 'Lifetime validation failed, the token is expired.',
    });
  });

  it('answers 401 for a user the tenant does not know', async () => {
    const reply = await emu.graphFetch('/me', { as: 'nobody@samverkan.example' });
    expect(reply.status).toBe(401);
  });

  it('answers 403 Authorization_RequestDenied when the token lacks every accepted scope', async () => {
    const reply = await emu.graphFetch(
      '/me/calendarView?startDateTime=2026-01-01T00:00:00Z&endDateTime=2026-01-02T00:00:00Z',
      { scopes: ['User.Read'] },
    );
    expect(reply.status).toBe(403);
    expect(reply.json<GraphErrorBody>().error).toMatchObject({
      code: 'Authorization_RequestDenied',
      message: 'Insufficient privileges to complete the operation.',
    });
  });

  it('accepts a higher privileged scope from the permissions table', async () => {
    expect((await emu.graphFetch('/me', { scopes: ['Directory.Read.All'] })).status).toBe(200);
  });
});

describe('resource checks', () => {
  it('refuses another user’s calendar', async () => {
    const state = await emu.control<{ users: { id: string; userPrincipalName: string }[] }>('/_emulator/state');
    const chair = state.users.find((user) => user.userPrincipalName.startsWith('goran'));
    const reply = await emu.graphFetch(
      `/users/${chair?.id ?? ''}/calendarView?startDateTime=2026-01-01T00:00:00Z&endDateTime=2026-01-02T00:00:00Z`,
    );
    expect(reply.status).toBe(403);
    expect(reply.json<GraphErrorBody>().error.code).toBe('ErrorAccessDenied');
  });

  it('refuses a group drive and plans to a non-member', async () => {
    const state = await emu.control<{ groups: { id: string; displayName: string; driveId: string }[] }>(
      '/_emulator/state',
    );
    const psykisk = state.groups.find((group) => group.displayName === 'Uppdragsgrupp Psykisk hälsa');
    // Jöns is in the steering and preparation groups only.
    expect((await emu.graphFetch(`/groups/${psykisk?.id ?? ''}/drive`, { as: MEMBER })).status).toBe(403);
    expect((await emu.graphFetch(`/drives/${psykisk?.driveId ?? ''}/root/children`, { as: MEMBER })).status).toBe(403);
    expect((await emu.graphFetch(`/groups/${psykisk?.id ?? ''}/planner/plans`, { as: MEMBER })).status).toBe(403);
    expect((await emu.graphFetch(`/groups/${psykisk?.id ?? ''}/drive`, { as: SECRETARY })).status).toBe(200);
  });
});

describe('envelope', () => {
  it('echoes client-request-id, sends request-id and Graph’s JSON content type', async () => {
    const reply = await emu.graphFetch('/me', { headers: { 'client-request-id': 'abc-123' } });
    expect(reply.headers['client-request-id']).toBe('abc-123');
    expect(reply.headers['request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(reply.headers['content-type']).toBe(
      'application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8',
    );
  });

  it('shapes errors exactly like Graph, with the correlation ids inside', async () => {
    const reply = await emu.graphFetch('/users/nobody@samverkan.example', {
      headers: { 'client-request-id': 'corr-1' },
    });
    const body = reply.json<GraphErrorBody>();
    expect(Object.keys(body)).toEqual(['error']);
    expect(Object.keys(body.error)).toEqual(['code', 'message', 'innerError']);
    expect(body.error.innerError['client-request-id']).toBe('corr-1');
    expect(body.error.innerError['request-id']).toBe(reply.headers['request-id']);
    expect(body.error.innerError.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
  });

  it('answers a CORS preflight from any origin with the headers the app sends', async () => {
    const reply = await send(`${emu.graphUrl}/me`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://localhost:5173',
        'Access-Control-Request-Method': 'PATCH',
        'Access-Control-Request-Headers': 'authorization,if-match,prefer',
      },
    });
    expect(reply.status).toBe(204);
    expect(reply.headers['access-control-allow-origin']).toBe('https://localhost:5173');
    expect(reply.headers['access-control-allow-methods']).toContain('PATCH');
    expect(reply.headers['access-control-allow-headers']?.toLowerCase()).toContain('if-match');
  });

  it('exposes ETag, Location and Retry-After to browsers', async () => {
    const reply = await emu.graphFetch('/me', { headers: { Origin: 'https://localhost:5173' } });
    expect(reply.headers['access-control-expose-headers']).toMatch(/ETag.*Location.*Retry-After/);
  });

  it('answers 400 for an unknown segment, as Graph does', async () => {
    const reply = await emu.graphFetch('/me/nonsense');
    expect(reply.status).toBe(400);
  });
});
