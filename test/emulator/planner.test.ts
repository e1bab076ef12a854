// Planner: create, If-Match rules on PATCH/DELETE, 204 vs Prefer return=representation, ETags, details, deleted plan.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMBER, startTestEmulator, type TestEmulator } from './support';

interface Task {
  id: string;
  title: string;
  percentComplete: number;
  orderHint: string;
  bucketId: string;
  assignments: Record<string, { '@odata.type': string; orderHint: string }>;
  '@odata.etag': string;
  hasDescription: boolean;
  referenceCount: number;
}

let emu: TestEmulator;
let planId: string;
let bucketId: string;
let jonsId: string;
beforeAll(async () => {
  emu = await startTestEmulator();
  const groups = (await emu.graphFetch('/me/joinedTeams')).json<{ value: { id: string; displayName: string }[] }>()
    .value;
  const steering = groups.find((group) => group.displayName === 'Styrgrupp närvård');
  const plans = (await emu.graphFetch(`/groups/${steering?.id ?? ''}/planner/plans`)).json<{
    value: { id: string; title: string }[];
  }>().value;
  planId = plans[0]?.id ?? '';
  expect(plans[0]?.title).toBe('Uppdrag Styrgrupp närvård');
  const bucket = await emu.graphFetch('/planner/buckets', {
    method: 'POST',
    body: { name: '2099-01-01 Styrgrupp närvård', planId, orderHint: ' !' },
  });
  expect(bucket.status).toBe(201);
  bucketId = bucket.json<{ id: string }>().id;
  jonsId = (await emu.graphFetch(`/users/${MEMBER}`)).json<{ id: string }>().id;
});
afterAll(async () => {
  await emu.close();
});

const createTask = async (title: string): Promise<Task> => {
  const reply = await emu.graphFetch('/planner/tasks', {
    method: 'POST',
    body: {
      planId,
      bucketId,
      title,
      assignments: { [jonsId]: { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' } },
    },
  });
  expect(reply.status).toBe(201);
  expect(reply.headers.etag).toBe(reply.json<Task>()['@odata.etag']);
  return reply.json<Task>();
};

describe('tasks', () => {
  it('creates a task with 201, rewrites orderHint and keeps the assignment', async () => {
    const task = await createTask('Ta fram en tidplan');
    expect(task['@odata.etag']).toMatch(/^W\/"[A-Za-z0-9+/=]+"$/);
    expect(task.orderHint).not.toBe(' !');
    expect(Object.keys(task.assignments)).toEqual([jonsId]);
    expect(task.assignments[jonsId]?.['@odata.type']).toBe('#microsoft.graph.plannerAssignment');
  });

  it('refuses unknown assignees (400) and unknown plans (404)', async () => {
    const badUser = await emu.graphFetch('/planner/tasks', {
      method: 'POST',
      body: {
        planId,
        bucketId,
        title: 'x',
        assignments: {
          '00000000-0000-4000-a000-000000000000': {
            '@odata.type': '#microsoft.graph.plannerAssignment',
            orderHint: ' !',
          },
        },
      },
    });
    expect(badUser.status).toBe(400);
    expect(
      (await emu.graphFetch('/planner/tasks', { method: 'POST', body: { planId: 'nope', title: 'x' } })).status,
    ).toBe(404);
  });

  it('requires If-Match on PATCH, refuses a stale one with 412, answers 204 or the object with Prefer', async () => {
    const task = await createTask('Uppföljning');
    const without = await emu.graphFetch(`/planner/tasks/${task.id}`, {
      method: 'PATCH',
      body: { percentComplete: 50 },
    });
    expect(without.status).toBe(400);
    const plain = await emu.graphFetch(`/planner/tasks/${task.id}`, {
      method: 'PATCH',
      body: { percentComplete: 50 },
      headers: { 'If-Match': task['@odata.etag'] },
    });
    expect(plain.status).toBe(204);
    expect(plain.body.length).toBe(0);
    const stale = await emu.graphFetch(`/planner/tasks/${task.id}`, {
      method: 'PATCH',
      body: { title: 'Ny' },
      headers: { 'If-Match': task['@odata.etag'] },
    });
    expect(stale.status).toBe(412);
    const current = (await emu.graphFetch(`/planner/tasks/${task.id}`)).json<Task>();
    expect(current['@odata.etag']).not.toBe(task['@odata.etag']);
    expect(current.percentComplete).toBe(50);
    const represented = await emu.graphFetch(`/planner/tasks/${task.id}`, {
      method: 'PATCH',
      body: { title: 'Ny titel' },
      headers: { 'If-Match': current['@odata.etag'], Prefer: 'return=representation' },
    });
    expect(represented.status).toBe(200);
    expect(represented.json<Task>().title).toBe('Ny titel');
    expect(represented.headers.etag).toBe(represented.json<Task>()['@odata.etag']);
    expect(represented.headers.etag).not.toBe(current['@odata.etag']);
  });

  it('updates details with an encoded reference key, and the task shows it', async () => {
    const task = await createTask('Med detaljer');
    const details = (await emu.graphFetch(`/planner/tasks/${task.id}/details`)).json<{ '@odata.etag': string }>();
    const url = 'https://samverkan.sharepoint.example/Protokoll/2099/protokoll.docx';
    const key = encodeURIComponent(url).replace(/\./g, '%2E');
    const raw = await emu.graphFetch(`/planner/tasks/${task.id}/details`, {
      method: 'PATCH',
      body: { references: { [url]: { alias: 'x' } } },
      headers: { 'If-Match': details['@odata.etag'] },
    });
    expect(raw.status).toBe(400);
    const reply = await emu.graphFetch(`/planner/tasks/${task.id}/details`, {
      method: 'PATCH',
      body: {
        description: 'Från § 4',
        previewType: 'description',
        references: {
          [key]: { '@odata.type': 'microsoft.graph.plannerExternalReference', alias: 'Protokoll', type: 'Word' },
        },
      },
      headers: { 'If-Match': details['@odata.etag'], Prefer: 'return=representation' },
    });
    expect(reply.status).toBe(200);
    expect(reply.json<{ references: Record<string, { alias: string }> }>().references[key]?.alias).toBe('Protokoll');
    const after = (await emu.graphFetch(`/planner/tasks/${task.id}`)).json<Task>();
    expect(after).toMatchObject({ hasDescription: true, referenceCount: 1 });
  });

  it('deletes with If-Match (204); the demo’s tasks are listed for the plan and for their assignee', async () => {
    const task = await createTask('Tas bort');
    expect((await emu.graphFetch(`/planner/tasks/${task.id}`, { method: 'DELETE' })).status).toBe(400);
    expect(
      (
        await emu.graphFetch(`/planner/tasks/${task.id}`, {
          method: 'DELETE',
          headers: { 'If-Match': task['@odata.etag'] },
        })
      ).status,
    ).toBe(204);
    expect((await emu.graphFetch(`/planner/tasks/${task.id}`)).status).toBe(404);
    const mine = (await emu.graphFetch('/me/planner/tasks', { as: MEMBER })).json<{ value: Task[] }>().value;
    expect(mine.map((entry) => entry.percentComplete)).toContain(50);
  });

  it('answers 404 for everything in a deleted plan', async () => {
    const groups = (await emu.graphFetch('/me/joinedTeams')).json<{ value: { id: string; displayName: string }[] }>()
      .value;
    const group = groups.find((candidate) => candidate.displayName === 'Uppdragsgrupp Barn och unga');
    const plan = (
      await emu.graphFetch('/planner/plans', {
        method: 'POST',
        body: { title: 'Tillfällig', container: { url: `https://graph.microsoft.com/v1.0/groups/${group?.id ?? ''}` } },
      })
    ).json<{ id: string; '@odata.etag': string }>();
    const bucket = (
      await emu.graphFetch('/planner/buckets', { method: 'POST', body: { name: 'B', planId: plan.id } })
    ).json<{ id: string }>();
    expect(
      (
        await emu.graphFetch(`/planner/plans/${plan.id}`, {
          method: 'DELETE',
          headers: { 'If-Match': plan['@odata.etag'] },
        })
      ).status,
    ).toBe(204);
    expect((await emu.graphFetch(`/planner/plans/${plan.id}`)).status).toBe(404);
    expect((await emu.graphFetch(`/planner/plans/${plan.id}/buckets`)).status).toBe(404);
    expect((await emu.graphFetch(`/planner/buckets/${bucket.id}/tasks`)).status).toBe(404);
    expect(
      (await emu.graphFetch('/planner/tasks', { method: 'POST', body: { planId: plan.id, title: 'x' } })).status,
    ).toBe(404);
  });
});
