// Issue 14: writes that Graph carried out but whose answer was lost (504 after the handler ran, or a dropped
// connection). Before anything is created again the app reads what is there: one task per assignment, one bucket, and
// the record's first PUT is not a conflict with itself. A task id from another group's plan is never written to.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { allAssignments } from '../../../src/domain/assignments';
import { SECRETARY } from '../../emulator/support';
import { openToday, saved, startWorkflowHarness, storedMinutes, type Device, type WorkflowHarness } from './harness';
import { directoryAssignees, edit, missingTexts, typeItems } from './meetingScript';
import { plannerProblems } from './plannerChecks';

let harness: WorkflowHarness;
let secretary: Device;

beforeAll(async () => {
  harness = await startWorkflowHarness();
});
beforeEach(async () => {
  await harness.reset();
  secretary = await harness.signIn(SECRETARY);
});
afterEach(() => harness.faults({}));
afterAll(() => harness.close());

async function fiveAssignments() {
  return typeItems(
    secretary.services,
    await openToday(secretary.services),
    5,
    directoryAssignees(await harness.state(), 5),
  );
}

describe('writes whose outcome is unknown', () => {
  it('task creations that ran but answered 504: one task per assignment, saved', async () => {
    const typed = await fiveAssignments();
    await harness.faults({ rules: [{ method: 'POST', path: '^/planner/tasks$', kind: 'ranThen504', times: 5 }] });
    const session = saved(await secretary.services.saveRecord(typed.session));
    await harness.faults({});
    const state = await harness.state();
    expect(plannerProblems(state, storedMinutes(state, session))).toEqual([]);
  });

  it('a task batch whose connection dropped after it ran: one task per assignment, saved', async () => {
    const typed = await fiveAssignments();
    await harness.faults({ rules: [{ method: 'POST', path: '^/planner/tasks$', kind: 'ranThenDrop', times: 1 }] });
    const session = saved(await secretary.services.saveRecord(typed.session));
    await harness.faults({});
    const state = await harness.state();
    expect(plannerProblems(state, storedMinutes(state, session))).toEqual([]);
  });

  it('a bucket creation that ran but answered 504: one bucket with the meeting name', async () => {
    const typed = await fiveAssignments();
    await harness.faults({ rules: [{ method: 'POST', path: '^/planner/buckets$', kind: 'ranThen504', times: 1 }] });
    const session = saved(await secretary.services.saveRecord(typed.session));
    await harness.faults({});
    const state = await harness.state();
    const stored = storedMinutes(state, session);
    const bucketIds = new Set(allAssignments(stored).map(({ assignment }) => assignment.planner?.bucketId));
    expect(bucketIds.size).toBe(1);
    const bucket = state.planner.buckets.find((b) => bucketIds.has(b.id)) as { name?: string; planId: string };
    expect(state.planner.buckets.filter((b) => (b as { name?: string }).name === bucket.name)).toHaveLength(1);
    expect(plannerProblems(state, stored)).toEqual([]);
  });

  it("the record's first PUT ran but answered 504: saved, no conflict with the user's own write", async () => {
    const typed = await typeItems(secretary.services, await openToday(secretary.services), 3, []);
    await harness.faults({ rules: [{ method: 'PUT', path: '\\.minutes\\.json', kind: 'ranThen504', times: 1 }] });
    const session = saved(await secretary.services.saveRecord(typed.session));
    await harness.faults({});
    expect(missingTexts(storedMinutes(await harness.state(), session), typed.texts)).toEqual([]);
  });

  it('a later PUT of the record dropped after it ran: saved on the next attempt without a conflict', async () => {
    const typed = await typeItems(secretary.services, await openToday(secretary.services), 2, []);
    const first = saved(await secretary.services.saveRecord(typed.session));
    const more = await typeItems(secretary.services, first, 4, [], 'Åsa igen');
    await harness.faults({ rules: [{ method: 'PUT', path: '\\.minutes\\.json', kind: 'ranThenDrop', times: 1 }] });
    const session = saved(await secretary.services.saveRecord(more.session));
    await harness.faults({});
    expect(missingTexts(storedMinutes(await harness.state(), session), [...typed.texts, ...more.texts])).toEqual([]);
  });
});

describe("a task id from another group's plan", () => {
  it.each([
    ['the task', false],
    ['the task and its bucket', true],
  ])(
    "is not written to when the record names %s: the assignment gets a task in this group's plan",
    async (_, bucket) => {
      const typed = await typeItems(
        secretary.services,
        await openToday(secretary.services),
        1,
        directoryAssignees(await harness.state(), 1),
      );
      const first = saved(await secretary.services.saveRecord(typed.session));
      const state = await harness.state();
      const ownPlan = allAssignments(first.minutes)[0]!.assignment.planner!.planId;
      const otherPlan = state.planner.plans.find((p) => p.id !== ownPlan)!;
      const otherBucket = state.planner.buckets.find((b) => b.planId === otherPlan.id)!;
      const foreign = (
        await harness.emu.graphFetch('/planner/tasks', {
          method: 'POST',
          body: { planId: otherPlan.id, bucketId: otherBucket.id, title: 'En annan grupps uppgift' },
        })
      ).json<{ id: string; '@odata.etag': string }>();
      // The record names the other group's task (a copied record, a hand-edited file), and the assignment changed.
      const crossed = edit(first, (m) => ({
        ...m,
        items: m.items.map((item) => ({
          ...item,
          assignments: item.assignments.map((a) => ({
            ...a,
            text: `${a.text} (ändrad)`,
            planner: a.planner && {
              ...a.planner,
              taskId: foreign.id,
              etag: foreign['@odata.etag'],
              ...(bucket ? { bucketId: otherBucket.id } : {}),
            },
          })),
        })),
      }));
      const session = saved(await secretary.services.saveRecord(crossed));
      const after = await harness.state();
      expect(after.planner.tasks.find((t) => t.id === foreign.id)?.title).toBe('En annan grupps uppgift');
      const link = allAssignments(session.minutes)[0]!.assignment.planner!;
      expect(link.taskId).not.toBe(foreign.id);
      expect(after.planner.tasks.find((t) => t.id === link.taskId)?.planId).toBe(ownPlan);
      expect(after.planner.tasks.filter((t) => t.bucketId === otherBucket.id).map((t) => t.title)).toEqual([
        'En annan grupps uppgift',
      ]);
    },
  );
});

describe('a save that fails before Planner needs the record URL', () => {
  it('fails with a message and leaves no unhandled rejection behind (it crashed a Node process)', async () => {
    const typed = await fiveAssignments();
    await harness.faults({
      rules: [
        { method: 'PUT', path: '\\.minutes\\.json', status: 500, times: 1 },
        { method: 'GET', path: '/buckets$', status: 500, times: 1 },
      ],
    });
    const outcome = await secretary.services.saveRecord(typed.session);
    expect(outcome.kind).toBe('failed');
    // An unhandled rejection surfaces on the next turns of the event loop, where vitest fails the run with it.
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
});

describe("Graph busy past the client's retries", () => {
  it('the save stays pending with a time to try again, and goes through by itself once Graph recovers', async () => {
    const device = await harness.signIn(SECRETARY, { retry: { maxAttempts: 2 } });
    const typed = await typeItems(device.services, await openToday(device.services), 2, []);
    await harness.faults({ seed: 1, status: 429, rate: 1, retryAfterSeconds: 0.01 });
    const busy = await device.services.saveRecord(typed.session);
    expect(busy).toMatchObject({ kind: 'failed', offline: false });
    expect(busy.kind === 'failed' && busy.retryAt && Date.parse(busy.retryAt) > Date.now()).toBe(true);
    expect(missingTexts((await device.drafts.load(typed.session.key))!.minutes, typed.texts)).toEqual([]);
    await harness.faults({});
    const session = saved(await device.services.saveRecord(typed.session));
    expect(missingTexts(storedMinutes(await harness.state(), session), typed.texts)).toEqual([]);
  });
});
