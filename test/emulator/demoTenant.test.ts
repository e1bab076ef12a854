// The demo tenant is valid input for the app: group settings and the previous record pass the domain's
// restore, the approvals match the content, and the record's Planner links point at live tasks.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalContent } from '../../src/domain/approval';
import { restoreGroupSettings, restoreMinutes } from '../../src/domain/restore';
import { MEMBER, send, startTestEmulator, type TestEmulator } from './support';

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(async () => {
  await emu.close();
});

const readText = async (driveId: string, path: string): Promise<string> => {
  const redirect = await emu.graphFetch(
    `/drives/${driveId}/root:/${path.split('/').map(encodeURIComponent).join('/')}:/content`,
  );
  expect(redirect.status).toBe(302);
  return (await send(redirect.headers.location ?? '')).text();
};

describe('demo tenant', () => {
  it('has about sixty users across the organisations', async () => {
    const state = await emu.control<{ users: { companyName: string; deleted?: boolean }[] }>('/_emulator/state');
    const active = state.users.filter((user) => !user.deleted);
    expect(active.length).toBeGreaterThanOrEqual(55);
    expect(new Set(active.map((user) => user.companyName)).size).toBe(7);
  });

  it('gives every group a drive with valid settings pointing at its drive and plan', async () => {
    const groups = (await emu.graphFetch('/me/joinedTeams')).json<{ value: { id: string; displayName: string }[] }>()
      .value;
    expect(groups).toHaveLength(4);
    for (const group of groups) {
      const driveId = (await emu.graphFetch(`/groups/${group.id}/drive`)).json<{ id: string }>().id;
      const settings = restoreGroupSettings(JSON.parse(await readText(driveId, 'Protokoll/group-settings.json')));
      const plans = (await emu.graphFetch(`/groups/${group.id}/planner/plans`)).json<{
        value: { id: string; title: string }[];
      }>().value;
      expect(settings).toMatchObject({
        groupId: group.id,
        name: group.displayName,
        driveId,
        folderPath: 'Protokoll',
        planId: plans[0]?.id,
        language: 'sv',
      });
      expect(plans[0]?.title).toBe(`Uppdrag ${group.displayName}`);
      expect(settings.roster.some((member) => member.roles.includes('chair'))).toBe(true);
      expect(settings.organisationContacts['Närvårdskontoret']?.name).toBe('Åsa Lindqvist');
    }
  });

  it('holds the steering group’s previous record: 11 items from § 1, approved, tasks linked', async () => {
    const groups = (await emu.graphFetch('/me/joinedTeams')).json<{ value: { id: string; displayName: string }[] }>()
      .value;
    const steering = groups.find((group) => group.displayName === 'Styrgrupp närvård');
    const driveId = (await emu.graphFetch(`/groups/${steering?.id ?? ''}/drive`)).json<{ id: string }>().id;
    const years = (await emu.graphFetch(`/drives/${driveId}/root:/Protokoll:/children`))
      .json<{ value: { name: string; folder?: unknown }[] }>()
      .value.filter((item) => item.folder);
    const year = years[0]?.name ?? '';
    const files = (await emu.graphFetch(`/drives/${driveId}/root:/Protokoll/${year}:/children`)).json<{
      value: { name: string }[];
    }>().value;
    const name = files.find((file) => file.name.endsWith('Styrgrupp närvård.minutes.json'))?.name ?? '';
    expect(name).toMatch(/^\d{4}-\d\d-\d\d Styrgrupp närvård\.minutes\.json$/);
    const minutes = restoreMinutes(JSON.parse(await readText(driveId, `Protokoll/${year}/${name}`)));
    expect(minutes.firstNumber).toBe(1);
    expect(minutes.items).toHaveLength(11);
    expect(minutes.status).toBe('sentForApproval');
    // The approvals are the chair's and the adjuster's own files, each written with their own account.
    const hash = createHash('sha256').update(canonicalContent(minutes)).digest('hex');
    const approvalsFolder = `Protokoll/${year}/${name.replace(/\.minutes\.json$/, '.approvals')}`;
    const approvals = (await emu.graphFetch(`/drives/${driveId}/root:/${approvalsFolder}:/children`)).json<{
      value: { name: string; lastModifiedBy: { user: { id: string } } }[];
    }>().value;
    expect(approvals.map((file) => file.name === `${file.lastModifiedBy.user.id}.json`)).toEqual([true, true]);
    const claims = await Promise.all(
      approvals.map(async (file) => JSON.parse(await readText(driveId, `${approvalsFolder}/${file.name}`))),
    );
    expect(claims.map((claim) => [claim.role, claim.contentHash, claim.versionId]).sort()).toEqual([
      ['adjuster', hash, '1.0'],
      ['chair', hash, '1.0'],
    ]);
    const links = minutes.items.flatMap((item) => item.assignments).map((assignment) => assignment.planner);
    expect(links).toHaveLength(2);
    const tasks = await Promise.all(
      links.map(async (link) =>
        (await emu.graphFetch(`/planner/tasks/${link?.taskId ?? ''}`)).json<{
          percentComplete: number;
          '@odata.etag': string;
          bucketId: string;
        }>(),
      ),
    );
    expect(tasks.map((task) => task.percentComplete).sort()).toEqual([0, 50]);
    expect(tasks.map((task) => task['@odata.etag'])).toEqual(links.map((link) => link?.etag));
    const bucket = (await emu.graphFetch(`/planner/buckets/${tasks[0]?.bucketId ?? ''}`)).json<{ name: string }>();
    expect(bucket.name).toBe(`${name.slice(0, 10)} Styrgrupp närvård`);
    expect((await emu.graphFetch('/me/planner/tasks', { as: MEMBER })).json<{ value: unknown[] }>().value).toHaveLength(
      1,
    );
  });
});
