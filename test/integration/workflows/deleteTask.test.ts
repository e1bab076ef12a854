// Issue 6.2: removing an assignment may delete its Planner task. The record's ETag may be stale by then, and the
// task may already be gone: the secretary asked for it to be deleted, so both end with no task and no error.
import { describe, expect, it } from 'vitest';
import { allAssignments } from '../../../src/domain/assignments';
import type { PlannerLink } from '../../../src/domain/model';
import { openToday, useSecretaryHarness } from './harness';
import { directoryAssignees, typeItems } from './meetingScript';
import { calls } from './plannerChecks';

const { harness, secretary } = useSecretaryHarness();

/** Today's record saved with one assignment: the link to its new task, as the record holds it. */
async function savedTask(): Promise<PlannerLink> {
  const { session } = await typeItems(
    secretary().services,
    await openToday(secretary().services),
    1,
    directoryAssignees(await harness().state(), 1),
  );
  const outcome = await secretary().services.saveRecord(session);
  if (outcome.kind !== 'saved') throw new Error(`Expected saved, got ${outcome.kind}`);
  const link = allAssignments(outcome.session.minutes)[0]?.assignment.planner;
  if (!link) throw new Error('The assignment has no Planner task');
  return link;
}

/** The same link with the task's ETag as Planner holds it now. */
async function current(link: PlannerLink): Promise<PlannerLink> {
  const task = await secretary().gateways.planner.getTask(link.taskId);
  if (!task) throw new Error(`Task ${link.taskId} is gone`);
  return { ...link, etag: task.etag };
}

async function taskExists(taskId: string): Promise<boolean> {
  return (await harness().state()).planner.tasks.some((task) => task.id === taskId);
}

/** The task DELETEs and their statuses. */
const deletes = async (): Promise<number[]> =>
  calls(await harness().requests())
    .filter((c) => c.method === 'DELETE' && c.path.startsWith('/planner/tasks/'))
    .map((c) => c.status);

describe('deleting an assignment’s Planner task', () => {
  it('deletes the task in one call when its ETag is current', async () => {
    const link = await current(await savedTask());
    await secretary().services.deletePlannerTask(link);
    expect(await taskExists(link.taskId)).toBe(false);
    expect(await deletes()).toEqual([204]);
  });

  it('reads the task again and deletes it when the ETag is stale (someone changed the task since)', async () => {
    const link = await savedTask();
    const fresh = await current(link);
    await secretary().gateways.planner.updateTask(link.taskId, fresh.etag, { percentComplete: 50 });
    await secretary().services.deletePlannerTask(fresh);
    expect(await taskExists(link.taskId)).toBe(false);
    expect(await deletes()).toEqual([412, 204]);
  });

  it('counts a task that is already gone as deleted', async () => {
    const link = await savedTask();
    const fresh = await current(link);
    await secretary().gateways.planner.deleteTask(link.taskId, fresh.etag);
    await expect(secretary().services.deletePlannerTask(fresh)).resolves.toBeUndefined();
    expect(await taskExists(link.taskId)).toBe(false);
    expect(await deletes()).toEqual([204, 404]);
  });
});
