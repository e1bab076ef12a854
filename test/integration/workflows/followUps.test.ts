// "Hänt sedan sist" (issue 17): the next meeting's record opens without asking Planner, with the previous record's
// assignments and their tasks; what became of each task is asked when the follow-up list shows.
import { describe, expect, it } from 'vitest';
import { allAssignments } from '../../../src/domain/assignments';
import type { AppServices } from '../../../src/contracts/appServices';
import { openToday, useSecretaryHarness } from './harness';
import { directoryAssignees, typeItems } from './meetingScript';
import { calls } from './plannerChecks';

const { harness, secretary } = useSecretaryHarness();
const DAY = 24 * 3600_000;

async function nextMeeting(services: AppServices, subject = 'Styrgrupp närvård'): Promise<string> {
  const start = new Date(Date.now() + DAY);
  const next = (await services.listMeetings({ start, end: new Date(start.getTime() + 40 * DAY) })).find(
    (m) => m.subject === subject,
  );
  if (!next) throw new Error(`No upcoming "${subject}"`);
  return next.eventId;
}

describe('follow-ups of the previous record', () => {
  it('opens the next meeting without reading Planner, and then tells done, in progress and deleted tasks', async () => {
    const { services, gateways } = secretary();
    const typed = await typeItems(
      services,
      await openToday(services),
      3,
      directoryAssignees(await harness().state(), 3),
    );
    const outcome = await services.saveRecord(typed.session);
    if (outcome.kind !== 'saved') throw new Error(`Expected saved, got ${outcome.kind}`);
    const links = allAssignments(outcome.session.minutes).map(({ assignment }) => assignment.planner!);
    expect(links).toHaveLength(3);

    const since = (await harness().requests()).length;
    const next = await services.openRecord({ kind: 'event', eventId: await nextMeeting(services) });
    const plannerReads = calls((await harness().requests()).slice(since)).filter((c) => c.path.startsWith('/planner/'));
    expect(plannerReads).toEqual([]);
    const followUps = next.previous?.followUps ?? [];
    expect(followUps.map((f) => f.taskId)).toEqual(links.map((link) => link.taskId));
    expect(followUps.every((f) => f.percentComplete === undefined && !f.missing)).toBe(true);

    const [done, started, deleted] = await Promise.all(links.map((link) => gateways.planner.getTask(link.taskId)));
    await gateways.planner.updateTask(done!.id, done!.etag, { percentComplete: 100 });
    await gateways.planner.updateTask(started!.id, started!.etag, { percentComplete: 50 });
    await gateways.planner.deleteTask(deleted!.id, deleted!.etag);

    const progress = await services.followUpProgress(followUps);
    expect(progress.map((f) => [f.text, f.percentComplete, f.missing])).toEqual([
      [followUps[0]!.text, 100, undefined],
      [followUps[1]!.text, 50, undefined],
      [followUps[2]!.text, undefined, true],
    ]);
  });
});
