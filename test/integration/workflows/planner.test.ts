// Issue 6: assignments become Planner tasks exactly once, whatever happens between the calls.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { syncPlanner } from '../../../src/app/workflows/plannerSync';
import { addAssignment } from '../../../src/domain/editing';
import { allAssignments } from '../../../src/domain/assignments';
import type { RecordSession } from '../../../src/contracts/records';
import { SECRETARY } from '../../emulator/support';
import {
  openToday,
  startWorkflowHarness,
  storedMinutes,
  type Device,
  type WorkflowHarness,
  type WorkflowState,
  saved,
} from './harness';
import { directoryAssignees, edit, missingTexts, rewriteAssignment, typeItems } from './meetingScript';
import { calls, plannerProblems, tasksCreated, tasksOfRecord } from './plannerChecks';

let harness: WorkflowHarness;
let secretary: Device;
let state: WorkflowState;

beforeAll(async () => {
  harness = await startWorkflowHarness();
});
beforeEach(async () => {
  await harness.reset();
  secretary = await harness.signIn(SECRETARY);
  state = await harness.state();
});
afterAll(() => harness.close());

/** Today's record with 15 items, each with one assignment to a directory user. */
async function fifteenAssignments(): Promise<{ session: RecordSession; texts: string[] }> {
  return typeItems(secretary.services, await openToday(secretary.services), 15, directoryAssignees(state, 15));
}

async function expectExactlyOnce(session: RecordSession): Promise<void> {
  const now = await harness.state();
  expect(plannerProblems(now, storedMinutes(now, session))).toEqual([]);
  expect(allAssignments(session.minutes).map(({ assignment }) => assignment.sync.state)).toEqual(
    allAssignments(session.minutes).map(() => 'synced'),
  );
}

describe('Planner tasks from assignments', () => {
  it('creates one task per assignment with details, stores ids and ETags, and creates nothing on the next save', async () => {
    const { session, texts } = await fifteenAssignments();
    const first = saved(await secretary.services.saveRecord(session));
    await expectExactlyOnce(first);
    expect(tasksCreated(await harness.requests())).toBe(15);
    const stored = storedMinutes(await harness.state(), first);
    expect(missingTexts(stored, texts)).toEqual([]);
    expect(
      allAssignments(stored).every(
        ({ assignment }) => assignment.planner?.taskId && assignment.planner.etag && assignment.planner.detailsEtag,
      ),
    ).toBe(true);

    const before = (await harness.requests()).length;
    const again = saved(await secretary.services.saveRecord(first));
    const second = calls((await harness.requests()).slice(before));
    expect(second.filter((c) => c.path.startsWith('/planner/tasks') && c.method !== 'GET')).toEqual([]);
    await expectExactlyOnce(again);
  });

  it('PATCHes the task of a changed assignment (If-Match) instead of creating another', async () => {
    const first = saved(await secretary.services.saveRecord((await fifteenAssignments()).session));
    const before = (await harness.requests()).length;

    const changed = rewriteAssignment(first, 4, 'Ny text: Närvårdskontoret sammankallar till workshop i mars');
    const second = saved(await secretary.services.saveRecord(changed));

    const made = calls((await harness.requests()).slice(before)).filter(
      (c) => c.path.startsWith('/planner/tasks') && c.method !== 'GET',
    );
    // The emulator refuses a PATCH without If-Match (400). Writing the details changed the task's ETag (its derived
    // hasDescription), so the stored one is stale: the read the assignments need anyway shows it, and the PATCH goes
    // out once, with the current ETag, instead of meeting a 412 first.
    expect(made.filter((c) => c.method === 'POST')).toEqual([]);
    expect(
      made
        .filter((c) => c.path.endsWith('/details') === false)
        .map((c) => `${c.method} ${c.status}`)
        .at(-1),
    ).toBe('PATCH 200');
    expect(made.filter((c) => c.status === 400 || c.status === 412)).toEqual([]);
    // The details' ETag is the one the app's last write of them answered: they are written without a read first.
    const details = calls((await harness.requests()).slice(before)).filter((c) => c.path.endsWith('/details'));
    expect(details.map((c) => `${c.method} ${c.status}`)).toEqual(['PATCH 200']);
    const task = (await harness.state()).planner.tasks.find(
      (t) => t.id === allAssignments(second.minutes)[4]!.assignment.planner!.taskId,
    );
    expect(task?.title).toBe('Ny text: Närvårdskontoret sammankallar till workshop i mars');
    await expectExactlyOnce(second);
  });

  for (const status of [429, 503]) {
    it(`ends with exactly one task per assignment under 30 % injected ${status}s`, async () => {
      const { session } = await fifteenAssignments();
      await harness.faults({ seed: 14, status, rate: 0.3, retryAfterSeconds: 0.02 });
      const first = saved(await secretary.services.saveRecord(session));
      await harness.faults({});
      await expectExactlyOnce(first);
      expect(tasksCreated(await harness.requests())).toBe(15);
    });
  }

  it('a failure between the task POSTs and the details PATCHes is finished by the next save, without duplicates', async () => {
    const { session } = await fifteenAssignments();
    await harness.faults({
      rules: [{ method: 'PATCH', path: '^/planner/tasks/[^/]+/details$', status: 500, times: 6 }],
    });
    const first = await secretary.services.saveRecord(session);
    await harness.faults({});
    const afterFailure = saved(first);
    expect(first.kind === 'saved' && first.plannerMessage).toBeTruthy();
    expect(
      allAssignments(afterFailure.minutes).filter(({ assignment }) => assignment.sync.state === 'pending'),
    ).toHaveLength(6);

    const retried = saved(await secretary.services.saveRecord(afterFailure));
    await expectExactlyOnce(retried);
    expect(tasksCreated(await harness.requests())).toBe(15);
  });

  it('adopts the tasks from the bucket after a crash between the task POSTs and the save', async () => {
    const { session } = await fifteenAssignments();
    // The device dies right after Planner answered: the task ids never reach the record or the draft.
    const crash = syncPlanner(
      {
        planner: secretary.gateways.planner,
        now: () => new Date(),
        checkpoint: () => Promise.reject(new Error('crashed')),
      },
      session.minutes,
      session.settings,
      session.remote.path,
    );
    await expect(crash).rejects.toThrow('crashed');
    expect(tasksCreated(await harness.requests())).toBe(15);

    const retried = saved(await secretary.services.saveRecord(session));
    expect(tasksCreated(await harness.requests())).toBe(15);
    await expectExactlyOnce(retried);
  });

  it('creates an unassigned task named for an external guest, marked unassignable', async () => {
    const opened = await openToday(secretary.services);
    const guest = opened.minutes.attendees.find((a) => a.external && a.email)!;
    expect(guest).toBeDefined();
    const itemId = opened.minutes.items.find((i) => i.kind === 'regular')!.id;
    const session = edit(opened, (m, now) =>
      addAssignment(
        m,
        itemId,
        { text: 'skickar underlaget till brukarrådet', assignees: [{ name: guest.name, email: guest.email! }] },
        now,
      ),
    );

    const first = saved(await secretary.services.saveRecord(session));
    const [{ assignment }] = allAssignments(first.minutes) as [ReturnType<typeof allAssignments>[number]];
    expect(assignment.sync).toEqual({ state: 'unassignable', names: [guest.name] });
    const [task] = tasksOfRecord(await harness.state(), first.minutes);
    expect(task?.title).toBe(`${guest.name}: skickar underlaget till brukarrådet`);
    expect(task?.assignments).toEqual({});
    expect(task?.details.description).toContain(guest.name);
  });

  it('saves the record when the plan was deleted: planMissing, assignments stay pending', async () => {
    const { session, texts } = await fifteenAssignments();
    const planId = session.settings.planId!;
    const plan = await harness.emu.graphFetch(`/planner/plans/${planId}`);
    const deleted = await harness.emu.graphFetch(`/planner/plans/${planId}`, {
      method: 'DELETE',
      headers: { 'If-Match': plan.json<{ '@odata.etag': string }>()['@odata.etag'] },
    });
    expect(deleted.status).toBe(204);

    const outcome = saved(await secretary.services.saveRecord(session));
    expect(outcome.notices).toContainEqual({ kind: 'planMissing' });
    const stored = storedMinutes(await harness.state(), outcome);
    expect(missingTexts(stored, texts)).toEqual([]);
    expect(
      allAssignments(stored).map(({ assignment }) => `${assignment.sync.state} ${assignment.planner?.taskId ?? ''}`),
    ).toEqual(allAssignments(stored).map(() => 'pending '));
    expect(tasksCreated(await harness.requests())).toBe(0);
  });
});
