// Planner: plans of a group, buckets, tasks and task details, with If-Match on PATCH/DELETE as Graph requires.
import { randomUUID } from 'node:crypto';
import { badRequest, GraphError, notFound } from '../http/graphError.js';
import { contextUrl, entity, page } from '../routing/odata.js';
import { path, type Route } from '../routing/route.js';
import type { GraphContext } from '../routing/context.js';
import { empty, header, json, type GraphResponse } from '../http/types.js';
import type { BucketRecord, ChecklistItem, ExternalReference, PlanRecord, TaskRecord } from '../state/types.js';
import { checkAssignees, checkDetails, checkNewBucket, checkNewTask, countAfter } from './plannerLimits.js';
import { readJson } from './body.js';
import {
  bucketEtag,
  bucketView,
  detailsEtag,
  detailsView,
  newTaskRecord,
  planEtag,
  planView,
  serviceOrderHint,
  taskEtag,
  taskView,
} from './plannerViews.js';
import { findUser } from './users.js';

const READ = ['Tasks.Read', 'Tasks.ReadWrite', 'Group.Read.All', 'Group.ReadWrite.All'];
const WRITE = ['Tasks.ReadWrite', 'Group.ReadWrite.All'];

const planId = (id: string): string => id.slice(0, 28);

function memberOf(context: GraphContext, groupId: string): void {
  const group = context.store.state.groups.find((candidate) => candidate.id === groupId);
  if (!group?.memberIds.includes(context.user.id))
    throw new GraphError(403, 'Forbidden', 'You do not have the required permissions to access this item.');
}

function plan(context: GraphContext, id: string): PlanRecord {
  const found = context.store.state.plans.find((candidate) => candidate.id === id);
  if (!found) throw notFound('NotFound', 'The requested item is not found.');
  memberOf(context, found.groupId);
  return found;
}

function bucket(context: GraphContext, id: string): BucketRecord {
  const found = context.store.state.buckets.find((candidate) => candidate.id === id);
  if (!found) throw notFound('NotFound', 'The requested item is not found.');
  plan(context, found.planId);
  return found;
}

function task(context: GraphContext, id: string): TaskRecord {
  const found = context.store.state.tasks.find((candidate) => candidate.id === id);
  if (!found) throw notFound('NotFound', 'The requested item is not found.');
  plan(context, found.planId);
  return found;
}

/** Planner refuses writes without If-Match (400) and with a stale one (412). */
function checkIfMatch(context: GraphContext, current: string): void {
  const supplied = header(context.request, 'If-Match');
  if (!supplied) throw badRequest('BadRequest', 'The If-Match header must be specified for this kind of request.');
  if (supplied !== current)
    throw new GraphError(
      412,
      'PreconditionFailed',
      'The If-Match header contains an invalid value or the resource has been modified.',
    );
}

/** PATCH answers 204, or 200 with the object when `Prefer: return=representation`. */
function updated(context: GraphContext, view: Record<string, unknown>, odataContext: string): GraphResponse {
  const etag = String(view['@odata.etag']);
  if (/return=representation/i.test(header(context.request, 'Prefer') ?? '')) {
    return json({ '@odata.context': odataContext, ...view }, 200, {
      ETag: etag,
      'Preference-Applied': 'return=representation',
    });
  }
  return empty(204);
}

const created = (view: Record<string, unknown>, odataContext: string): GraphResponse =>
  json({ '@odata.context': odataContext, ...view }, 201, { ETag: String(view['@odata.etag']) });

const single = (context: GraphContext, view: Record<string, unknown>, fragment: string): GraphResponse =>
  json(entity(context, view, contextUrl(context, fragment)), 200, { ETag: String(view['@odata.etag']) });

type Assignments = Record<string, { '@odata.type'?: string; orderHint?: string } | null>;

function applyAssignments(context: GraphContext, target: TaskRecord, assignments: Assignments | undefined): void {
  if (!assignments) return;
  for (const [userId, value] of Object.entries(assignments)) {
    if (value === null) {
      delete target.assignments[userId];
      continue;
    }
    const user = findUser(context.store, userId);
    if (!user || user.id !== userId.toLowerCase())
      throw badRequest('BadRequest', `The assignee '${userId}' is not a valid user id.`);
    if (value['@odata.type'] && !/^#?microsoft\.graph\.plannerAssignment$/.test(value['@odata.type']))
      throw badRequest('BadRequest', `Invalid @odata.type for assignment '${userId}'.`);
    target.assignments[user.id] = target.assignments[user.id] ?? {
      assignedById: context.user.id,
      assignedAt: context.now.toISOString(),
      orderHint: serviceOrderHint(context.now),
    };
  }
}

interface TaskBody {
  planId?: string;
  bucketId?: string;
  title?: string;
  orderHint?: string;
  assigneePriority?: string;
  percentComplete?: number;
  priority?: number;
  startDateTime?: string | null;
  dueDateTime?: string | null;
  assignments?: Assignments;
}

function validDate(value: string | null | undefined, name: string): string | null | undefined {
  if (value === undefined || value === null) return value;
  if (Number.isNaN(Date.parse(value)))
    throw badRequest('BadRequest', `The value of '${name}' is not a valid DateTimeOffset.`);
  return new Date(value).toISOString().replace('.000Z', 'Z');
}

function applyTaskFields(context: GraphContext, target: TaskRecord, body: TaskBody): void {
  if (body.title !== undefined) {
    if (!body.title.trim()) throw badRequest('BadRequest', 'The title of a task cannot be empty.');
    target.title = body.title;
  }
  if (body.bucketId !== undefined) {
    const destination = bucket(context, body.bucketId);
    if (destination.planId !== target.planId)
      throw badRequest('BadRequest', 'The bucket does not belong to the plan of the task.');
    target.bucketId = destination.id;
  }
  if (body.orderHint !== undefined) target.orderHint = serviceOrderHint(context.now);
  if (body.assigneePriority !== undefined) target.assigneePriority = serviceOrderHint(context.now);
  if (body.priority !== undefined) {
    if (!Number.isInteger(body.priority) || body.priority < 0 || body.priority > 10)
      throw badRequest('BadRequest', 'priority must be between 0 and 10.');
    target.priority = body.priority;
  }
  if (body.percentComplete !== undefined) {
    if (!Number.isInteger(body.percentComplete) || body.percentComplete < 0 || body.percentComplete > 100)
      throw badRequest('BadRequest', 'percentComplete must be between 0 and 100.');
    target.percentComplete = body.percentComplete;
    const done = body.percentComplete === 100;
    target.completedDateTime = done ? context.now.toISOString() : null;
    target.completedById = done ? context.user.id : null;
  }
  const start = validDate(body.startDateTime, 'startDateTime');
  if (start !== undefined) target.startDateTime = start;
  const due = validDate(body.dueDateTime, 'dueDateTime');
  if (due !== undefined) target.dueDateTime = due;
  applyAssignments(context, target, body.assignments);
}

function createTask(context: GraphContext): GraphResponse {
  const body = readJson<TaskBody>(context.request);
  if (!body.planId) throw badRequest('BadRequest', 'The planId of a task must be specified.');
  if (!body.title?.trim()) throw badRequest('BadRequest', 'The title of a task cannot be empty.');
  const owner = plan(context, body.planId);
  const buckets = context.store.state.buckets.filter((candidate) => candidate.planId === owner.id);
  const bucketId = body.bucketId ?? buckets[0]?.id ?? '';
  if (body.bucketId) bucket(context, body.bucketId);
  const record = newTaskRecord({
    id: randomUUID().replace(/-/g, '').slice(0, 28),
    planId: owner.id,
    bucketId,
    title: body.title,
    orderHint: serviceOrderHint(context.now),
    createdAt: context.now.toISOString(),
    createdById: context.user.id,
  });
  applyTaskFields(context, record, { ...body, bucketId: undefined, title: undefined, orderHint: undefined });
  checkNewTask(context, owner.id);
  checkAssignees(context, Object.keys(record.assignments).length);
  context.store.state.tasks.push(record);
  context.store.changed();
  return created(taskView(record), contextUrl(context, 'planner/tasks/$entity'));
}

function updateTask(context: GraphContext): GraphResponse {
  const target = task(context, context.params[0] ?? '');
  checkIfMatch(context, taskEtag(target));
  const body = readJson<TaskBody>(context.request);
  checkAssignees(context, countAfter(Object.keys(target.assignments), body.assignments));
  applyTaskFields(context, target, body);
  target.etagCount += 1;
  context.store.changed();
  return updated(context, taskView(target), contextUrl(context, 'planner/tasks/$entity'));
}

interface DetailsBody {
  description?: string;
  previewType?: string;
  checklist?: Record<string, Partial<ChecklistItem> | null>;
  references?: Record<string, Partial<ExternalReference> | null>;
}

// A reference key is the URL with %, ., :, @ and # percent-encoded; Planner rejects a raw one.
const validReferenceKey = (key: string): boolean => !/[.:@#]/.test(key) && /^https?%3A/i.test(key);

function updateDetails(context: GraphContext): GraphResponse {
  const target = task(context, context.params[0] ?? '');
  checkIfMatch(context, detailsEtag(target));
  const body = readJson<DetailsBody>(context.request);
  const details = target.details;
  checkDetails(
    context,
    countAfter(Object.keys(details.checklist), body.checklist),
    countAfter(Object.keys(details.references), body.references),
  );
  const stamp = context.now.toISOString();
  if (body.description !== undefined) details.description = body.description;
  if (body.previewType !== undefined) {
    if (!['automatic', 'noPreview', 'checklist', 'description', 'reference'].includes(body.previewType))
      throw badRequest('BadRequest', 'Invalid previewType.');
    details.previewType = body.previewType;
  }
  for (const [key, item] of Object.entries(body.checklist ?? {})) {
    if (item === null) delete details.checklist[key];
    else {
      const previous = details.checklist[key];
      if (!previous && !item.title) throw badRequest('BadRequest', 'A checklist item needs a title.');
      details.checklist[key] = {
        title: item.title ?? previous?.title ?? '',
        isChecked: item.isChecked ?? previous?.isChecked ?? false,
        orderHint: serviceOrderHint(context.now),
        lastModifiedDateTime: stamp,
      };
    }
  }
  for (const [key, reference] of Object.entries(body.references ?? {})) {
    if (!validReferenceKey(key))
      throw badRequest('BadRequest', `The reference key '${key}' is not a valid encoded URL.`);
    if (reference === null) delete details.references[key];
    else {
      const previous = details.references[key];
      details.references[key] = {
        alias: reference.alias ?? previous?.alias ?? '',
        type: reference.type ?? previous?.type ?? null,
        previewPriority: serviceOrderHint(context.now),
        lastModifiedDateTime: stamp,
      };
    }
  }
  details.etagCount += 1;
  // The task's derived fields (hasDescription, counts) changed with it.
  target.etagCount += 1;
  context.store.changed();
  return updated(context, detailsView(target), contextUrl(context, 'planner/tasks/details/$entity'));
}

export const plannerRoutes: Route[] = [
  {
    method: 'GET',
    pattern: path('/groups/{}/planner/plans'),
    scopes: READ,
    handle: (context) => {
      const groupId = context.params[0] ?? '';
      if (!context.store.state.groups.some((group) => group.id === groupId))
        throw notFound('Request_ResourceNotFound', `Resource '${groupId}' does not exist.`);
      memberOf(context, groupId);
      const plans = context.store.state.plans.filter((candidate) => candidate.groupId === groupId).map(planView);
      return json(page(context, plans, contextUrl(context, 'planner/plans')));
    },
  },
  {
    method: 'GET',
    pattern: path('/planner/plans/{}'),
    scopes: READ,
    handle: (context) => single(context, planView(plan(context, context.params[0] ?? '')), 'planner/plans/$entity'),
  },
  {
    method: 'POST',
    pattern: path('/planner/plans'),
    scopes: WRITE,
    handle: (context) => {
      const body = readJson<{ title?: string; owner?: string; container?: { url?: string; containerId?: string } }>(
        context.request,
      );
      const groupId = body.container?.containerId ?? body.container?.url?.split('/').pop() ?? body.owner;
      if (!body.title || !groupId) throw badRequest('BadRequest', 'A plan needs a title and a container.');
      if (!context.store.state.groups.some((group) => group.id === groupId))
        throw notFound('NotFound', 'The container was not found.');
      memberOf(context, groupId);
      const record: PlanRecord = {
        id: planId(randomUUID().replace(/-/g, '')),
        title: body.title,
        groupId,
        createdAt: context.now.toISOString(),
        createdById: context.user.id,
        etagCount: 1,
      };
      context.store.state.plans.push(record);
      context.store.changed();
      return created(planView(record), contextUrl(context, 'planner/plans/$entity'));
    },
  },
  {
    method: 'DELETE',
    pattern: path('/planner/plans/{}'),
    scopes: WRITE,
    handle: (context) => {
      const target = plan(context, context.params[0] ?? '');
      checkIfMatch(context, planEtag(target));
      const state = context.store.state;
      state.plans = state.plans.filter((candidate) => candidate.id !== target.id);
      state.buckets = state.buckets.filter((candidate) => candidate.planId !== target.id);
      state.tasks = state.tasks.filter((candidate) => candidate.planId !== target.id);
      context.store.changed();
      return empty(204);
    },
  },
  {
    method: 'GET',
    pattern: path('/planner/plans/{}/buckets'),
    scopes: READ,
    handle: (context) => {
      const owner = plan(context, context.params[0] ?? '');
      const buckets = context.store.state.buckets.filter((candidate) => candidate.planId === owner.id).map(bucketView);
      return json(page(context, buckets, contextUrl(context, `planner/plans('${owner.id}')/buckets`)));
    },
  },
  {
    method: 'GET',
    pattern: path('/planner/plans/{}/tasks'),
    scopes: READ,
    handle: (context) => {
      const owner = plan(context, context.params[0] ?? '');
      const tasks = context.store.state.tasks.filter((candidate) => candidate.planId === owner.id).map(taskView);
      return json(page(context, tasks, contextUrl(context, `planner/plans('${owner.id}')/tasks`)));
    },
  },
  {
    method: 'POST',
    pattern: path('/planner/buckets'),
    scopes: WRITE,
    handle: (context) => {
      const body = readJson<{ name?: string; planId?: string; orderHint?: string }>(context.request);
      if (!body.name?.trim() || !body.planId) throw badRequest('BadRequest', 'A bucket needs a name and a planId.');
      const owner = plan(context, body.planId);
      checkNewBucket(context, owner.id);
      const record: BucketRecord = {
        id: randomUUID().replace(/-/g, '').slice(0, 28),
        planId: owner.id,
        name: body.name,
        orderHint: serviceOrderHint(context.now),
        etagCount: 1,
      };
      context.store.state.buckets.push(record);
      context.store.changed();
      return created(bucketView(record), contextUrl(context, 'planner/buckets/$entity'));
    },
  },
  {
    method: 'GET',
    pattern: path('/planner/buckets/{}'),
    scopes: READ,
    handle: (context) =>
      single(context, bucketView(bucket(context, context.params[0] ?? '')), 'planner/buckets/$entity'),
  },
  {
    method: 'DELETE',
    pattern: path('/planner/buckets/{}'),
    scopes: WRITE,
    handle: (context) => {
      const target = bucket(context, context.params[0] ?? '');
      checkIfMatch(context, bucketEtag(target));
      const state = context.store.state;
      state.buckets = state.buckets.filter((candidate) => candidate.id !== target.id);
      state.tasks = state.tasks.filter((candidate) => candidate.bucketId !== target.id);
      context.store.changed();
      return empty(204);
    },
  },
  {
    method: 'GET',
    pattern: path('/planner/buckets/{}/tasks'),
    scopes: READ,
    handle: (context) => {
      const owner = bucket(context, context.params[0] ?? '');
      const tasks = context.store.state.tasks.filter((candidate) => candidate.bucketId === owner.id).map(taskView);
      return json(page(context, tasks, contextUrl(context, `planner/buckets('${owner.id}')/tasks`)));
    },
  },
  {
    method: 'GET',
    pattern: path('/me/planner/tasks'),
    scopes: READ,
    handle: (context) => {
      const planIds = new Set(context.store.state.plans.map((candidate) => candidate.id));
      const tasks = context.store.state.tasks
        .filter((candidate) => planIds.has(candidate.planId) && candidate.assignments[context.user.id])
        .map(taskView);
      return json(page(context, tasks, contextUrl(context, `users('${context.user.id}')/planner/tasks`)));
    },
  },
  { method: 'POST', pattern: path('/planner/tasks'), scopes: WRITE, handle: createTask },
  {
    method: 'GET',
    pattern: path('/planner/tasks/{}'),
    scopes: READ,
    handle: (context) => single(context, taskView(task(context, context.params[0] ?? '')), 'planner/tasks/$entity'),
  },
  { method: 'PATCH', pattern: path('/planner/tasks/{}'), scopes: WRITE, handle: updateTask },
  {
    method: 'DELETE',
    pattern: path('/planner/tasks/{}'),
    scopes: WRITE,
    handle: (context) => {
      const target = task(context, context.params[0] ?? '');
      checkIfMatch(context, taskEtag(target));
      context.store.state.tasks = context.store.state.tasks.filter((candidate) => candidate.id !== target.id);
      context.store.changed();
      return empty(204);
    },
  },
  {
    method: 'GET',
    pattern: path('/planner/tasks/{}/details'),
    scopes: READ,
    handle: (context) =>
      single(context, detailsView(task(context, context.params[0] ?? '')), 'planner/tasks/details/$entity'),
  },
  { method: 'PATCH', pattern: path('/planner/tasks/{}/details'), scopes: WRITE, handle: updateDetails },
];
