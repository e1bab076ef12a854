// The personal tab: records that wait for my approval and my Planner tasks, across every group I belong to.
// Both lists start from the same groups and settings, read once when the tab asks for both at the same time.
import { approvalRefusal, requiredApprovers } from '../../domain/approval';
import { recordDate, stockholmYear } from '../../domain/format';
import type { GroupSettings, Minutes } from '../../domain/model';
import type { PlannerTask, PlannerTaskDetails } from '../../graph/gateways';
import type { RecordSummary } from '../../contracts/archive';
import type { MyAssignment, PersonalServices } from '../../contracts/personal';
import { newestRecordFirst, recordKeyOf, SOURCE_SUFFIX } from '../records/recordPaths';
import type { ServiceContext } from '../serviceContext';
import { readApprovalFacts, type ApprovalFacts } from '../workflows/approvalFacts';

/** All these services read: no drafts, no saving. */
type PersonalContext = Pick<ServiceContext, 'gateways' | 'records' | 'user' | 'now'>;

interface MyGroup {
  id: string;
  name: string;
  settings: GroupSettings;
}

/**
 * Status lives inside each JSON file, so every candidate must be read. Records wait for approval for days, not
 * months: the newest few of each year folder are enough, and the cap keeps a busy group from costing hundreds of reads.
 */
export const NEWEST_RECORDS_READ = 8;

export function personalServices(context: PersonalContext): PersonalServices {
  const myGroups = sharedWhileRunning(() => readMyGroups(context));
  return {
    async recordsAwaitingMyApproval() {
      const groups = await myGroups();
      const perGroup = await Promise.all(groups.map((group) => awaitingInGroup(context, group)));
      return perGroup
        .flat()
        .sort((a, b) => b.date.localeCompare(a.date) || a.groupName.localeCompare(b.groupName, 'sv'));
    },
    async myAssignments() {
      const [groups, tasks] = await Promise.all([myGroups(), context.gateways.planner.myTasks()]);
      const byPlan = new Map(groups.filter((g) => g.settings.planId).map((g) => [g.settings.planId!, g]));
      const open = tasks.filter((task) => byPlan.has(task.planId) && task.percentComplete < 100);
      const details = await context.gateways.planner.taskDetails(open.map((task) => task.id));
      return open
        .map((task, index) => assignmentOf(task, byPlan.get(task.planId)!, details[index]))
        .sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.title.localeCompare(b.title, 'sv'));
    },
  };
}

/** Calls made while one is running share its answer; a later call reads afresh (the tab's "try again"). */
function sharedWhileRunning<T>(load: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  return () => {
    running ??= load().finally(() => {
      running = undefined;
    });
    return running;
  };
}

/** My teams and their settings. A group whose library I cannot read is left out rather than failing the whole tab. */
async function readMyGroups(context: PersonalContext): Promise<MyGroup[]> {
  const teams = await context.gateways.groups.joinedTeams();
  const read = await Promise.allSettled(
    teams.map(async (team) => ({
      id: team.id,
      name: team.displayName,
      settings: (await context.records.settings(team.id, team.displayName)).settings,
    })),
  );
  const groups = read.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const firstFailure = read.find((result) => result.status === 'rejected');
  if (groups.length === 0 && firstFailure) throw firstFailure.reason;
  return groups;
}

/** This year's folder, and last year's in January, when December's records may still wait. */
function yearsToSearch(now: Date): number[] {
  const today = now.toISOString();
  const year = stockholmYear(today);
  return recordDate(today).slice(5, 7) === '01' ? [year, year - 1] : [year];
}

async function awaitingInGroup(context: PersonalContext, group: MyGroup): Promise<RecordSummary[]> {
  const { driveId, folderPath } = group.settings;
  if (!driveId) return [];
  const folders = yearsToSearch(context.now()).map((year) => `${folderPath}/${year}`);
  const listed = await Promise.all(
    folders.map(async (folder) => ({ folder, items: await context.gateways.files.list(driveId, folder) })),
  );
  const paths = listed.flatMap(({ folder, items }) =>
    items
      .filter((item) => item.name.endsWith(SOURCE_SUFFIX))
      .sort((a, b) => newestRecordFirst(a.name, b.name))
      .slice(0, NEWEST_RECORDS_READ)
      .map((item) => `${folder}/${item.name}`),
  );
  const stored = await Promise.all(
    paths.map((path) => context.records.read(driveId, path).then((record) => record && { path, ...record })),
  );
  const summaries = await Promise.all(
    stored.map(async (record) => {
      if (!record) return undefined;
      const facts = () =>
        readApprovalFacts(
          { records: context.records, files: context.gateways.files },
          driveId,
          record.path,
          group.settings.notesApprovers,
        );
      if (!(await waitsForMe(record.minutes, group.settings, context.user.id, facts))) return undefined;
      const summary: RecordSummary = {
        recordKey: recordKeyOf(driveId, record.path),
        groupId: group.id,
        groupName: group.name,
        title: record.minutes.title,
        date: recordDate(record.minutes.meeting.start),
        status: record.minutes.status,
        ...(record.item.webUrl ? { webUrl: record.item.webUrl } : {}),
        ...(record.item.lastModifiedDateTime ? { lastModified: record.item.lastModifiedDateTime } : {}),
      };
      return summary;
    }),
  );
  return summaries.filter((summary): summary is RecordSummary => summary !== undefined);
}

/**
 * Sent for approval and I hold a role that must approve it (cheap checks on the JSON, which only narrow the search),
 * then what Microsoft 365 says: the current version is one I may approve, it is not approved yet, and I have not
 * answered this version myself.
 */
export async function waitsForMe(
  minutes: Minutes,
  settings: Pick<GroupSettings, 'notesApprovers'>,
  myId: string,
  facts: () => Promise<ApprovalFacts | undefined>,
): Promise<boolean> {
  if (minutes.status !== 'sentForApproval') return false;
  const required = requiredApprovers(minutes, settings.notesApprovers);
  const me = minutes.attendees.find((attendee) => attendee.directoryId === myId);
  if (!me || !me.roles.some((role) => (required as string[]).includes(role))) return false;
  const found = await facts();
  if (!found || found.state.status === 'approved' || approvalRefusal(found.version, myId)) return false;
  const answered = [...found.state.approvals, ...found.state.changeRequests];
  return !answered.some((answer) => answer.approver.id === myId);
}

function assignmentOf(
  task: PlannerTask,
  group: MyGroup,
  details: PlannerTaskDetails | Error | undefined,
): MyAssignment {
  const record = details instanceof Error || !details ? undefined : recordReference(details, group.settings);
  return {
    taskId: task.id,
    title: task.title,
    groupName: group.name,
    percentComplete: task.percentComplete,
    ...(task.dueDateTime ? { due: recordDate(task.dueDateTime) } : {}),
    ...(record?.recordKey ? { recordKey: record.recordKey } : {}),
    ...(record ? { recordTitle: record.title } : {}),
  };
}

/**
 * The save writes one reference per task: the record source's web URL (or its drive path before SharePoint gave
 * one), keyed by the URL with `%`, `.`, `:`, `@` and `#` escaped. The path after the group's records folder names the
 * record in the group's library; a reference that does not end in a record source is someone else's link.
 */
export function recordReference(
  details: Pick<PlannerTaskDetails, 'references'>,
  settings: Pick<GroupSettings, 'driveId' | 'folderPath'>,
): { recordKey?: string; title: string } | undefined {
  for (const [key, reference] of Object.entries(details.references)) {
    const path = recordPathOf(safeDecode(key), settings.folderPath);
    if (path === undefined) continue;
    return {
      title: reference.alias,
      ...(settings.driveId && path ? { recordKey: recordKeyOf(settings.driveId, path) } : {}),
    };
  }
  return undefined;
}

/** The drive path of a record source named by a URL or a path; '' when it is a record outside the folder; undefined when it is no record. */
function recordPathOf(target: string, folderPath: string): string | undefined {
  const pathname = /^[a-z][a-z0-9+.-]*:\/\//i.test(target) ? safeDecode(urlPath(target)) : target;
  if (!pathname.endsWith(SOURCE_SUFFIX)) return undefined;
  const relative = pathname.replace(/^\/+/, '');
  if (relative.startsWith(`${folderPath}/`)) return relative;
  const inside = pathname.lastIndexOf(`/${folderPath}/`);
  return inside >= 0 ? pathname.slice(inside + 1) : '';
}

function urlPath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
