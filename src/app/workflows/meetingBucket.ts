// The meeting's bucket in the group's plan, kept well inside Planner's limit of 200 buckets a plan
// (https://learn.microsoft.com/en-us/office365/planner/planner-limits): one bucket a meeting would reach it after
// four years of weekly meetings, and then every new meeting's tasks would be refused with MaximumBucketsInProject.
// Before creating a bucket in a plan that holds BUCKET_BUDGET or more, the app removes its own meeting buckets that
// have become empty (oldest first): nothing in them is lost. A full plan is left to its people, with a clear message.
import { mayHaveRun } from '../../graph/errors';
import { NotFoundError, type PlannerBucket, type PlannerGateway, type PlannerTask } from '../../graph/gateways';

/** Half of Planner's 200: room for the buckets people make themselves. */
export const BUCKET_BUDGET = 100;
/**
 * The app's meeting buckets are named "YYYY-MM-DD HH.MM <group>", by earlier versions "YYYY-MM-DD <group>"
 * (domain/assignments.ts bucketName).
 */
const MEETING_BUCKET = /^\d{4}-\d{2}-\d{2} /;

export interface MeetingBucket {
  bucketId: string;
  /** Tasks already in it (a crash or another device may have created them). */
  existing: PlannerTask[];
}

/** How the meeting's bucket is recognised. */
export interface MeetingBucketQuery {
  /** What the bucket is named when the app creates it (domain/assignments.ts bucketName). */
  name: string;
  /** What versions before the start time in `name` called it: "<date> <group>", one a day. */
  dayName: string;
  /** The buckets the record's tasks were made in. */
  recordedIds: string[];
  /** The titles of the meeting's tasks, for one made whose id never reached the record. */
  titles: string[];
}

/**
 * The meeting's bucket: the one its record's tasks were made in (whatever it is named: an earlier version's
 * "<date> <group>", a meeting moved since), else the one named after the meeting, else an earlier version's day bucket
 * that holds one of its tasks (made before a crash kept the id from the record), else a new one.
 */
export async function meetingBucket(
  planner: PlannerGateway,
  planId: string,
  query: MeetingBucketQuery,
): Promise<MeetingBucket> {
  const { name, recordedIds } = query;
  const recorded = recordedIds[0] === undefined ? undefined : await recordedBucket(planner, planId, recordedIds[0]);
  if (recorded) return recorded;
  const buckets = await planner.buckets(planId);
  const found =
    buckets.find((bucket) => recordedIds.includes(bucket.id)) ?? buckets.find((bucket) => bucket.name === name);
  if (found) return { bucketId: found.id, existing: await planner.tasksInBucket(found.id) };
  const day = buckets.find((bucket) => bucket.name === query.dayName);
  const inDay = day ? await planner.tasksInBucket(day.id) : [];
  if (day && inDay.some((task) => query.titles.includes(task.title))) return { bucketId: day.id, existing: inDay };
  if (buckets.length >= BUCKET_BUDGET) await removeEmptyMeetingBuckets(planner, buckets, name);
  return { bucketId: (await createBucketOnce(planner, planId, name)).id, existing: [] };
}

/**
 * The bucket the record's tasks were made in, read without listing the plan's buckets first: one round trip less on
 * every later save. Its tasks say which plan it is in; one of another plan (a record edited by hand or copied from
 * another group), an emptied bucket, which says nothing, and a removed one are looked for in the plan's listing.
 */
async function recordedBucket(
  planner: PlannerGateway,
  planId: string,
  bucketId: string,
): Promise<MeetingBucket | undefined> {
  const existing = await planner.tasksInBucket(bucketId).catch((error: unknown) => {
    if (error instanceof NotFoundError) return [];
    throw error;
  });
  if (existing.length === 0 || existing.some((task) => task.planId !== planId)) return undefined;
  return { bucketId, existing };
}

/** A bucket whose creation answered 504 or lost its connection may exist: it is looked for before a second POST. */
async function createBucketOnce(planner: PlannerGateway, planId: string, name: string): Promise<PlannerBucket> {
  try {
    return await planner.createBucket(planId, name);
  } catch (error) {
    if (!mayHaveRun(error)) throw error;
    const there = (await planner.buckets(planId)).find((b) => b.name === name);
    return there ?? planner.createBucket(planId, name);
  }
}

/** Oldest first, until the plan is under budget again; a bucket someone filled meanwhile is kept. */
async function removeEmptyMeetingBuckets(
  planner: PlannerGateway,
  buckets: PlannerBucket[],
  keep: string,
): Promise<void> {
  const candidates = buckets
    .filter((bucket) => MEETING_BUCKET.test(bucket.name) && bucket.name !== keep)
    .sort((a, b) => a.name.localeCompare(b.name));
  let count = buckets.length;
  for (const bucket of candidates) {
    if (count < BUCKET_BUDGET) return;
    if ((await planner.tasksInBucket(bucket.id)).length > 0) continue;
    // Best effort: a bucket that cannot be removed (changed meanwhile, already gone) only leaves the plan fuller.
    const removed = await planner.deleteBucket(bucket.id, bucket.etag).then(
      () => true,
      () => false,
    );
    if (removed) count -= 1;
  }
}
