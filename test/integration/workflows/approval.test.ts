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

    const view = await chair.approver.services.approvalView(chair.shown);
    expect(view).toMatchObject({ status: 'approved', notes: [], pdf: 'filed' });
    expect(view.approvedBy.sort()).toEqual(['Göran Öberg', 'Märta Ek']);
    expect(filesEnding(await harness.state(), sent, '.pdf')).toHaveLength(1);
  });

  it('writes the approval first: a PDF that cannot be made is shown missing and made later, never blocking', async () => {
    const sent = await sentForApproval();
    const chair = await shownTo(CHAIR, sent);
    saved(await chair.approver.services.approve(chair.shown));
    const adjuster = await shownTo(ADJUSTER, sent);
    await harness.faults({ rules: [{ method: 'PUT', path: '\\.pdf:/content$', status: 500, times: 1 }] });

    const outcome = await adjuster.approver.services.approve(adjuster.shown);
    expect(outcome).toMatchObject({
      kind: 'saved',
      plannerMessage: expect.stringMatching(/PDF-filen kunde inte göras/),
    });
    expect(await adjuster.approver.services.approvalView(adjuster.shown)).toMatchObject({
      status: 'approved',
      canApprove: false,
      pdf: 'missing',
    });
    expect(filesEnding(await harness.state(), sent, '.pdf')).toHaveLength(0);

    saved(await secretary.services.fileApprovedDocuments(sent));
    expect(await adjuster.approver.services.approvalView(adjuster.shown)).toMatchObject({ pdf: 'filed' });
    expect(filesEnding(await harness.state(), sent, '.pdf')).toHaveLength(1);
  });

  it('approves while PDF conversion fails (emulator mode), and makes the PDF once conversion works again', async () => {
    const sent = await sentForApproval();
    const chair = await shownTo(CHAIR, sent);
    saved(await chair.approver.services.approve(chair.shown));
    await harness.emu.control('/_emulator/modes', { pdfConversion: 'fail' });
    const adjuster = await shownTo(ADJUSTER, sent);

    expect(await adjuster.approver.services.approve(adjuster.shown)).toMatchObject({ kind: 'saved' });
    expect(await adjuster.approver.services.approvalView(adjuster.shown)).toMatchObject({
      status: 'approved',
      pdf: 'missing',
    });
    expect(await secretary.services.fileApprovedDocuments(sent)).toMatchObject({ kind: 'failed' });

    await harness.emu.control('/_emulator/modes', { pdfConversion: 'ok' });
    saved(await secretary.services.fileApprovedDocuments(sent));
    expect(await chair.approver.services.approvalView(chair.shown)).toMatchObject({ pdf: 'filed' });
  });

  it('writes the approval before a slow PDF conversion ends (emulator mode)', async () => {
    const sent = await sentForApproval();
    const chair = await shownTo(CHAIR, sent);
    saved(await chair.approver.services.approve(chair.shown));
    await harness.emu.control('/_emulator/modes', { pdfConversion: 'slow' });
    const adjuster = await shownTo(ADJUSTER, sent);

    let done = false;
    const approving = adjuster.approver.services.approve(adjuster.shown).finally(() => (done = true));
    const approvedEarly = async (): Promise<boolean> => {
      for (;;) {
        if (done) return false;
        const view = await chair.approver.services.approvalView(chair.shown);
        if (view.status === 'approved') return !done && view.pdf === 'missing';
      }
    };
    expect(await approvedEarly()).toBe(true);
    saved(await approving);
    expect(await chair.approver.services.approvalView(chair.shown)).toMatchObject({ pdf: 'filed' });
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
