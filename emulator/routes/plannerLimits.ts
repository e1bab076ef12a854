// Planner's service limits, answered as Planner does: 403 with the limit's code (Graph's "Planner error status codes"
// in the Planner overview). The numbers are those of "Microsoft Planner limits"
// (https://learn.microsoft.com/en-us/office365/planner/planner-limits). Mode `plannerLimits: false` lifts them.
import { GraphError } from '../http/graphError.js';
import type { GraphContext } from '../routing/context.js';

export const PLANNER_LIMITS = {
  bucketsInPlan: 200,
  tasksInPlan: 9000,
  activeTasksInPlan: 2400,
  assigneesInTask: 20,
  checklistItemsInTask: 20,
  referencesOnTask: 10,
} as const;

function refuse(context: GraphContext, failed: boolean, code: string, message: string): void {
  if (context.modes.current.plannerLimits && failed) throw new GraphError(403, code, message);
}

/** How many keys an open-type collection holds after a PATCH that sets some and removes others (null). */
export function countAfter(current: readonly string[], changes: Record<string, unknown> | undefined): number {
  const keys = new Set(current);
  for (const [key, value] of Object.entries(changes ?? {})) {
    if (value === null) keys.delete(key);
    else keys.add(key);
  }
  return keys.size;
}

export function checkNewBucket(context: GraphContext, planId: string): void {
  const buckets = context.store.state.buckets.filter((bucket) => bucket.planId === planId).length;
  refuse(
    context,
    buckets >= PLANNER_LIMITS.bucketsInPlan,
    'MaximumBucketsInProject',
    'The maximum number of Buckets in a Plan limit has been exceeded.',
  );
}

export function checkNewTask(context: GraphContext, planId: string): void {
  const tasks = context.store.state.tasks.filter((task) => task.planId === planId);
  refuse(
    context,
    tasks.length >= PLANNER_LIMITS.tasksInPlan,
    'MaximumTasksInProject',
    'The maximum number of Tasks in a Plan limit has been exceeded.',
  );
  refuse(
    context,
    tasks.filter((task) => task.percentComplete < 100).length >= PLANNER_LIMITS.activeTasksInPlan,
    'MaximumActiveTasksInProject',
    "The maximum number of Tasks that aren't completed in a Plan limit has been exceeded.",
  );
}

export function checkAssignees(context: GraphContext, count: number): void {
  refuse(
    context,
    count > PLANNER_LIMITS.assigneesInTask,
    'MaximumAssigneesInTasks',
    'The assignments property on the plannerTask resource contains too many values.',
  );
}

export function checkDetails(context: GraphContext, checklistItems: number, references: number): void {
  refuse(
    context,
    checklistItems > PLANNER_LIMITS.checklistItemsInTask,
    'MaximumChecklistItemsOnTask',
    'The checklist property on the plannerTaskDetails resource contains too many values.',
  );
  refuse(
    context,
    references > PLANNER_LIMITS.referencesOnTask,
    'MaximumReferencesOnTask',
    'The references property on the plannerTaskDetails resource contains too many values.',
  );
}
