// Directory: /me, /users/{id|upn|mail}, $select, $search with ConsistencyLevel, $filter, joinedTeams.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAIR, startTestEmulator, type TestEmulator } from './support';

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(async () => {
  await emu.close();
});

describe('users', () => {
  it('finds a user by upn and by mail; $select returns only what was asked (no id)', async () => {
    const reply = await emu.graphFetch(`/users/${CHAIR}?$select=displayName,jobTitle,department,companyName`, {
      scopes: ['User.Read.All'],
    });
    expect(reply.status).toBe(200);
    const user = reply.json();
    expect(user).toEqual({
      '@odata.context': expect.stringContaining('$metadata#users/$entity'),
      displayName: 'Göran Öberg',
      jobTitle: 'Socialchef',
      department: 'Socialförvaltningen',
      companyName: 'Åsby kommun',
    });
  });

  it('leaves department and companyName out of the default property set', async () => {
    const user = (await emu.graphFetch(`/users/${CHAIR}`)).json();
    expect(user.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(user).not.toHaveProperty('companyName');
  });

  it('with only User.ReadBasic.All, non-basic properties of others come back null', async () => {
    const user = (
      await emu.graphFetch(`/users/${CHAIR}?$select=displayName,companyName`, { scopes: ['User.ReadBasic.All'] })
    ).json();
    expect(user).toMatchObject({ displayName: 'Göran Öberg', companyName: null });
  });

  it('answers 404 Request_ResourceNotFound for a user deleted from the directory', async () => {
    const reply = await emu.graphFetch('/users/kent.sjoholm@samverkan.example');
    expect(reply.status).toBe(404);
    expect(reply.json<{ error: { code: string } }>().error.code).toBe('Request_ResourceNotFound');
  });

  it('requires ConsistencyLevel: eventual for $search', async () => {
    const without = await emu.graphFetch('/users?$search="displayName:Öberg"');
    expect(without.status).toBe(400);
    expect(without.json<{ error: { code: string } }>().error.code).toBe('Request_UnsupportedQuery');
    const withHeader = await emu.graphFetch(`/users?$search=${encodeURIComponent('"displayName:Öberg"')}`, {
      headers: { ConsistencyLevel: 'eventual' },
    });
    expect(withHeader.status).toBe(200);
    expect(withHeader.json<{ value: { displayName: string }[] }>().value.map((user) => user.displayName)).toEqual([
      'Göran Öberg',
    ]);
  });

  it('filters with startswith(displayName, …)', async () => {
    const reply = await emu.graphFetch(`/users?$filter=${encodeURIComponent("startswith(displayName,'Mär')")}`);
    expect(reply.json<{ value: { displayName: string }[] }>().value.map((user) => user.displayName)).toContain(
      'Märta Ek',
    );
  });

  it('pages the user list with @odata.nextLink', async () => {
    const first = (await emu.graphFetch('/users')).json<{ value: unknown[]; '@odata.nextLink'?: string }>();
    expect(first.value).toHaveLength(10);
    expect(first['@odata.nextLink']).toMatch(/^https:\/\/localhost:\d+\/v1\.0\/users\?\$skiptoken=/);
  });
});

describe('teams', () => {
  it('lists the secretary’s five teams, the cross-tenant one included', async () => {
    const teams = (await emu.graphFetch('/me/joinedTeams'))
      .json<{ value: { displayName: string }[] }>()
      .value.map((team) => team.displayName);
    expect(teams.sort()).toEqual([
      'Beredningsgrupp närvård',
      'Samverkansgrupp Lindö',
      'Styrgrupp närvård',
      'Uppdragsgrupp Barn och unga',
      'Uppdragsgrupp Psykisk hälsa',
    ]);
  });
});
