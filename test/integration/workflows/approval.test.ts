// Justering under concurrency: the chair and the adjuster get the mail at once and approve at once; an approver who
// read an older text cannot approve the new one.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { recordKeyOf } from '../../../src/app/records/recordPaths';
import { updateItem } from '../../../src/domain/editing';
import { paragraphsFromText } from '../../../src/domain/richtext';
import type { RecordSession } from '../../../src/contracts/records';
import { ADJUSTER, CHAIR, SECRETARY } from '../../emulator/support';
import {
  filesEnding,
  openToday,
  startWorkflowHarness,
  storedMinutes,
  type Device,
  type WorkflowHarness,
  saved,
} from './harness';
import { edit, itemTitled, markAttendance, typeItems } from './meetingScript';

let harness: WorkflowHarness;
let secretary: Device;

beforeAll(async () => {
  harness = await startWorkflowHarness();
});
beforeEach(async () => {
  await harness.reset();
  secretary = await harness.signIn(SECRETARY);
});
afterAll(() => harness.close());

async function sentForApproval(): Promise<RecordSession> {
  const typed = await typeItems(
    secretary.services,
    await markAttendance(secretary.services, await openToday(secretary.services)),
    2,
    [],
  );
  return saved(await secretary.services.sendForApproval(typed.session));
}

async function shownTo(upn: string, session: RecordSession): Promise<{ approver: Device; shown: RecordSession }> {
  const approver = await harness.signIn(upn);
  return {
    approver,
    shown: await approver.services.openRecord({
      kind: 'record',
      recordKey: recordKeyOf(session.remote.driveId, session.remote.path),
    }),
  };
}

describe('approval', () => {
  it('counts both approvals when the chair and the adjuster approve at the same moment', async () => {
    const sent = await sentForApproval();
    const [chair, adjuster] = await Promise.all([shownTo(CHAIR, sent), shownTo(ADJUSTER, sent)]);

    const outcomes = await Promise.all([
      chair.approver.services.approve(chair.shown),
      adjuster.approver.services.approve(adjuster.shown),
    ]);
    expect(outcomes.map((o) => o.kind)).toEqual(['saved', 'saved']);

    const state = await harness.state();
    const stored = storedMinutes(state, sent);
    expect(stored.status).toBe('approved');
    expect(stored.approvals.map((a) => a.role).sort()).toEqual(['adjuster', 'chair']);
    const view = await chair.approver.services.approvalView({
      ...chair.shown,
      minutes: stored,
      remote: { ...chair.shown.remote },
    });
    expect(view).toMatchObject({ status: 'approved', stale: [], unverified: [] });
    expect(filesEnding(state, sent, '.pdf')).toHaveLength(1);
  });

  it('finishes an approval whose documents failed when the approver approves again: never approved without its PDF', async () => {
    const sent = await sentForApproval();
    const chair = await shownTo(CHAIR, sent);
    saved(await chair.approver.services.approve(chair.shown));
    const adjuster = await shownTo(ADJUSTER, sent);
    await harness.faults({ rules: [{ method: 'PUT', path: '\\.pdf:/content$', status: 500, times: 1 }] });

    expect(await adjuster.approver.services.approve(adjuster.shown)).toMatchObject({ kind: 'failed' });
    expect(storedMinutes(await harness.state(), sent).status).toBe('sentForApproval');

    const again = await adjuster.approver.services.openRecord({
      kind: 'record',
      recordKey: recordKeyOf(sent.remote.driveId, sent.remote.path),
    });
    expect(await adjuster.approver.services.approvalView(again)).toMatchObject({ canApprove: true });
    saved(await adjuster.approver.services.approve(again));
    const state = await harness.state();
    expect(storedMinutes(state, sent).status).toBe('approved');
    expect(filesEnding(state, sent, '.pdf')).toHaveLength(1);
  });

  it('refuses an approval of a text that changed after the approver opened it, and writes nothing', async () => {
    const sent = await sentForApproval();
    const chair = await shownTo(CHAIR, sent);
    const item = itemTitled(sent.minutes, 'Åsa punkt 1');
    saved(
      await secretary.services.saveRecord(
        edit(sent, (m, now) => updateItem(m, item.id, { notes: paragraphsFromText('Ändrad efter utskick.') }, now)),
      ),
    );
    const before = storedMinutes(await harness.state(), sent);

    const outcome = await chair.approver.services.approve(chair.shown);
    expect(outcome).toMatchObject({ kind: 'failed', offline: false });
    expect(storedMinutes(await harness.state(), sent)).toEqual(before);
  });
});
