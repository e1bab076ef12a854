// Planner: one bucket per meeting in the group's plan, one task per assignment, the item text in the task's details.
import type { Client } from '@microsoft/microsoft-graph-client';
import type * as Graph from '@microsoft/microsoft-graph-types';
import { sendBatch, type BatchItem, type BatchResult } from './batch';
import { pathSegment, plannerReferenceKey } from './encoding';
import { headerValue } from './errors';
import {
  ConflictError,
  NotFoundError,
  type NewPlannerTask,
  type PlannerBucket,
  type PlannerGateway,
  type PlannerPlan,
  type PlannerTask,
  type PlannerTaskDetails,
} from './gateways';
import { getAllPages } from './paging';
import { graphGet, graphSend, type GraphCall } from './request';

type TaskPatch = Parameters<PlannerGateway['updateTask']>[2];
type DetailsUpdate = Parameters<PlannerGateway['writeDetails']>[0][number];

/** Planner answers a PATCH with 204 and no body unless asked; the new ETag is in the representation. */
const RETURN_REPRESENTATION = { Prefer: 'return=representation' };
/** Lets the service place new items first; it rewrites orderHint anyway. */
const FIRST = ' !';

export class GraphPlannerGateway implements PlannerGateway {
  constructor(private readonly client: Client) {}

  async plansOfGroup(groupId: string): Promise<PlannerPlan[]> {
    const plans = await getAllPages<Graph.PlannerPlan>(
      this.client,
      planner("Listing the group's plans", `/groups/${pathSegment(groupId)}/planner/plans`),
    );
    return plans.map(toPlan);
  }

  async getPlan(planId: string): Promise<PlannerPlan | undefined> {
    return undefinedIfGone(async () =>
      toPlan(
        await graphGet<Graph.PlannerPlan>(
          this.client,
          planner('Reading the plan', `/planner/plans/${pathSegment(planId)}`),
        ),
      ),
    );
  }

  async createPlan(groupId: string, title: string): Promise<PlannerPlan> {
    const container = { containerId: groupId, type: 'group' };
    return toPlan(
      await graphSend<Graph.PlannerPlan>(this.client, 'POST', planner('Creating the plan', '/planner/plans'), {
        container,
        title,
      }),
    );
  }

  async buckets(planId: string): Promise<PlannerBucket[]> {
    const buckets = await getAllPages<Graph.PlannerBucket>(
      this.client,
      planner("Listing the plan's buckets", `/planner/plans/${pathSegment(planId)}/buckets`),
    );
    return buckets.map(toBucket);
  }

  async createBucket(planId: string, name: string): Promise<PlannerBucket> {
    const bucket = await graphSend<Graph.PlannerBucket>(
      this.client,
      'POST',
      planner('Creating the bucket', '/planner/buckets'),
      { name, planId, orderHint: FIRST },
    );
    return toBucket(bucket);
  }

  async deleteBucket(bucketId: string, etag: string): Promise<void> {
    await graphSend(this.client, 'DELETE', {
      ...planner('Removing an empty bucket', `/planner/buckets/${pathSegment(bucketId)}`),
      headers: { 'If-Match': etag },
    });
  }

  async tasksInBucket(bucketId: string): Promise<PlannerTask[]> {
    return this.listTasks(`/planner/buckets/${pathSegment(bucketId)}/tasks`);
  }

  async tasksOfPlan(planId: string): Promise<PlannerTask[]> {
    return this.listTasks(`/planner/plans/${pathSegment(planId)}/tasks`);
  }

  async myTasks(): Promise<PlannerTask[]> {
    return this.listTasks('/me/planner/tasks');
  }

  async taskDetails(taskIds: string[]): Promise<(PlannerTaskDetails | Error)[]> {
    const answers = await this.batch(
      taskIds.map((taskId) => ({ method: 'GET', url: `${taskPath(taskId)}/details` })),
      "Reading the tasks' details",
    );
    return answers.map((answer) => (answer instanceof Error ? answer : toDetails(answer)));
  }

  async getTask(taskId: string): Promise<PlannerTask | undefined> {
    return undefinedIfGone(async () =>
      toTask(await graphGet<Graph.PlannerTask>(this.client, planner('Reading the task', taskPath(taskId)))),
    );
  }

  async createTasks(tasks: NewPlannerTask[]): Promise<(PlannerTask | Error)[]> {
    const results = await sendBatch(
      this.client,
      tasks.map((task) => ({ method: 'POST', url: '/planner/tasks', body: newTaskBody(task) })),
      { what: 'Creating Planner tasks', needs: 'Tasks.ReadWrite' },
    );
    return results.map((result) => (result instanceof Error ? result : toTask(result.body as Graph.PlannerTask)));
  }

  async updateTask(taskId: string, etag: string, patch: TaskPatch): Promise<PlannerTask> {
    const body: Record<string, unknown> = {};
    if (patch.title !== undefined) body.title = patch.title;
    if (patch.dueDateTime !== undefined) body.dueDateTime = patch.dueDateTime;
    if (patch.percentComplete !== undefined) body.percentComplete = patch.percentComplete;
    if (patch.assigneeIds !== undefined) {
      // Assignments are a map merged by the PATCH: people no longer assigned must be set to null explicitly.
      const current = await this.getTask(taskId);
      if (!current) throw new NotFoundError(`Updating the task: task ${taskId} no longer exists.`);
      // The task changed since `etag` was read: Planner would refuse the PATCH (412), so it is not sent.
      if (current.etag !== etag)
        throw new ConflictError(`Updating the task: task ${taskId} changed since it was read.`, current.etag);
      body.assignments = assignmentsPatch(current.assigneeIds, patch.assigneeIds);
    }
    const call = {
      ...planner('Updating the task', taskPath(taskId)),
      headers: { 'If-Match': etag, ...RETURN_REPRESENTATION },
    };
    const updated = await graphSend<Graph.PlannerTask | undefined>(this.client, 'PATCH', call, body);
    if (updated && typeof updated === 'object' && 'id' in updated) return toTask(updated);
    // A 204 after all: read the new state (and ETag) back.
    const task = await this.getTask(taskId);
    if (!task) throw new NotFoundError(`Updating the task: task ${taskId} no longer exists.`);
    return task;
  }

  async deleteTask(taskId: string, etag: string): Promise<void> {
    await graphSend(this.client, 'DELETE', {
      ...planner('Deleting the task', taskPath(taskId)),
      headers: { 'If-Match': etag },
    });
  }

  /**
   * Two batched round trips: GET every task's details (for its ETag), then PATCH them all with If-Match; one when every
   * update names the ETag of the app's last write. Details someone changed in between (409/412) are read and written
   * once more.
   */
  async writeDetails(updates: DetailsUpdate[]): Promise<({ etag: string } | Error)[]> {
    const results: ({ etag: string } | Error)[] = new Array(updates.length);
    let pending = updates.map((_, index) => index);
    for (let attempt = 0; attempt < 2 && pending.length > 0; attempt++) {
      const known = (index: number) => (attempt === 0 ? updates[index]!.etag : undefined);
      const unknown = pending.filter((index) => known(index) === undefined);
      const reads = await this.batch(
        unknown.map((index) => ({ method: 'GET', url: `${taskPath(updates[index]!.taskId)}/details` })),
        "Reading the tasks' details",
      );
      const writes: { index: number; etag: string }[] = [];
      for (const index of pending) {
        const etag = known(index);
        const read = etag === undefined ? reads[unknown.indexOf(index)]! : undefined;
        if (read instanceof Error) results[index] = read;
        else writes.push({ index, etag: etag ?? etagOf(read!) });
      }
      const written = await this.batch(
        writes.map(({ index, etag }) => ({
          method: 'PATCH',
          url: `${taskPath(updates[index]!.taskId)}/details`,
          headers: { 'If-Match': etag, ...RETURN_REPRESENTATION },
          body: detailsBody(updates[index]!),
        })),
        "Writing the tasks' details",
      );
      pending = [];
      writes.forEach(({ index }, position) => {
        const answer = written[position]!;
        if (answer instanceof ConflictError && attempt === 0) pending.push(index);
        else results[index] = answer instanceof Error ? answer : { etag: etagOf(answer) };
      });
    }
    return results;
  }

  private async listTasks(path: string): Promise<PlannerTask[]> {
    const tasks = await getAllPages<Graph.PlannerTask>(this.client, planner('Listing Planner tasks', path));
    return tasks.map(toTask);
  }

  private async batch(items: BatchItem[], what: string): Promise<(BatchResult | Error)[]> {
    return items.length === 0 ? [] : sendBatch(this.client, items, { what, needs: 'Tasks.ReadWrite' });
  }
}

function planner(what: string, path: string): GraphCall {
  return { what, needs: 'Tasks.ReadWrite', path };
}

function taskPath(taskId: string): string {
  return `/planner/tasks/${pathSegment(taskId)}`;
}

async function undefinedIfGone<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

function newTaskBody(task: NewPlannerTask): Record<string, unknown> {
  return {
    planId: task.planId,
    bucketId: task.bucketId,
    title: task.title,
    ...(task.dueDateTime ? { dueDateTime: task.dueDateTime } : {}),
    assignments: assignmentsPatch([], task.assigneeIds),
  };
}

function assignmentsPatch(current: string[], wanted: string[]): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const userId of current) if (!wanted.includes(userId)) patch[userId] = null;
  for (const userId of wanted)
    if (!current.includes(userId))
      patch[userId] = { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: FIRST };
  return patch;
}

function detailsBody(update: DetailsUpdate): Record<string, unknown> {
  const body: Record<string, unknown> = { description: update.description };
  if (update.reference) {
    body.references = {
      [plannerReferenceKey(update.reference.url)]: {
        '@odata.type': 'microsoft.graph.externalReference',
        alias: update.reference.alias,
        type: 'Other',
      },
    };
  }
  return body;
}

/** Every Planner object carries `@odata.etag`; a 204 answer has only the ETag header. */
function etagOf(answer: BatchResult): string {
  const body = answer.body as { '@odata.etag'?: string } | undefined;
  return body?.['@odata.etag'] ?? headerValue(answer.headers, 'ETag') ?? '';
}

function toPlan(plan: Graph.PlannerPlan): PlannerPlan {
  return { id: plan.id ?? '', title: plan.title ?? '', owner: plan.owner ?? plan.container?.containerId ?? undefined };
}

function toBucket(bucket: Graph.PlannerBucket): PlannerBucket {
  const etag = (bucket as Graph.PlannerBucket & { '@odata.etag'?: string })['@odata.etag'] ?? '';
  return { id: bucket.id ?? '', name: bucket.name ?? '', planId: bucket.planId ?? '', etag };
}

function toDetails(answer: BatchResult): PlannerTaskDetails {
  const details = answer.body as Graph.PlannerTaskDetails;
  // The SDK types references as an open map; each value is an externalReference (or null once removed).
  const stored = (details.references ?? {}) as Record<string, Graph.PlannerExternalReference | null>;
  const references: PlannerTaskDetails['references'] = {};
  for (const [key, reference] of Object.entries(stored)) {
    if (reference)
      references[key] = { alias: reference.alias ?? '', ...(reference.type ? { type: reference.type } : {}) };
  }
  return { description: details.description ?? '', references, etag: etagOf(answer) };
}

function toTask(task: Graph.PlannerTask & { '@odata.etag'?: string }): PlannerTask {
  return {
    id: task.id ?? '',
    planId: task.planId ?? '',
    bucketId: task.bucketId ?? '',
    title: task.title ?? '',
    percentComplete: task.percentComplete ?? 0,
    dueDateTime: task.dueDateTime ?? undefined,
    assigneeIds: Object.entries(task.assignments ?? {})
      .filter(([, assignment]) => assignment !== null)
      .map(([userId]) => userId),
    etag: task['@odata.etag'] ?? '',
  };
}
