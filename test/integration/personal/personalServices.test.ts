// The personal tab against the emulator: which records wait for whom, and which Planner tasks are mine.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { approvalFilePath, recordKeyOf } from '../../../src/app/records/recordPaths';
import { readApprovalFacts } from '../../../src/app/workflows/approvalFacts';
import { approvalClaimJson } from '../../../src/domain/approvalClaim';
import type { Minutes } from '../../../src/domain/model';
import { ADJUSTER, CHAIR, MEMBER, SECRETARY } from '../../emulator/support';
import { startGatewayHarness, type GatewayHarness } from '../gateways/harness';
import { servicesAs } from './support';

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness();
});
beforeEach(() => harness.reset());
afterAll(() => harness.close());

/** The steering group's seeded, approved record: its drive, folder and content. */
async function seededRecord() {
  const secretary = await servicesAs(harness, SECRETARY);
  const group = (await harness.state()).groups.find((g) => g.displayName === 'Styrgrupp närvård')!;
  const { settings } = await secretary.records.settings(group.id, group.displayName);
  const driveId = settings.driveId!;
  const year = String(new Date().getFullYear());
  let folder = `Protokoll/${year}`;
  let sources = (await secretary.gateways.files.list(driveId, folder)).filter((item) =>
    item.name.endsWith('.minutes.json'),
  );
  if (sources.length === 0) {
    // Early January: the last meeting was last year.
    folder = `Protokoll/${Number(year) - 1}`;
    sources = (await secretary.gateways.files.list(driveId, folder)).filter((item) =>
      item.name.endsWith('.minutes.json'),
    );
  }
  const path = `${folder}/${sources[0]!.name}`;
  const stored = (await secretary.records.read(driveId, path))!;
  return { secretary, group, settings, driveId, folder, path, minutes: stored.minutes };
}

/** A second record of the same group, sent for approval, beside the seeded one. */
async function sentForApproval(change: (minutes: Minutes) => Minutes | Promise<Minutes> = (m) => m) {
  const seeded = await seededRecord();
  const path = `${seeded.folder}/9999-12-31 Styrgrupp närvård.minutes.json`;
  const minutes = await change({
    ...seeded.minutes,
    id: 'sent-record',
    title: 'Protokoll Styrgrupp närvård (för justering)',
    status: 'sentForApproval',
  });
  await seeded.secretary.records.writeSource(seeded.driveId, path, minutes, undefined);
  return { ...seeded, path, minutes, recordKey: recordKeyOf(seeded.driveId, path) };
}

describe('records awaiting my approval', () => {
  it('lists a record sent for approval for the chair and the adjuster, not for the secretary or a member', async () => {
    const { recordKey, group } = await sentForApproval();
    for (const upn of [CHAIR, ADJUSTER]) {
      const waiting = await (await servicesAs(harness, upn)).recordsAwaitingMyApproval();
      expect(waiting).toEqual([
        expect.objectContaining({
          recordKey,
          groupId: group.id,
          groupName: 'Styrgrupp närvård',
          status: 'sentForApproval',
          title: 'Protokoll Styrgrupp närvård (för justering)',
        }),
      ]);
    }
    for (const upn of [SECRETARY, MEMBER])
      expect(await (await servicesAs(harness, upn)).recordsAwaitingMyApproval()).toEqual([]);
  });

  /** An answer for the record's current version, written into `owner`'s approval file by `writer`'s account. */
  async function approvalFile(
    writer: Awaited<ReturnType<typeof servicesAs>>,
    driveId: string,
    path: string,
    owner: string,
  ) {
    const found = (await readApprovalFacts(
      { records: writer.records, files: writer.gateways.files },
      driveId,
      path,
      [],
    ))!;
    const claim = approvalClaimJson({
      kind: 'approval',
      recordItemId: found.version.itemId,
      versionId: found.version.versionId,
      contentHash: found.version.contentHash,
      role: 'chair',
    });
    await writer.gateways.files.replace(driveId, approvalFilePath(path, owner), claim, 'application/json');
  }

  it('drops the record once I approved its current version, and lists it again when the secretary saved a new one', async () => {
    const { recordKey, driveId, path, secretary, minutes } = await sentForApproval();
    const chair = await servicesAs(harness, CHAIR);
    await approvalFile(chair, driveId, path, chair.userId);
    expect(await chair.recordsAwaitingMyApproval()).toEqual([]);
    expect((await (await servicesAs(harness, ADJUSTER)).recordsAwaitingMyApproval()).map((r) => r.recordKey)).toEqual([
      recordKey,
    ]);

    const stored = (await secretary.records.read(driveId, path))!;
    await secretary.records.writeSource(driveId, path, { ...minutes, place: 'Stadshuset, sal 3' }, stored.item.eTag);
    expect((await chair.recordsAwaitingMyApproval()).map((r) => r.recordKey)).toEqual([recordKey]);
  });

  it('keeps waiting when an approval in my name was written by someone else', async () => {
    const { recordKey, driveId, path, secretary } = await sentForApproval();
    const chair = await servicesAs(harness, CHAIR);
    await approvalFile(secretary, driveId, path, chair.userId);
    expect((await chair.recordsAwaitingMyApproval()).map((r) => r.recordKey)).toEqual([recordKey]);
  });

  it("also searches last year's folder in January", async () => {
    const { recordKey } = await sentForApproval();
    const year = Number(recordKey.match(/Protokoll\/(\d{4})\//)![1]);
    const january = await servicesAs(harness, CHAIR, () => new Date(`${year + 1}-01-10T09:00:00Z`));
    const february = await servicesAs(harness, CHAIR, () => new Date(`${year + 1}-02-10T09:00:00Z`));
    expect((await january.recordsAwaitingMyApproval()).map((r) => r.recordKey)).toEqual([recordKey]);
    expect(await february.recordsAwaitingMyApproval()).toEqual([]);
  });
});

describe('my assignments', () => {
  it("lists my open tasks in my groups' plans with group, due date, progress and the record they came from", async () => {
    const { driveId, path, settings } = await seededRecord();
    const mine = await (await servicesAs(harness, SECRETARY)).myAssignments();
    expect(mine).toEqual([
      expect.objectContaining({
        title: 'Sammanställa enkätresultaten per kommun till nästa möte',
        groupName: 'Styrgrupp närvård',
        percentComplete: 0,
        due: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        recordKey: recordKeyOf(driveId, path),
        recordTitle: expect.stringMatching(/^Protokoll \d{4}-\d{2}-\d{2}$/),
      }),
    ]);
    expect(settings.planId).toBeDefined();
  });

  it('reads every task’s details in one batch after the tasks and the settings', async () => {
    const secretary = await servicesAs(harness, SECRETARY);
    const before = (await harness.requests()).length;
    await secretary.myAssignments();
    const requests = (await harness.requests()).slice(before);
    const batches = requests.filter((r) => r.path.endsWith('$batch'));
    expect(batches).toHaveLength(1);
    expect(batches[0]!.batch!.every((item) => item.url.endsWith('/details'))).toBe(true);
    expect(requests.filter((r) => r.path === '/v1.0/me/planner/tasks')).toHaveLength(1);
  });

  it('reads my groups and their settings once when the tab asks for both lists at the same time', async () => {
    const chair = await servicesAs(harness, CHAIR);
    const before = (await harness.requests()).length;
    await Promise.all([chair.recordsAwaitingMyApproval(), chair.myAssignments()]);
    const paths = (await harness.requests()).slice(before).map((r) => r.path);
    expect(paths.filter((path) => path === '/v1.0/me/joinedTeams')).toHaveLength(1);
    const settingsReads = paths.filter((path) => decodeURIComponent(path).endsWith('Protokoll/group-settings.json'));
    expect(settingsReads.length).toBeGreaterThan(0);
    expect(new Set(settingsReads).size).toBe(settingsReads.length);
  });

  it("leaves out tasks of plans that are not a group's chosen plan, until the settings choose that plan", async () => {
    const { secretary, group } = await seededRecord();
    const plan = await secretary.createPlan(group.id, 'Uppdrag 2027');
    const bucket = await secretary.gateways.planner.createBucket(plan.id, 'Att göra');
    const [created] = await secretary.gateways.planner.createTasks([
      { planId: plan.id, bucketId: bucket.id, title: 'Boka lokal', assigneeIds: [secretary.userId] },
    ]);
    expect(created).not.toBeInstanceOf(Error);
    expect((await secretary.myAssignments()).map((a) => a.title)).not.toContain('Boka lokal');

    const settings = await secretary.loadSettings(group.id);
    await secretary.saveSettings({ ...settings, planId: plan.id });
    expect(await secretary.myAssignments()).toEqual([
      expect.objectContaining({ title: 'Boka lokal', groupName: 'Styrgrupp närvård', percentComplete: 0 }),
    ]);
  });
});
