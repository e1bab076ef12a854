// What Planner and the request log say about a record's assignments: one task each, details written, how tasks were made.
import { allAssignments } from '../../../src/domain/assignments';
import type { Minutes } from '../../../src/domain/model';
import type { LoggedRequest } from '../gateways/harness';
import type { StoredTask, WorkflowState } from './harness';

/** Every Graph call the emulator served, with the calls inside a `$batch` as calls of their own. */
export function calls(requests: LoggedRequest[]): { method: string; path: string; status: number }[] {
  return requests.flatMap((r) =>
    r.batch
      ? r.batch.map((b) => ({ method: b.method, path: b.url.split('?')[0]!, status: b.status }))
      : [{ method: r.method, path: r.path.replace(/^\/v1\.0/, '').split('?')[0]!, status: r.status }],
  );
}

export function tasksCreated(requests: LoggedRequest[]): number {
  return calls(requests).filter((c) => c.method === 'POST' && c.path === '/planner/tasks' && c.status === 201).length;
}

/** The meeting's bucket's tasks in the emulator. */
export function tasksOfRecord(state: WorkflowState, minutes: Minutes): StoredTask[] {
  const ids = new Set(
    allAssignments(minutes).flatMap(({ assignment }) => (assignment.planner ? [assignment.planner.bucketId] : [])),
  );
  return state.planner.tasks.filter((task) => ids.has(task.bucketId));
}

/**
 * Each assignment has exactly one task in its bucket, titled from its text, with the item and the text in the details and
 * a reference to the record; the ids in the record are the tasks'. Returns what is wrong, so a failure says everything.
 */
export function plannerProblems(state: WorkflowState, minutes: Minutes): string[] {
  const problems: string[] = [];
  const tasks = tasksOfRecord(state, minutes);
  const assignments = allAssignments(minutes).filter(({ assignment }) => assignment.assignees.length > 0);
  if (tasks.length !== assignments.length)
    problems.push(`${tasks.length} tasks in the bucket for ${assignments.length} assignments`);
  for (const { assignment, label } of assignments) {
    const matching = tasks.filter((t) => t.title.endsWith(assignment.text));
    if (matching.length !== 1) problems.push(`${label} "${assignment.text}": ${matching.length} tasks`);
    const task = state.planner.tasks.find((t) => t.id === assignment.planner?.taskId);
    if (!task) {
      problems.push(`${label}: the record names no existing task (${assignment.planner?.taskId ?? 'no id'})`);
      continue;
    }
    if (!assignment.planner?.etag) problems.push(`${label}: no ETag in the record`);
    if (!task.details.description.includes(assignment.text)) problems.push(`${label}: details lack the text`);
    if (Object.keys(task.details.references).length !== 1)
      problems.push(`${label}: ${Object.keys(task.details.references).length} references`);
    if (!assignment.planner?.detailsSynced) problems.push(`${label}: details not marked synced`);
  }
  return problems;
}
