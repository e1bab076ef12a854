// Planner records as Graph's plannerPlan, plannerBucket, plannerTask and plannerTaskDetails, with their ETags.
import type { BucketRecord, PlanRecord, TaskRecord } from '../state/types.js';

/** Planner's opaque weak ETag; it changes with the object's change counter. */
export function plannerEtag(kind: string, id: string, count: number): string {
  const stamp = Buffer.from(`${id}:${count}`).toString('hex').slice(-16).toUpperCase();
  return `W/"${Buffer.from(`'${count}-${kind}  @@@@@@@@@@@@@@@@${stamp}'`).toString('base64')}"`;
}

// The application that made a change: dev tokens name no client, so the emulator names none either.
const CALLING_APP_ID = '00000000-0000-0000-0000-000000000000';

const identity = (id: string | null) => (id ? { user: { displayName: null, id } } : null);

export const planEtag = (plan: PlanRecord): string => plannerEtag('Plan', plan.id, plan.etagCount);
export const bucketEtag = (bucket: BucketRecord): string => plannerEtag('Bucket', bucket.id, bucket.etagCount);
export const taskEtag = (task: TaskRecord): string => plannerEtag('Task', task.id, task.etagCount);
export const detailsEtag = (task: TaskRecord): string => plannerEtag('TaskDetails', task.id, task.details.etagCount);

export function planView(plan: PlanRecord): Record<string, unknown> {
  return {
    '@odata.etag': planEtag(plan),
    createdDateTime: plan.createdAt,
    owner: plan.groupId,
    title: plan.title,
    id: plan.id,
    createdBy: {
      user: { displayName: null, id: plan.createdById },
      application: { displayName: null, id: CALLING_APP_ID },
    },
    container: {
      containerId: plan.groupId,
      type: 'group',
      url: `https://graph.microsoft.com/v1.0/groups/${plan.groupId}`,
    },
  };
}

export function bucketView(bucket: BucketRecord): Record<string, unknown> {
  return {
    '@odata.etag': bucketEtag(bucket),
    name: bucket.name,
    planId: bucket.planId,
    orderHint: bucket.orderHint,
    id: bucket.id,
  };
}

export function taskView(task: TaskRecord): Record<string, unknown> {
  const checklist = Object.values(task.details.checklist);
  return {
    '@odata.etag': taskEtag(task),
    planId: task.planId,
    bucketId: task.bucketId,
    title: task.title,
    orderHint: task.orderHint,
    assigneePriority: task.assigneePriority,
    percentComplete: task.percentComplete,
    startDateTime: task.startDateTime,
    createdDateTime: task.createdAt,
    dueDateTime: task.dueDateTime,
    hasDescription: task.details.description.length > 0,
    previewType: task.details.previewType,
    completedDateTime: task.completedDateTime,
    completedBy: identity(task.completedById),
    referenceCount: Object.keys(task.details.references).length,
    checklistItemCount: checklist.length,
    activeChecklistItemCount: checklist.filter((item) => !item.isChecked).length,
    conversationThreadId: task.conversationThreadId,
    priority: task.priority,
    id: task.id,
    createdBy: {
      user: { displayName: null, id: task.createdById },
      application: { displayName: null, id: CALLING_APP_ID },
    },
    appliedCategories: {},
    assignments: Object.fromEntries(
      Object.entries(task.assignments).map(([userId, assignment]) => [
        userId,
        {
          '@odata.type': '#microsoft.graph.plannerAssignment',
          assignedDateTime: assignment.assignedAt,
          orderHint: assignment.orderHint,
          assignedBy: {
            user: { displayName: null, id: assignment.assignedById },
            application: { displayName: null, id: CALLING_APP_ID },
          },
        },
      ]),
    ),
  };
}

export function detailsView(task: TaskRecord): Record<string, unknown> {
  return {
    '@odata.etag': detailsEtag(task),
    description: task.details.description,
    previewType: task.details.previewType,
    id: task.id,
    references: Object.fromEntries(
      Object.entries(task.details.references).map(([key, reference]) => [
        key,
        { '@odata.type': '#microsoft.graph.plannerExternalReference', ...reference, lastModifiedBy: null },
      ]),
    ),
    checklist: Object.fromEntries(
      Object.entries(task.details.checklist).map(([key, item]) => [
        key,
        { '@odata.type': '#microsoft.graph.plannerChecklistItem', ...item, lastModifiedBy: null },
      ]),
    ),
  };
}

let sequence = 0;
/** The service replaces the caller's orderHint with its own string of the same ordering family. */
export function serviceOrderHint(now: Date): string {
  sequence += 1;
  return `8585${String(1e15 - now.getTime() * 100 - sequence).padStart(15, '0')}`;
}

/** A task as Planner creates it: nothing assigned, 0 %, empty details; the given fields on top. */
export function newTaskRecord(
  fields: Pick<TaskRecord, 'id' | 'planId' | 'bucketId' | 'title' | 'orderHint' | 'createdAt' | 'createdById'> &
    Partial<TaskRecord>,
): TaskRecord {
  return {
    assigneePriority: '',
    percentComplete: 0,
    priority: 5,
    startDateTime: null,
    dueDateTime: null,
    completedDateTime: null,
    completedById: null,
    conversationThreadId: null,
    assignments: {},
    etagCount: 1,
    details: { description: '', previewType: 'automatic', checklist: {}, references: {}, etagCount: 1 },
    ...fields,
  };
}
