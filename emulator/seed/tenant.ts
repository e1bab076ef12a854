// The demo tenant "samverkan.example", built relative to `now`: directory, groups with drives and plans,
// calendars, and the steering group's previous record with its Planner tasks.
import { approvalClaimJson } from '../../src/domain/approvalClaim.js';
import type { GroupSettings, PlannerLink } from '../../src/domain/model.js';
import { expand } from '../calendar/occurrences.js';
import { mimeTypeOf } from '../drive/tree.js';
import { detailsEtag, newTaskRecord, taskEtag } from '../routes/plannerViews.js';
import type { Seed } from '../state/store.js';
import {
  STATE_SCHEMA_VERSION,
  type BucketRecord,
  type DriveItemRecord,
  type DriveRecord,
  type GroupRecord,
  type PlanRecord,
  type TaskRecord,
  type TenantState,
} from '../state/types.js';
import { seedCalendar } from './calendar.js';
import { defaultModes, type EmulatorModes } from '../modes/modes.js';
import { directory, type GroupSpec } from './groups.js';
import { driveId, driveItemId, guid, plannerId } from '../state/ids.js';
import { previousMinutes, previousRecordDate, stockholmDate } from './minutes.js';
import { DOMAIN, MUNICIPALITY, PERSONAS } from './people.js';
import { HOST_TENANT, TENANTS } from '../state/tenants.js';

const FOLDER = 'Protokoll';

interface DriveBuilder {
  drive: DriveRecord;
  folder(names: string[]): DriveItemRecord;
  file(names: string[], bytes: Buffer, byId: string): DriveItemRecord;
}

function driveBuilder(
  group: GroupRecord,
  name: string,
  at: string,
  blobs: Map<string, Buffer>,
  files: Map<string, Buffer>,
): DriveBuilder {
  const id = driveId(`drive:${group.id}`);
  const root: DriveItemRecord = {
    id: driveItemId(`${id}:root`),
    parentId: null,
    name: 'root',
    folder: true,
    tagGuid: guid(`${id}:root`),
    changeCount: 1,
    contentCount: 1,
    size: 0,
    createdAt: at,
    createdById: group.ownerIds[0] ?? '',
    modifiedAt: at,
    modifiedById: group.ownerIds[0] ?? '',
    versions: [],
  };
  const drive: DriveRecord = { id, groupId: group.id, name, rootId: root.id, items: [root] };
  const itemAt = (names: string[], isFolder: boolean, byId: string): DriveItemRecord => {
    let parent = root;
    names.forEach((segment, index) => {
      const last = index === names.length - 1;
      const existing = drive.items.find((item) => item.parentId === parent.id && item.name === segment);
      if (existing) {
        parent = existing;
        return;
      }
      const key = `${id}:${names.slice(0, index + 1).join('/')}`;
      const created: DriveItemRecord = {
        ...root,
        id: driveItemId(key),
        parentId: parent.id,
        name: segment,
        folder: !last || isFolder,
        tagGuid: guid(key),
        mimeType: !last || isFolder ? undefined : mimeTypeOf(segment),
        createdById: byId,
        modifiedById: byId,
        versions: [],
      };
      drive.items.push(created);
      parent = created;
    });
    return parent;
  };
  return {
    drive,
    folder: (names) => itemAt(names, true, group.ownerIds[0] ?? ''),
    file: (names, bytes, byId) => {
      const item = itemAt(names, false, byId);
      const blobKey = `${item.id}.1`;
      blobs.set(blobKey, bytes);
      files.set([name, ...names].join('/'), bytes);
      item.size = bytes.length;
      item.versions = [{ id: '1.0', at, byId, size: bytes.length, blobKey }];
      return item;
    },
  };
}

function groupSettings(spec: GroupSpec, group: GroupRecord, drive: DriveRecord, plan: PlanRecord): GroupSettings {
  const secretary = spec.roster.find((entry) => entry.roles.includes('secretary'))?.user ?? PERSONAS.secretary;
  return {
    schemaVersion: 1,
    groupId: group.id,
    name: spec.name,
    kind: spec.kind,
    language: 'sv',
    driveId: drive.id,
    folderPath: FOLDER,
    planId: plan.id,
    roster: [
      ...spec.roster.map((entry) => ({
        name: entry.user.displayName,
        directoryId: entry.user.id,
        email: entry.user.mail,
        organisation: entry.user.companyName,
        roles: entry.roles,
      })),
      ...(spec.outside ?? []).map((person) => ({
        name: person.name,
        email: person.address,
        organisation: person.organisation,
        roles: person.roles,
      })),
    ],
    organisationContacts: {
      Närvårdskontoret: { name: secretary.displayName, directoryId: secretary.id, email: secretary.mail },
    },
    notesApprovers: ['chair'],
  };
}

const json = (value: unknown): Buffer => Buffer.from(`${JSON.stringify(value, null, 2)}\n`);

function task(
  id: string,
  plan: PlanRecord,
  bucket: BucketRecord,
  title: string,
  fields: Partial<TaskRecord>,
  at: string,
): TaskRecord {
  return newTaskRecord({
    id,
    planId: plan.id,
    bucketId: bucket.id,
    title,
    orderHint: '8585000000000000000',
    createdAt: at,
    createdById: plan.createdById,
    ...fields,
  });
}

export async function seedTenant(
  now: Date,
  modes: Pick<EmulatorModes, 'foreignOrganizer'> = defaultModes,
): Promise<Seed> {
  const created = new Date(now.getTime() - 180 * 24 * 3600_000).toISOString();
  const { users, groups: specs } = directory(created);
  const blobs = new Map<string, Buffer>();
  const files = new Map<string, Buffer>();
  const state: TenantState = {
    schemaVersion: STATE_SCHEMA_VERSION,
    domain: DOMAIN,
    tenants: [...TENANTS],
    users,
    groups: [],
    events: [],
    chats: [],
    onlineMeetings: [],
    drives: [],
    plans: [],
    buckets: [],
    tasks: [],
    sentMail: [],
    personas: [
      { upn: PERSONAS.secretary.userPrincipalName, label: 'Sekreterare' },
      { upn: PERSONAS.chair.userPrincipalName, label: 'Ordförande' },
      { upn: PERSONAS.adjuster.userPrincipalName, label: 'Justerare' },
      { upn: PERSONAS.member.userPrincipalName, label: 'Ledamot' },
      { upn: MUNICIPALITY.chair.userPrincipalName, label: 'Ordförande, Lindö kommun (gäst)' },
      { upn: MUNICIPALITY.member.userPrincipalName, label: 'Ledamot, Lindö kommun (gäst)' },
    ],
  };
  const calendar = seedCalendar({ users, groups: specs }, now, modes);
  for (const meeting of calendar.meetings) {
    state.events.push(...meeting.events);
    if (meeting.chat) state.chats.push(meeting.chat);
    if (meeting.onlineMeeting) state.onlineMeetings.push(meeting.onlineMeeting);
  }

  for (const spec of specs) {
    const groupId = guid(`group:${spec.key}`);
    const secretary = spec.roster.find((entry) => entry.roles.includes('secretary'))?.user ?? PERSONAS.secretary;
    const mailNickname = spec.name
      .toLowerCase()
      .replace(/[åä]/g, 'a')
      .replace(/ö/g, 'o')
      .replace(/[^a-z]+/g, '');
    const group: GroupRecord = {
      id: groupId,
      tenantId: HOST_TENANT.id,
      displayName: spec.name,
      description: spec.description,
      mail: `${mailNickname}@${DOMAIN}`,
      memberIds: spec.roster.map((entry) => entry.user.id),
      ownerIds: [secretary.id],
      driveId: '',
    };
    const builder = driveBuilder(group, spec.name, created, blobs, files);
    group.driveId = builder.drive.id;
    const plan: PlanRecord = {
      id: plannerId(`plan:${groupId}`),
      title: `Uppdrag ${spec.name}`,
      groupId,
      createdAt: created,
      createdById: secretary.id,
      etagCount: 1,
    };
    const todo: BucketRecord = {
      id: plannerId(`bucket:${groupId}:todo`),
      planId: plan.id,
      name: 'Att göra',
      orderHint: '8585000000000000000',
      etagCount: 1,
    };
    state.groups.push(group);
    state.drives.push(builder.drive);
    state.plans.push(plan);
    state.buckets.push(todo);
    builder.folder([FOLDER]);
    builder.file([FOLDER, 'group-settings.json'], json(groupSettings(spec, group, builder.drive, plan)), secretary.id);

    const series = calendar.series.get(spec.key);
    const master = series?.events[0];
    if (spec.key !== 'styrgrupp' || !series || !master || !series.joinUrl) continue;
    // The steering group's last meeting before today has an approved record and two tasks from it in Planner. Not
    // one that ended earlier today: today's meeting is the one the secretary writes (and the tests with her), so it
    // must not turn into an approved record once its end time has passed.
    const today = stockholmDate(now);
    const last = expand(master)
      .filter((instance) => stockholmDate(instance.start) < today)
      .pop();
    if (!last) continue;
    // The meeting the seeded record is of: its date names the bucket, the record holds it.
    const lastMeeting = {
      groupId,
      eventId: last.id,
      seriesMasterId: master.id,
      iCalUId: master.iCalUId,
      joinUrl: series.joinUrl,
      start: last.start,
      end: last.end,
    };
    const date = previousRecordDate(lastMeeting);
    const bucket: BucketRecord = {
      id: plannerId(`bucket:${groupId}:${date}`),
      planId: plan.id,
      name: `${date} ${spec.name}`,
      orderHint: '8584999999999999999',
      etagCount: 1,
    };
    state.buckets.push(bucket);
    const member = spec.roster.find((entry) => entry.user.companyName === 'Lindö kommun')?.user ?? PERSONAS.member;
    const assignment = (userId: string) => ({
      [userId]: { assignedById: secretary.id, assignedAt: last.end.toISOString(), orderHint: '8585000000000000000' },
    });
    const recordPath = [FOLDER, date.slice(0, 4), `${date} ${spec.name}.minutes.json`];
    const recordUrl = `https://samverkan.sharepoint.example/sites/styrgrupp/Shared Documents/${recordPath.join('/')}`;
    const reference = {
      [encodeURIComponent(recordUrl).replace(/\./g, '%2E')]: {
        alias: `Protokoll ${date}`,
        type: 'Other',
        previewPriority: ' !',
      },
    };
    const halfDone = task(
      plannerId(`task:${groupId}:${date}:discharge`),
      plan,
      bucket,
      'Ta fram förslag på gemensam rutin för utskrivning under helger',
      {
        percentComplete: 50,
        dueDateTime: new Date(last.start.getTime() + 42 * 24 * 3600_000).toISOString(),
        assignments: assignment(member.id),
        details: {
          description: 'Från § 5 Samverkan kring utskrivningsklara patienter.',
          previewType: 'automatic',
          checklist: {},
          references: reference,
          etagCount: 2,
        },
      },
      last.end.toISOString(),
    );
    const notStarted = task(
      plannerId(`task:${groupId}:${date}:survey`),
      plan,
      bucket,
      'Sammanställa enkätresultaten per kommun till nästa möte',
      {
        dueDateTime: new Date(last.start.getTime() + 28 * 24 * 3600_000).toISOString(),
        assignments: assignment(secretary.id),
        details: {
          description: 'Från § 8 Uppföljning av brukarenkäten.',
          previewType: 'automatic',
          checklist: {},
          references: reference,
          etagCount: 2,
        },
      },
      last.end.toISOString(),
    );
    state.tasks.push(halfDone, notStarted);
    const link = (record: TaskRecord): PlannerLink => ({
      taskId: record.id,
      bucketId: bucket.id,
      planId: plan.id,
      etag: taskEtag(record),
      detailsEtag: detailsEtag(record),
      detailsSynced: true,
      syncedHash: '',
    });
    const seeded = previousMinutes(spec, lastMeeting, { halfDone: link(halfDone), notStarted: link(notStarted) });
    const record = builder.file(recordPath, json(seeded.minutes), secretary.id);
    // Each approver's answer is their own file, written with their own account (src/app/records/recordPaths.ts).
    const approvalsFolder = recordPath[recordPath.length - 1]!.replace(/\.minutes\.json$/, '.approvals');
    for (const approval of seeded.approvals) {
      const claim = approvalClaimJson({
        kind: 'approval',
        recordItemId: record.id,
        versionId: '1.0',
        contentHash: seeded.contentHash,
        role: approval.role,
      });
      builder.file(
        [...recordPath.slice(0, -1), approvalsFolder, `${approval.user.id}.json`],
        Buffer.from(claim),
        approval.user.id,
      );
    }
  }
  return { state, blobs, files };
}
