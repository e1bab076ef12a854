// Planner's limits (emulator mode plannerLimits, on by default): the meeting buckets stay well inside the 200 a plan
// allows, and a full plan never stops the record from being saved; the message names the limit in the user's words.
import { describe, expect, it } from 'vitest';
import { BUCKET_BUDGET } from '../../../src/app/workflows/meetingBucket';
import { bucketName } from '../../../src/domain/assignments';
import { allAssignments } from '../../../src/domain/assignments';
import { uiStrings } from '../../support/uiStrings';
import { explainPlannerLimits } from '../../../src/ui/RecordSession/plannerLimitText';
import type { RecordSession } from '../../../src/contracts/records';
import { openToday, storedMinutes, useSecretaryHarness } from './harness';
import { directoryAssignees, typeItems } from './meetingScript';

const { harness, secretary } = useSecretaryHarness();

interface PlannerState {
  planner: { buckets: { id: string; planId: string; name: string }[]; tasks: { bucketId: string }[] };
}

async function withAssignments(): Promise<RecordSession> {
  const state = await harness().state();
  return (await typeItems(secretary().services, await openToday(secretary().services), 2, directoryAssignees(state, 2)))
    .session;
}

/** Twenty at a time, as a client may send them: 200 sequential POSTs would cost more than the behaviour under test. */
async function fill(planId: string, names: string[]): Promise<void> {
  for (let start = 0; start < names.length; start += 20) {
    const replies = await Promise.all(
      names
        .slice(start, start + 20)
        .map((name) => harness().emu.graphFetch('/planner/buckets', { method: 'POST', body: { planId, name } })),
    );
    expect(replies.map((reply) => reply.status)).toEqual(replies.map(() => 201));
  }
}

const bucketsOf = async (planId: string) =>
  ((await harness().state()) as unknown as PlannerState).planner.buckets.filter((bucket) => bucket.planId === planId);

describe('meeting buckets within Planner’s limits', () => {
  it('removes its own empty meeting buckets, oldest first, before a plan passes the budget', async () => {
    const session = await withAssignments();
    const planId = session.settings.planId!;
    const used = (
      await harness().emu.graphFetch('/planner/buckets', {
        method: 'POST',
        body: { planId, name: '2019-12-31 Styrgrupp närvård' },
      })
    ).json<{ id: string }>().id;
    await harness().emu.graphFetch('/planner/tasks', {
      method: 'POST',
      body: { planId, bucketId: used, title: 'Kvar' },
    });
    const existing = (await bucketsOf(planId)).length;
    const empty = Array.from(
      { length: BUCKET_BUDGET - existing - 5 },
      (_, i) => `${new Date(Date.UTC(2020, 0, 1 + 7 * i)).toISOString().slice(0, 10)} Styrgrupp närvård`,
    );
    await fill(planId, [...empty, 'Att göra', 'Pågår', 'Klart', 'Idéer', 'Väntar']);
    expect((await bucketsOf(planId)).length).toBe(BUCKET_BUDGET);

    const outcome = await secretary().services.saveRecord(session);
    expect(outcome.kind).toBe('saved');
    const after = await bucketsOf(planId);
    expect(after.length).toBeLessThanOrEqual(BUCKET_BUDGET);
    const names = after.map((bucket) => bucket.name);
    expect(names).toContain(bucketName(session.minutes));
    expect(names).toEqual(expect.arrayContaining(['2019-12-31 Styrgrupp närvård', 'Att göra', 'Pågår', 'Klart']));
    expect(names).not.toContain(empty[0]);
  });

  it('saves the record when the plan is full, keeps the assignments pending and names the limit in Swedish', async () => {
    const session = await withAssignments();
    const planId = session.settings.planId!;
    const existing = (await bucketsOf(planId)).length;
    await fill(
      planId,
      Array.from({ length: 200 - existing }, (_, i) => `Projekt ${i}`),
    );

    const outcome = await secretary().services.saveRecord(session);
    if (outcome.kind !== 'saved') throw new Error(`expected saved, got ${outcome.kind}`);
    expect(outcome.plannerMessage).toMatch(/MaximumBucketsInProject/);
    expect(explainPlannerLimits(outcome.plannerMessage!, uiStrings.sv)).toMatch(/Planner tillåter 200 buckets/);
    expect(explainPlannerLimits(outcome.plannerMessage!, uiStrings.en)).toMatch(/Planner allows 200 buckets/);
    const stored = storedMinutes(await harness().state(), outcome.session);
    expect(allAssignments(stored).map(({ assignment }) => assignment.planner)).toEqual([undefined, undefined]);
    expect(allAssignments(stored).every(({ assignment }) => assignment.sync.state !== 'synced')).toBe(true);
  });
});
