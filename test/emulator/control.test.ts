// The control API: faults and rules, the request log, reset, personas, persistence across restarts.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from './support';

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(async () => {
  await emu.close();
});

/** The steering group's library, where the secretary may write. */
async function driveId(): Promise<string> {
  const groups = (await emu.graphFetch('/me/joinedTeams')).json<{ value: { id: string; displayName: string }[] }>()
    .value;
  const steering = groups.find((group) => group.displayName === 'Styrgrupp närvård');
  return (await emu.graphFetch(`/groups/${steering?.id ?? ''}/drive`)).json<{ id: string }>().id;
}

describe('faults', () => {
  it('rate 1.0 throttles every plain request with a Graph-like 429 and Retry-After; {} clears', async () => {
    await emu.control('/_emulator/faults', { status: 429, rate: 1, retryAfterSeconds: 1 });
    const throttled = await emu.graphFetch('/me');
    expect(throttled.status).toBe(429);
    expect(throttled.headers['retry-after']).toBe('1');
    expect(throttled.json<{ error: { code: string } }>().error.code).toBe('TooManyRequests');
    // The control API itself is never faulted.
    expect(await emu.control<unknown[]>('/_emulator/requests')).toBeInstanceOf(Array);
    await emu.control('/_emulator/faults', {});
    expect((await emu.graphFetch('/me')).status).toBe(200);
  });

  it('applies a rule the given number of times, then stops', async () => {
    await emu.control('/_emulator/faults', {
      rules: [{ method: 'GET', path: '^/me/joinedTeams$', status: 503, times: 2 }],
    });
    const statuses = [];
    for (let index = 0; index < 3; index += 1) statuses.push((await emu.graphFetch('/me/joinedTeams')).status);
    expect(statuses).toEqual([503, 503, 200]);
    expect((await emu.graphFetch('/me')).status).toBe(200);
    await emu.control('/_emulator/faults', {});
  });

  it('draws random faults from the seed: the same seed throttles the same requests, another seed others', async () => {
    const statuses = async (seed: number) => {
      await emu.control('/_emulator/faults', { seed, status: 429, rate: 0.5, retryAfterSeconds: 0 });
      const seen: number[] = [];
      for (let index = 0; index < 24; index += 1) seen.push((await emu.graphFetch('/me')).status);
      return seen;
    };
    const first = await statuses(7);
    expect(first).toContain(429);
    expect(first).toContain(200);
    expect(await statuses(7)).toEqual(first);
    expect(await statuses(8)).not.toEqual(first);
    await emu.control('/_emulator/faults', {});
  });

  it('refuses a seed that is not an integer and a kind it does not know', async () => {
    await expect(emu.control('/_emulator/faults', { seed: 'x', rate: 0.1 })).rejects.toThrow(/400/);
    await expect(emu.control('/_emulator/faults', { random: [{ rate: 0.1, kind: 'maybe' }] })).rejects.toThrow(/400/);
  });

  it('ranThen504: the write is carried out, then answered 504 Gateway Timeout', async () => {
    await emu.control('/_emulator/faults', {
      rules: [{ method: 'PUT', path: '/content$', kind: 'ranThen504', times: 1 }],
    });
    const put = await emu.graphFetch(`/drives/${await driveId()}/root:/ran-then-504.txt:/content`, {
      method: 'PUT',
      body: 'hej',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(put.status).toBe(504);
    expect(put.json<{ error: { code: string } }>().error.code).toBe('gatewayTimeout');
    await emu.control('/_emulator/faults', {});
    expect((await emu.graphFetch(`/drives/${await driveId()}/root:/ran-then-504.txt`)).status).toBe(200);
  });

  it('ranThenDrop: the write is carried out, then the connection is destroyed without an answer', async () => {
    await emu.control('/_emulator/faults', {
      rules: [{ method: 'PUT', path: '/content$', kind: 'ranThenDrop', times: 1 }],
    });
    await expect(
      emu.graphFetch(`/drives/${await driveId()}/root:/ran-then-drop.txt:/content`, {
        method: 'PUT',
        body: 'hej',
        headers: { 'Content-Type': 'text/plain' },
      }),
    ).rejects.toThrow(/socket hang up|ECONNRESET/);
    await emu.control('/_emulator/faults', {});
    expect((await emu.graphFetch(`/drives/${await driveId()}/root:/ran-then-drop.txt`)).status).toBe(200);
    const log = await emu.control<{ method: string; dropped?: boolean }[]>('/_emulator/requests');
    expect(log.some((entry) => entry.method === 'PUT' && entry.dropped)).toBe(true);
  });

  it('adds latency', async () => {
    await emu.control('/_emulator/faults', { latencyMs: 150 });
    const started = Date.now();
    await emu.graphFetch('/me');
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    await emu.control('/_emulator/faults', {});
  });
});

describe('request log and reset', () => {
  it('records method, path with query, status and user since the last reset', async () => {
    await emu.control('/_emulator/reset', {});
    await emu.graphFetch('/me?$select=displayName');
    await emu.graphFetch('/me', { token: null });
    const log =
      await emu.control<{ method: string; path: string; status: number; user: string | null; at: string }[]>(
        '/_emulator/requests',
      );
    expect(log.map(({ method, path, status, user }) => ({ method, path, status, user }))).toEqual([
      { method: 'GET', path: '/v1.0/me?$select=displayName', status: 200, user: 'asa.lindqvist@samverkan.example' },
      { method: 'GET', path: '/v1.0/me', status: 401, user: null },
    ]);
  });

  it('reset brings back the demo tenant', async () => {
    const groups = (await emu.graphFetch('/me/joinedTeams')).json<{ value: { id: string; displayName: string }[] }>()
      .value;
    const drive = (await emu.graphFetch(`/groups/${groups[0]?.id ?? ''}/drive`)).json<{ id: string }>();
    const settings = `/drives/${drive.id}/root:/Protokoll/group-settings.json`;
    const item = (await emu.graphFetch(settings)).json<{ id: string }>();
    expect((await emu.graphFetch(`/drives/${drive.id}/items/${item.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await emu.graphFetch(settings)).status).toBe(404);
    await emu.control('/_emulator/reset', {});
    expect((await emu.graphFetch(settings)).status).toBe(200);
    expect(await emu.control<unknown[]>('/_emulator/requests')).toHaveLength(1);
  });

  it('lists the personas for the user switcher', async () => {
    const personas = await emu.control<{ upn: string; displayName: string; label: string }[]>('/_emulator/personas');
    expect(personas.map((persona) => persona.label)).toEqual([
      'Sekreterare',
      'Ordförande',
      'Justerare',
      'Ledamot',
      'Ordförande, Lindö kommun (gäst)',
      'Ledamot, Lindö kommun (gäst)',
    ]);
    expect(personas[0]).toEqual({
      upn: 'asa.lindqvist@samverkan.example',
      displayName: 'Åsa Lindqvist',
      label: 'Sekreterare',
      home: {
        tenantId: '5a3c1d2e-7b4f-4e8a-9c6d-0f1e2d3c4b5a',
        id: expect.any(String),
        userPrincipalName: 'asa.lindqvist@samverkan.example',
      },
      guestAccounts: [],
    });
    // The municipality chair signs in at home; the host tenant holds a guest object for her.
    expect(personas[4]).toMatchObject({
      upn: 'birgitta.nordin@lindo.example',
      home: { userPrincipalName: 'birgitta.nordin@lindo.example' },
      guestAccounts: [
        {
          tenantId: '5a3c1d2e-7b4f-4e8a-9c6d-0f1e2d3c4b5a',
          userPrincipalName: 'birgitta.nordin_lindo.example#EXT#@samverkan.example',
        },
      ],
    });
  });
});

describe('persistence', () => {
  it('keeps state and file bytes across a restart with the same dataDir, with a readable copy on disk', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'graph-emulator-persist-'));
    try {
      const first = await startTestEmulator({ dataDir, persist: true });
      const groups = (await first.graphFetch('/me/joinedTeams')).json<{
        value: { id: string; displayName: string }[];
      }>().value;
      const steering = groups.find((group) => group.displayName === 'Styrgrupp närvård');
      const driveId = (await first.graphFetch(`/groups/${steering?.id ?? ''}/drive`)).json<{ id: string }>().id;
      const put = await first.graphFetch(
        `/drives/${driveId}/root:/Protokoll/2099/${encodeURIComponent('sparad fil.txt')}:/content`,
        { method: 'PUT', body: 'bevarad', headers: { 'Content-Type': 'text/plain' } },
      );
      expect(put.status).toBe(201);
      await first.close();
      expect(
        await readFile(join(dataDir, 'drives', 'Styrgrupp närvård', 'Protokoll', '2099', 'sparad fil.txt'), 'utf8'),
      ).toBe('bevarad');
      expect(existsSync(join(dataDir, 'tls', 'cert.pem'))).toBe(true);

      const second = await startTestEmulator({ dataDir, persist: true });
      const redirect = await second.graphFetch(
        `/drives/${driveId}/root:/Protokoll/2099/${encodeURIComponent('sparad fil.txt')}:/content`,
      );
      expect(redirect.status).toBe(302);
      const state = await second.control<{ drives: { items: { name: string; content?: string }[] }[] }>(
        '/_emulator/state',
      );
      expect(state.drives.flatMap((drive) => drive.items).find((item) => item.name === 'sparad fil.txt')?.content).toBe(
        'bevarad',
      );
      await second.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
