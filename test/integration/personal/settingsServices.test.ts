// The configuration page's services against the emulator: the group's settings file with its ETag, and its plans.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError } from '../../../src/graph/gateways';
import { SECRETARY } from '../../emulator/support';
import { startGatewayHarness, type EmulatorState, type GatewayHarness } from '../gateways/harness';
import { servicesAs } from './support';

let harness: GatewayHarness;
let group: EmulatorState['groups'][number];
beforeAll(async () => {
  harness = await startGatewayHarness();
});
beforeEach(async () => {
  await harness.reset();
  group = (await harness.state()).groups.find((g) => g.displayName === 'Beredningsgrupp närvård')!;
});
afterAll(() => harness.close());

describe('group settings', () => {
  it('saves the choices and reads them back, kept in Protokoll/group-settings.json even when the records move to another folder', async () => {
    const admin = await servicesAs(harness, SECRETARY);
    const settings = await admin.loadSettings(group.id);
    expect(settings).toMatchObject({
      groupId: group.id,
      name: 'Beredningsgrupp närvård',
      kind: 'protokoll',
      folderPath: 'Protokoll',
    });
    await admin.saveSettings({
      ...settings,
      kind: 'anteckningar',
      language: 'en',
      folderPath: 'Mötesanteckningar',
      notesApprovers: [],
    });
    await admin.saveSettings({ ...(await admin.loadSettings(group.id)), language: 'sv' });

    const fresh = await (await servicesAs(harness, SECRETARY)).loadSettings(group.id);
    expect(fresh).toMatchObject({
      kind: 'anteckningar',
      language: 'sv',
      folderPath: 'Mötesanteckningar',
      notesApprovers: [],
    });
    expect(fresh.roster).toEqual(settings.roster);
    const { drives } = await harness.emu.control<{ drives: { id: string; items: { path: string }[] }[] }>(
      '/_emulator/state',
    );
    const paths = drives.find((d) => d.id === settings.driveId)!.items.map((item) => item.path);
    expect(paths.filter((path) => path.endsWith('group-settings.json'))).toEqual(['/Protokoll/group-settings.json']);
  });

  it('refuses to overwrite settings someone saved in between, and saves once the newer ones are loaded', async () => {
    const first = await servicesAs(harness, SECRETARY);
    const second = await servicesAs(harness, SECRETARY);
    const mine = await first.loadSettings(group.id);
    const theirs = await second.loadSettings(group.id);
    await second.saveSettings({ ...theirs, language: 'en' });

    await expect(first.saveSettings({ ...mine, kind: 'anteckningar' })).rejects.toBeInstanceOf(ConflictError);
    const newer = await first.loadSettings(group.id);
    expect(newer.language).toBe('en');
    await first.saveSettings({ ...newer, kind: 'anteckningar' });
    expect(await second.loadSettings(group.id)).toMatchObject({ language: 'en', kind: 'anteckningar' });
  });

  it('offers defaults named after the team when the group has no settings yet, and creates the file', async () => {
    const admin = await servicesAs(harness, SECRETARY);
    const driveId = (await admin.loadSettings(group.id)).driveId!;
    const deleted = await harness.emu.graphFetch(`/drives/${driveId}/root:/Protokoll/group-settings.json`, {
      method: 'DELETE',
    });
    expect(deleted.status).toBe(204);

    const defaults = await admin.loadSettings(group.id);
    expect(defaults).toMatchObject({
      name: 'Beredningsgrupp närvård',
      kind: 'protokoll',
      language: 'sv',
      folderPath: 'Protokoll',
      roster: [],
    });
    expect(defaults.planId).toBeUndefined();
    await admin.saveSettings({ ...defaults, kind: 'anteckningar' });
    expect(await (await servicesAs(harness, SECRETARY)).loadSettings(group.id)).toMatchObject({
      kind: 'anteckningar',
      name: 'Beredningsgrupp närvård',
    });
  });
});

describe('plans', () => {
  it("lists the group's plans and creates one in the group", async () => {
    const admin = await servicesAs(harness, SECRETARY);
    expect(await admin.listPlans(group.id)).toEqual([
      { id: expect.any(String), title: 'Uppdrag Beredningsgrupp närvård' },
    ]);
    const created = await admin.createPlan(group.id, 'Beredningsgruppens uppdrag 2027');
    expect(created.title).toBe('Beredningsgruppens uppdrag 2027');
    expect((await admin.listPlans(group.id)).map((p) => p.id)).toContain(created.id);
    expect((await harness.state()).planner.plans.find((p) => p.id === created.id)?.groupId).toBe(group.id);
  });
});
