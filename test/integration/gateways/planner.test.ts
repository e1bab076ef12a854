import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ConflictError,
  NotFoundError,
  type NewPlannerTask,
  type PlannerPlan,
  type PlannerTask,
} from '../../../src/graph/gateways';
import { plannerReferenceKey } from '../../../src/graph/encoding';
import { CHAIR, MEMBER, SECRETARY } from '../../emulator/support';
import { startGatewayHarness, userId, type EmulatorState, type GatewayHarness } from './harness';

let harness: GatewayHarness;
let state: EmulatorState;
let plan: PlannerPlan;

beforeAll(async () => {
  harness = await startGatewayHarness();
});
beforeEach(async () => {
  await harness.reset();
  state = await harness.state();
  const plans = await harness.as().planner.plansOfGroup(state.groups[0]!.id);
  plan = plans[0]!;
});
afterAll(() => harness.close());

const RECORD_URL = 'https://samverkan.sharepoint.com/sites/styrgrupp/Protokoll/2026/2026-11-20 Styrgrupp.docx#§12';

async function createOne(): Promise<PlannerTask> {
  const planner = harness.as().planner;
  const [bucket] = await planner.buckets(plan.id);
  const [task] = await planner.createTasks(assignments(bucket!.id, 1));
  if (!task || task instanceof Error) throw task ?? new Error('no task');
  return task;
}

function assignments(bucketId: string, count: number): NewPlannerTask[] {
  return Array.from({ length: count }, (_, index) => ({
    planId: plan.id,
    bucketId,
    title: `§ ${12 + index} Uppdrag ${index + 1}: Närvårdskontoret sammankallar`,
    dueDateTime: '2026-12-18T00:00:00Z',
    assigneeIds: [userId(state, index % 2 ? CHAIR : MEMBER)],
  }));
}

describe('planner gateway against the emulator', () => {
  it('creates a bucket, 15 tasks and their details in 3 sequential round trips', async () => {
    const planner = harness.as().planner;
    const bucket = await planner.createBucket(plan.id, 'Styrgrupp 2026-11-20');
    const before = (await harness.requests()).length;

    const created = await planner.createTasks(assignments(bucket.id, 15));
    const tasks = created.map((task) => {
      if (task instanceof Error) throw task;
      return task;
    });
    const details = await planner.writeDetails(
      tasks.map((task, index) => ({
        taskId: task.id,
        description: `Punkt ${index + 1}: Maria Glemfelt gör en inbjudan.`,
        reference: { url: RECORD_URL, alias: 'Protokoll' },
      })),
    );

    const roundTrips = (await harness.requests()).slice(before);
    expect(roundTrips.map((request) => `${request.method} ${request.path} ${request.batch?.length}`)).toEqual([
      'POST /v1.0/$batch 15',
      'POST /v1.0/$batch 15',
      'POST /v1.0/$batch 15',
    ]);
    expect(tasks.map((task) => task.title)).toEqual(assignments(bucket.id, 15).map((task) => task.title));
    expect(tasks[1]).toMatchObject({
      bucketId: bucket.id,
      assigneeIds: [userId(state, CHAIR)],
      etag: expect.any(String),
    });
    expect(details.every((detail) => !(detail instanceof Error) && detail.etag)).toBe(true);

    const inBucket = await planner.tasksInBucket(bucket.id);
    expect(inBucket).toHaveLength(15);
    const stored = await harness.emu.graphFetch(`/planner/tasks/${tasks[0]!.id}/details`);
    const body = stored.json<{ description: string; references: Record<string, { alias: string }> }>();
    expect(body.description).toBe('Punkt 1: Maria Glemfelt gör en inbjudan.');
    expect(body.references[plannerReferenceKey(RECORD_URL)]?.alias).toBe('Protokoll');
  });

  it('re-reads and retries details whose ETag went stale in between', async () => {
    const planner = harness.as().planner;
    const task = await createOne();
    await harness.emu.control('/_emulator/faults', {
      rules: [{ method: 'PATCH', path: '^/planner/tasks/[^/]+/details$', status: 412, times: 1 }],
    });
    const [result] = await planner.writeDetails([{ taskId: task.id, description: 'Andra försöket' }]);
    await harness.emu.control('/_emulator/faults', {});
    expect(result).toEqual({ etag: expect.any(String) });
    const detailsCalls = (await harness.requests())
      .flatMap((request) => request.batch ?? [])
      .filter((item) => item.url.endsWith('/details'));
    expect(detailsCalls.map((item) => `${item.method} ${item.status}`)).toEqual([
      'GET 200',
      'PATCH 412',
      'GET 200',
      'PATCH 200',
    ]);
  });

  it('writes details whose ETag it knows from its own last write without reading them; a stale one is read again', async () => {
    const planner = harness.as().planner;
    const task = await createOne();
    const [first] = await planner.writeDetails([{ taskId: task.id, description: 'Första' }]);
    if (!first || first instanceof Error) throw new Error('The first write of the details failed');
    const before = (await harness.requests()).length;
    const [second] = await planner.writeDetails([{ taskId: task.id, description: 'Andra', etag: first.etag }]);
    expect(second).toEqual({ etag: expect.any(String) });
    // Someone edits the description in Planner: the ETag the app kept is stale now.
    await planner.writeDetails([{ taskId: task.id, description: 'Ändrad i Planner' }]);
    const afterOther = (await harness.requests()).length;
    const [third] = await planner.writeDetails([{ taskId: task.id, description: 'Tredje', etag: first.etag }]);
    expect(third).toEqual({ etag: expect.any(String) });

    const statuses = (requests: Awaited<ReturnType<typeof harness.requests>>) =>
      requests.flatMap((request) => request.batch ?? []).map((item) => `${item.method} ${item.status}`);
    const log = await harness.requests();
    expect(statuses(log.slice(before, before + 1))).toEqual(['PATCH 200']);
    expect(statuses(log.slice(afterOther))).toEqual(['PATCH 412', 'GET 200', 'PATCH 200']);
    const stored = await harness.emu.graphFetch(`/planner/tasks/${task.id}/details`);
    expect(stored.json<{ description: string }>().description).toBe('Tredje');
  });

  it('updates and deletes with If-Match; a stale ETag is a ConflictError', async () => {
    const planner = harness.as().planner;
    const task = await createOne();
    const updated = await planner.updateTask(task.id, task.etag, {
      percentComplete: 100,
      assigneeIds: [userId(state, SECRETARY)],
    });
    expect(updated).toMatchObject({ percentComplete: 100, assigneeIds: [userId(state, SECRETARY)] });
    expect(updated.etag).not.toBe(task.etag);
    await expect(planner.updateTask(task.id, task.etag, { title: 'x' })).rejects.toBeInstanceOf(ConflictError);
    expect((await planner.myTasks()).some((mine) => mine.id === task.id)).toBe(true);
    await planner.deleteTask(task.id, updated.etag);
    expect(await planner.getTask(task.id)).toBeUndefined();
  });

  it('completes 15 tasks with details while 30 % of requests are throttled', async () => {
    const planner = harness.as().planner;
    const bucket = await planner.createBucket(plan.id, 'Strypt');
    await harness.emu.control('/_emulator/faults', { seed: 14, status: 429, rate: 0.3, retryAfterSeconds: 0.01 });
    const created = await planner.createTasks(assignments(bucket.id, 15));
    const details = await planner.writeDetails(
      created.map((task) => ({ taskId: (task as { id: string }).id, description: 'Text' })),
    );
    await harness.emu.control('/_emulator/faults', {});
    expect(created.filter((task) => task instanceof Error)).toEqual([]);
    expect(details.filter((detail) => detail instanceof Error)).toEqual([]);
    expect(await planner.tasksInBucket(bucket.id)).toHaveLength(15);
    const throttled = (await harness.requests()).flatMap((request) => [
      request.status,
      ...(request.batch ?? []).map((item) => item.status),
    ]);
    expect(throttled).toContain(429);
  });

  it('reports a deleted plan as NotFoundError (and getPlan as undefined)', async () => {
    const planner = harness.as().planner;
    const etag = (await harness.emu.graphFetch(`/planner/plans/${plan.id}`)).json<{ '@odata.etag': string }>()[
      '@odata.etag'
    ];
    expect(
      (await harness.emu.graphFetch(`/planner/plans/${plan.id}`, { method: 'DELETE', headers: { 'If-Match': etag } }))
        .status,
    ).toBe(204);
    expect(await planner.getPlan(plan.id)).toBeUndefined();
    await expect(planner.buckets(plan.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(planner.createBucket(plan.id, 'x')).rejects.toBeInstanceOf(NotFoundError);
  });
});
