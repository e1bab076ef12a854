// Issue 9.2: a whole meeting through AppServices (open, attendance, 20 items, 15 assignments, save, send for approval,
// chair and adjuster approve) under throttling, a network cut, a second editor and an expiring token. Whatever happens:
// no typed character lost, one .docx, one .minutes.json and one .pdf, one Planner task per assignment, nothing overwritten.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { recordKeyOf } from '../../../src/app/records/recordPaths';
import { createDevTokenProvider } from '../../../src/auth/devTokenProvider';
import { updateItem } from '../../../src/domain/editing';
import { paragraphsFromText, plainText } from '../../../src/domain/richtext';
import { allAssignments } from '../../../src/domain/assignments';
import type { Minutes } from '../../../src/domain/model';
import { createDraftStore, type DraftStore } from '../../../src/storage/draftStore';
import { createMemoryKeyValueStore } from '../../../src/storage/memoryKeyValueStore';
import type { RecordSession } from '../../../src/contracts/records';
import { ADJUSTER, CHAIR, devAccount, SECRETARY } from '../../emulator/support';
import {
  filesEnding,
  openToday,
  restartablePort,
  signInAt,
  startWorkflowHarness,
  storedMinutes,
  type Device,
  type WorkflowHarness,
  type WorkflowState,
  saved,
} from './harness';
import { directoryAssignees, edit, markAttendance, missingTexts, typeItems } from './meetingScript';
import { plannerProblems } from './plannerChecks';

interface MeetingHooks {
  /** Between the first and the second save, while the secretary keeps typing: returns the session to save next. */
  midMeeting?(
    harness: WorkflowHarness,
    secretary: Device,
    session: RecordSession,
  ): Promise<{ session: RecordSession; texts: string[] }>;
  /** Before send for approval. */
  beforeApproval?(harness: WorkflowHarness): Promise<void>;
}

/** The scripted meeting; returns the approved session and every text typed by anyone. */
async function runMeeting(
  harness: WorkflowHarness,
  hooks: MeetingHooks = {},
  secretary?: Device,
): Promise<{ session: RecordSession; texts: string[] }> {
  const me = secretary ?? (await harness.signIn(SECRETARY));
  const assignees = directoryAssignees(await harness.state(), 15);
  const opened = await markAttendance(me.services, await openToday(me.services));
  const first = await typeItems(me.services, opened, 10, assignees.slice(0, 10), 'Åsa');
  let session = saved(await me.services.saveRecord(first.session));
  const second = await typeItems(me.services, session, 10, assignees.slice(10), 'Åsa del två');
  const texts = [...first.texts, ...second.texts];
  session = second.session;
  if (hooks.midMeeting) {
    const mid = await hooks.midMeeting(harness, me, session);
    session = mid.session;
    texts.push(...mid.texts);
  }
  session = saved(await me.services.saveRecord(session));
  await hooks.beforeApproval?.(harness);
  session = saved(await me.services.sendForApproval(session));

  const recordKey = recordKeyOf(session.remote.driveId, session.remote.path);
  for (const upn of [CHAIR, ADJUSTER]) {
    const approver = await harness.signIn(upn);
    const shown = await approver.services.openRecord({ kind: 'record', recordKey });
    session = saved(await approver.services.approve(shown));
  }
  return { session, texts };
}

/** What must hold after any run: status, text, files, tasks, mail. */
async function expectIntact(harness: WorkflowHarness, session: RecordSession, texts: string[]): Promise<WorkflowState> {
  const state = await harness.state();
  const stored = storedMinutes(state, session);
  const approver = await harness.signIn(CHAIR);
  expect(await approver.services.approvalView(session)).toMatchObject({ status: 'approved', pdf: 'filed' });
  expect(missingTexts(stored, texts)).toEqual([]);
  const base = `/${session.remote.path.replace(/\.minutes\.json$/, '')}`;
  for (const suffix of ['.minutes.json', '.docx', '.pdf'])
    expect(
      filesEnding(state, session, suffix)
        .filter((f) => f.path.startsWith(base))
        .map((f) => f.path),
    ).toEqual([`${base}${suffix}`]);
  expect(plannerProblems(state, stored)).toEqual([]);
  expect(
    state.mail
      .filter((m) => m.subject.startsWith('För justering'))
      .flatMap((m) => m.toRecipients.map((r) => r.emailAddress.address))
      .sort(),
  ).toEqual([CHAIR, ADJUSTER].sort());
  return state;
}

describe('the fault suite: a whole meeting', () => {
  let harness: WorkflowHarness;
  beforeAll(async () => {
    harness = await startWorkflowHarness();
  });
  afterEach(() => harness.faults({}));
  afterAll(() => harness.close());

  it('(a) completes under 30 % injected 429s, then 503s', async () => {
    await harness.reset();
    await harness.faults({ seed: 14, status: 429, rate: 0.3, retryAfterSeconds: 0.02 });
    const { session, texts } = await runMeeting(harness, {
      beforeApproval: () => harness.faults({ seed: 14, status: 503, rate: 0.3, retryAfterSeconds: 0.02 }),
    });
    await harness.faults({});
    await expectIntact(harness, session, texts);
    const throttled = (await harness.requests())
      .flatMap((r) => [r.status, ...(r.batch ?? []).map((b) => b.status)])
      .filter((s) => s === 429 || s === 503);
    expect(throttled.length).toBeGreaterThan(20);
  });

  it('(c) merges a second editor who saved the same record in between', async () => {
    await harness.reset();
    const chairText = 'Göran: kommunerna återkommer med sina synpunkter senast i januari.';
    const { session, texts } = await runMeeting(harness, {
      async midMeeting(h, _secretary, mine) {
        const chair = await h.signIn(CHAIR);
        const theirs = await openToday(chair.services);
        const item = theirs.minutes.items.find((i) => i.title.startsWith('Åsa punkt 3:'))!;
        const notes = paragraphsFromText(`${plainText(item.notes)}\n${chairText}`);
        saved(await chair.services.saveRecord(edit(theirs, (m, now) => updateItem(m, item.id, { notes }, now))));
        return { session: mine, texts: [] };
      },
    });
    const state = await expectIntact(harness, session, texts);
    // The chair's text is in, and the 412 was met with a merge rather than an overwrite.
    expect(JSON.stringify(storedMinutes(state, session))).toContain(chairText);
    expect(
      (await harness.requests()).some(
        (r) => r.method === 'PUT' && r.path.includes('.minutes.json') && r.status === 412,
      ),
    ).toBe(true);
  });
});

describe('the fault suite: the network goes away', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'workflow-cut-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('(b) keeps the draft while the emulator is gone and saves once it is back', async () => {
    let harness = await startWorkflowHarness({ persist: true, dataDir, port: await restartablePort() });
    const port = harness.emu.emulator.port;
    const secretary = await harness.signIn(SECRETARY);
    // The cut is a few seconds here, not a minute: what matters is the behaviour on either side of it.
    const cutSeconds = 2;
    const { session, texts } = await runMeeting(
      harness,
      {
        async midMeeting(h, device, mine) {
          await h.close();
          const offline = await device.services.saveRecord(mine);
          expect(offline).toMatchObject({ kind: 'failed', offline: true });
          // Everything typed is on the device: the draft is the record as the secretary left it.
          expect((await device.drafts.load(mine.key))?.minutes).toEqual(mine.minutes);
          await new Promise((resolve) => setTimeout(resolve, cutSeconds * 1000));
          harness = await startWorkflowHarness({ persist: true, dataDir, port });
          return { session: mine, texts: [] };
        },
      },
      secretary,
    );
    try {
      await expectIntact(harness, session, texts);
    } finally {
      await harness.close();
    }
  });
});

/** Drafts that run `onTasks` once, the first time a draft names a Planner task the record did not have when armed. */
function draftsWithTrip(): { drafts: DraftStore; arm(known: Minutes, onTasks: () => Promise<void>): void } {
  const inner = createDraftStore(createMemoryKeyValueStore());
  let trip: { known: Set<string>; onTasks: () => Promise<void> } | undefined;
  const taskIds = (minutes: Minutes) =>
    allAssignments(minutes).flatMap(({ assignment }) => (assignment.planner ? [assignment.planner.taskId] : []));
  return {
    drafts: {
      ...inner,
      async save(key, draft) {
        await inner.save(key, draft);
        if (!trip || !taskIds(draft.minutes).some((id) => !trip!.known.has(id))) return;
        const { onTasks } = trip;
        trip = undefined;
        await onTasks();
      },
    },
    arm: (known, onTasks) => {
      trip = { known: new Set(taskIds(known)), onTasks };
    },
  };
}

describe('the fault suite: the network goes during a save', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'workflow-cut-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('(b) after Planner answered and before the record is written: the retry adopts the tasks, no duplicates', async () => {
    let harness = await startWorkflowHarness({ persist: true, dataDir, port: await restartablePort() });
    const port = harness.emu.emulator.port;
    const local = draftsWithTrip();
    const secretary = await signInAt(harness.emu.url, SECRETARY, { drafts: local.drafts });
    const { session, texts } = await runMeeting(
      harness,
      {
        async midMeeting(h, device, mine) {
          local.arm(mine.minutes, () => h.close());
          expect(await device.services.saveRecord(mine)).toMatchObject({ kind: 'failed', offline: true });
          harness = await startWorkflowHarness({ persist: true, dataDir, port });
          // The editor still holds the session it had before the save: the new task ids are only in the draft.
          return { session: mine, texts: [] };
        },
      },
      secretary,
    );
    try {
      await expectIntact(harness, session, texts);
    } finally {
      await harness.close();
    }
  });
});

describe('the fault suite: the app is reloaded while offline', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'workflow-reload-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('(b) restores the draft after a reload and saves every character once Graph is back', async () => {
    let harness = await startWorkflowHarness({ persist: true, dataDir, port: await restartablePort() });
    const port = harness.emu.emulator.port;
    const drafts = createDraftStore(createMemoryKeyValueStore());
    const { session, texts } = await runMeeting(
      harness,
      {
        async midMeeting(h, device, mine) {
          await h.close();
          expect(await device.services.saveRecord(mine)).toMatchObject({ kind: 'failed', offline: true });
          harness = await startWorkflowHarness({ persist: true, dataDir, port });
          // The tab is reloaded: new services over the same local drafts; the editor's session is gone.
          const reloaded = await signInAt(harness.emu.url, SECRETARY, { drafts });
          const restored = await openToday(reloaded.services);
          expect(restored.notices).toContainEqual({ kind: 'restoredDraft' });
          expect(restored.minutes).toEqual(mine.minutes);
          return { session: restored, texts: [] };
        },
      },
      await signInAt(harness.emu.url, SECRETARY, { drafts }),
    );
    try {
      await expectIntact(harness, session, texts);
    } finally {
      await harness.close();
    }
  });
});

describe('the fault suite: the token expires mid-meeting', () => {
  it('(d) refreshes the token on 401 and the save succeeds', async () => {
    let emulatorSkewMs = 0;
    let clientSkewMs = 0;
    const harness = await startWorkflowHarness({ now: () => new Date(Date.now() + emulatorSkewMs) });
    try {
      const tokens = createDevTokenProvider({
        account: devAccount(SECRETARY),
        lifetimeSeconds: 3600,
        now: () => Date.now() + clientSkewMs,
      });
      const secretary = await signInAt(harness.emu.url, SECRETARY, { tokens });
      const { session, texts } = await runMeeting(
        harness,
        {
          async midMeeting(_h, _device, mine) {
            // An hour and more later by Graph's clock, while this device's clock lags (sleep, skew): the cached token
            // still looks valid here, Graph says it has expired.
            emulatorSkewMs = 3700_000;
            clientSkewMs = 1000_000;
            return { session: mine, texts: [] };
          },
          // The approvers sign in on devices whose clocks agree with Graph's.
          async beforeApproval() {
            emulatorSkewMs = 0;
            clientSkewMs = 0;
          },
        },
        secretary,
      );
      await expectIntact(harness, session, texts);
      // Each request sent with the expired token is refused once and resent with a fresh one. A save's first requests
      // go out together (the bucket's tasks and the Word document), so one or two are refused, none twice.
      const refused = (await harness.requests()).filter((r) => r.status === 401).map((r) => `${r.method} ${r.path}`);
      expect(refused.length).toBeGreaterThanOrEqual(1);
      expect(refused.length).toBeLessThanOrEqual(2);
      expect(new Set(refused).size).toBe(refused.length);
    } finally {
      await harness.close();
    }
  });
});
