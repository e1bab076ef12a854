// Assignments become Planner tasks exactly once. A task id is written into the record (and the local
// draft) the moment Graph returns it; an assignment without an id first looks for its task in the
// meeting's bucket (a crash or a second device may have created it) before anything is created.
// The app's own tasks are recognised by where and how it makes them: in the meeting's bucket (named by the app after
// the meeting), titled from the assignment. Planner offers no free field to mark a task at creation: order hints are
// calculated by the service (https://learn.microsoft.com/en-us/graph/api/resources/planner-order-hint-format),
// conversationThreadId must name a real group conversation, and the details (description, references) can only be
// written after the task exists (https://learn.microsoft.com/en-us/graph/api/resources/plannertask). A create whose
// answer was lost (504, a dropped connection) is therefore followed by a read of the bucket before anything else.
import {
  allAssignments,
  bucketName,
  dayBucketName,
  plannerTitle,
  syncHash,
  type AssignmentRef,
} from '../../domain/assignments';
import { setAssignmentSync } from '../../domain/editing';
import type { AssigneeRef, Assignment, GroupSettings, Minutes } from '../../domain/model';
import { mayHaveRun } from '../../graph/errors';
import {
  ConflictError,
  NotFoundError,
  PlannerLimitError,
  type PlannerGateway,
  type PlannerTask,
} from '../../graph/gateways';
import { meetingBucket } from './meetingBucket';

export interface PlannerSyncResult {
  minutes: Minutes;
  created: number;
  updated: number;
  /** The plan is gone or cannot be reached: the assignments stay pending for a later sync. */
  planMissing: boolean;
  failures: string[];
}

export interface PlannerSyncDeps {
  planner: PlannerGateway;
  now(): Date;
  /** Called with the record as soon as new task ids are known, so they survive a crash before the save. */
  checkpoint(minutes: Minutes): Promise<void>;
}

/** Directory users only; an organisation maps to a person when the group's settings say who. */
function resolveAssignees(
  assignees: AssigneeRef[],
  settings: GroupSettings,
): { ids: string[]; unassignable: string[] } {
  const ids: string[] = [];
  const unassignable: string[] = [];
  for (const assignee of assignees) {
    const id = assignee.directoryId ?? settings.organisationContacts[assignee.name]?.directoryId;
    if (id) ids.push(id);
    else unassignable.push(assignee.name);
  }
  return { ids: [...new Set(ids)], unassignable };
}

function dueDateTime(assignment: Assignment): string | undefined {
  // Planner stores a moment; noon UTC keeps the calendar date in every European time zone.
  return assignment.due ? `${assignment.due}T12:00:00Z` : undefined;
}

/** The assignments that become tasks: with a text and someone responsible. */
export function plannerAssignments(minutes: Minutes): AssignmentRef[] {
  return allAssignments(minutes).filter(({ assignment }) => assignment.text.trim() && assignment.assignees.length > 0);
}

/** `recordUrl` may still be on its way (the first save creates the file for it): it is awaited only for the details. */
export async function syncPlanner(
  deps: PlannerSyncDeps,
  minutes: Minutes,
  settings: GroupSettings,
  recordUrl: string | Promise<string>,
): Promise<PlannerSyncResult> {
  const { planner } = deps;
  const wanted = plannerAssignments(minutes);
  const result: PlannerSyncResult = { minutes, created: 0, updated: 0, planMissing: false, failures: [] };
  if (wanted.length === 0) return result;
  if (!settings.planId) return { ...result, planMissing: true };
  const planId = settings.planId;

  const mark = (m: Minutes, itemId: string, assignmentId: string, patch: Parameters<typeof setAssignmentSync>[3]) =>
    setAssignmentSync(m, itemId, assignmentId, patch, deps.now());

  // Declared outside the try: task ids learned before a failure must reach the caller all the same.
  let current = minutes;
  try {
    const plans = wanted.map((entry) => {
      const { ids, unassignable } = resolveAssignees(entry.assignment.assignees, settings);
      const title = plannerTitle(entry.assignment, entry.item, minutes.language);
      return { ...entry, ids, unassignable, title, hash: syncHash(entry.assignment) };
    });
    const { bucketId, existing } = await meetingBucket(planner, planId, {
      name: bucketName(minutes),
      dayName: dayBucketName(minutes),
      recordedIds: wanted.flatMap(({ assignment }) =>
        assignment.planner?.planId === planId ? [assignment.planner.bucketId] : [],
      ),
      titles: plans.map((p) => p.title),
    });

    // A task id is trusted only for a task of this group's plan: a record copied from another group, or edited by
    // hand, must not make the app write to someone else's task. Tasks in the meeting's bucket are known from the
    // listing above; any other id is checked against the plan's tasks in one read.
    const linked = plans.filter((p) => p.assignment.planner);
    const inBucket = new Set(existing.map((t) => t.id));
    if (linked.some((p) => p.assignment.planner!.planId !== planId || !inBucket.has(p.assignment.planner!.taskId))) {
      const ofPlan = new Set((await planner.tasksOfPlan(planId)).map((t) => t.id));
      for (const p of linked) {
        if (p.assignment.planner!.planId === planId && ofPlan.has(p.assignment.planner!.taskId)) continue;
        const { planner: _foreign, ...unlinked } = p.assignment;
        p.assignment = unlinked;
      }
    }

    // Adopt tasks that exist already but whose ids never reached the record.
    const claimed = new Set(plans.map((p) => p.assignment.planner?.taskId).filter(Boolean));
    const adopt = (tasks: PlannerTask[], p: (typeof plans)[number]): boolean => {
      const found = tasks.find((t) => t.title === p.title && !claimed.has(t.id));
      if (!found) return false;
      claimed.add(found.id);
      p.assignment = {
        ...p.assignment,
        planner: { taskId: found.id, bucketId, planId, etag: found.etag, detailsSynced: false, syncedHash: '' },
      };
      current = mark(current, p.item.id, p.assignment.id, {
        planner: p.assignment.planner,
        sync: { state: 'pending' },
      });
      return true;
    };
    for (const p of plans.filter((p) => !p.assignment.planner)) adopt(existing, p);

    const toCreate = plans.filter((p) => !p.assignment.planner);
    const newTask = (p: (typeof plans)[number]) => ({
      planId,
      bucketId,
      title: p.title,
      assigneeIds: p.ids,
      dueDateTime: dueDateTime(p.assignment),
    });
    const created = await planner.createTasks(toCreate.map(newTask));
    // Creations whose answer was lost may have made their task: the bucket is read once, and what is there adopted.
    // The ones not there never ran, and are created once more.
    const unknown = created.flatMap((task, i) => (task instanceof Error && mayHaveRun(task) ? [i] : []));
    if (unknown.length > 0) {
      const there = await planner.tasksInBucket(bucketId);
      const missing: number[] = [];
      for (const i of unknown) {
        const p = toCreate[i]!;
        if (adopt(there, p)) created[i] = there.find((t) => t.id === p.assignment.planner!.taskId)!;
        else missing.push(i);
      }
      const again = await planner.createTasks(missing.map((i) => newTask(toCreate[i]!)));
      missing.forEach((i, n) => {
        created[i] = again[n]!;
      });
    }
    created.forEach((task, i) => {
      const p = toCreate[i]!;
      if (task instanceof Error) {
        result.failures.push(`${p.label}: ${task.message}`);
        current = mark(current, p.item.id, p.assignment.id, { sync: { state: 'failed', message: task.message } });
        return;
      }
      result.created += 1;
      if (p.assignment.planner?.taskId === task.id) return;
      p.assignment = {
        ...p.assignment,
        planner: { taskId: task.id, bucketId, planId, etag: task.etag, detailsSynced: false, syncedHash: p.hash },
      };
      current = mark(current, p.item.id, p.assignment.id, {
        planner: p.assignment.planner,
        sync: { state: 'pending' },
      });
    });
    if (result.created > 0) await deps.checkpoint(current);

    // Changed assignments: PATCH with the stored ETag; on a conflict try once more with the current one (the conflict
    // names it when the gateway has just read it).
    await Promise.all(
      plans
        .filter(
          (p) =>
            p.assignment.planner &&
            p.assignment.planner.syncedHash !== p.hash &&
            p.assignment.planner.syncedHash !== '',
        )
        .map(async (p) => {
          const link = p.assignment.planner!;
          const patch = { title: p.title, dueDateTime: dueDateTime(p.assignment), assigneeIds: p.ids };
          try {
            const task = await planner.updateTask(link.taskId, link.etag, patch).catch(async (error: unknown) => {
              if (!(error instanceof ConflictError)) throw error;
              const current = error.currentETag ?? (await planner.getTask(link.taskId))?.etag;
              if (!current) throw new NotFoundError('The task was deleted in Planner');
              return planner.updateTask(link.taskId, current, patch);
            });
            result.updated += 1;
            // The details describe the assignment's text too: they are rewritten below.
            p.assignment = {
              ...p.assignment,
              planner: { ...link, etag: task.etag, syncedHash: p.hash, detailsSynced: false },
            };
          } catch (error) {
            result.failures.push(`${p.label}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }),
    );

    // Details (item context and a reference to the record) for every task that lacks them.
    const needDetails = plans.filter((p) => p.assignment.planner && !p.assignment.planner.detailsSynced);
    const url = needDetails.length > 0 ? await recordUrl : '';
    const details = await planner.writeDetails(
      needDetails.map((p) => ({
        taskId: p.assignment.planner!.taskId,
        description: `${p.label} ${p.item.title}\n\n${p.assignment.text}${p.unassignable.length ? `\n\n${p.unassignable.join(', ')}` : ''}`,
        reference: { url, alias: minutes.title },
        // Known from the app's last write of them (a changed assignment): written without reading them first.
        ...(p.assignment.planner!.detailsEtag ? { etag: p.assignment.planner!.detailsEtag } : {}),
      })),
    );
    details.forEach((answer, i) => {
      const p = needDetails[i]!;
      if (answer instanceof Error) result.failures.push(`${p.label}: ${answer.message}`);
      else
        p.assignment = {
          ...p.assignment,
          planner: { ...p.assignment.planner!, detailsEtag: answer.etag, detailsSynced: true, syncedHash: p.hash },
        };
    });

    for (const p of plans) {
      if (!p.assignment.planner) continue;
      const done = p.assignment.planner.detailsSynced && p.assignment.planner.syncedHash === p.hash;
      const sync = !done
        ? { state: 'pending' as const }
        : p.unassignable.length
          ? { state: 'unassignable' as const, names: p.unassignable }
          : { state: 'synced' as const };
      current = mark(current, p.item.id, p.assignment.id, { planner: p.assignment.planner, sync });
    }
    return { ...result, minutes: current };
  } catch (error) {
    if (error instanceof NotFoundError) return { ...result, minutes: current, planMissing: true };
    // A full plan must not stop the record from being saved: the assignments stay pending, and the message says why.
    if (error instanceof PlannerLimitError) return { ...result, minutes: current, failures: [error.message] };
    await deps.checkpoint(current);
    throw error;
  }
}
