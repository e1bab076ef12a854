import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRETARY } from '../../emulator/support';
import { startGatewayHarness, type EmulatorState, type GatewayHarness } from './harness';

let harness: GatewayHarness;
let state: EmulatorState;

beforeAll(async () => {
  harness = await startGatewayHarness();
  state = await harness.state();
});
afterAll(() => harness.close());

describe('directory and groups gateways against the emulator', () => {
  it('reads the signed-in user', async () => {
    const me = await harness.as().directory.me();
    expect(me).toMatchObject({
      userPrincipalName: SECRETARY,
      displayName: 'Åsa Lindqvist',
      companyName: 'Närvårdskontoret',
    });
  });

  it('reads 40 profiles in two $batch requests sent in parallel; a departed user is null', async () => {
    const living = state.users.filter((user) => !user.deleted);
    const departed = state.users.find((user) => user.deleted)!;
    const people = [
      ...living.slice(0, 20).map((user) => ({ id: user.id })),
      ...living.slice(20, 39).map((user) => ({ mail: user.mail.toUpperCase() })),
      { mail: departed.mail },
    ];
    await harness.reset();
    await harness.emu.control('/_emulator/faults', { latencyMs: 300 });
    const profiles = await harness.as().directory.profiles(people);
    await harness.emu.control('/_emulator/faults', {});

    const batches = (await harness.requests()).filter((request) => request.path.startsWith('/v1.0/$batch'));
    expect(batches.map((batch) => batch.batch?.length)).toEqual([20, 20]);
    // Both batches arrived before the first one was answered (each waits 300 ms in the emulator).
    expect(Math.abs(Date.parse(batches[0]!.at) - Date.parse(batches[1]!.at))).toBeLessThan(250);

    expect(profiles.size).toBe(40);
    expect(profiles.get(living[0]!.id)).toMatchObject({ id: living[0]!.id, displayName: living[0]!.displayName });
    expect(profiles.get(living[25]!.mail.toLowerCase())).toMatchObject({ id: living[25]!.id });
    expect(profiles.get(departed.mail.toLowerCase())).toBeNull();
  });

  it('resolves a cross-tenant invite by mail: members, B2B guests (home address) and bare addresses', async () => {
    const profiles = await harness
      .as()
      .directory.profiles([
        { mail: SECRETARY },
        { mail: 'Birgitta.Nordin@lindo.example' },
        { mail: 'eva.sund@lindo.example' },
        { mail: 'nora.falk@extern.example' },
      ]);
    expect(profiles.get(SECRETARY)).toMatchObject({ displayName: 'Åsa Lindqvist', userType: 'Member' });
    expect(profiles.get('birgitta.nordin@lindo.example')).toMatchObject({
      displayName: 'Birgitta Nordin',
      userPrincipalName: 'birgitta.nordin_lindo.example#EXT#@samverkan.example',
      userType: 'Guest',
    });
    // Invited by address only: no object in the host tenant, whether or not they have an account at home.
    expect(profiles.get('eva.sund@lindo.example')).toBeNull();
    expect(profiles.get('nora.falk@extern.example')).toBeNull();
    const lookups = (await harness.requests()).flatMap((request) => request.batch ?? []);
    expect(lookups.some((item) => /\/users\/[^?]*@/.test(item.url))).toBe(false);
  });

  it('searches by display name with user input quoted and escaped', async () => {
    const directory = harness.as().directory;
    const found = await directory.search('Märta');
    expect(found.map((user) => user.displayName)).toContain('Märta Ek');
    expect(await directory.search('"&#%\\')).toEqual([]);
    expect(await directory.search('   ')).toEqual([]);
  });

  it("lists the user's teams", async () => {
    const teams = await harness.as().groups.joinedTeams();
    expect(teams.map((team) => team.displayName)).toContain('Styrgrupp närvård');
    expect(teams.every((team) => state.groups.some((group) => group.id === team.id))).toBe(true);
  });
});
