// Justering under concurrency: the chair and the adjuster get the mail at once and approve at once; an approver who
// read an older text cannot approve the new one.
import { describe, expect, it } from 'vitest';
import { updateItem } from '../../../src/domain/editing';
import { paragraphsFromText } from '../../../src/domain/richtext';
import { ADJUSTER, CHAIR } from '../../emulator/support';
import { filesEnding, useSecretaryHarness, storedMinutes, saved } from './harness';
import { edit, itemTitled } from './meetingScript';
import { approvers, sentForApproval } from '../approval/support';

const { harness, secretary } = useSecretaryHarness();
const { opened } = approvers(harness);

describe('approval', () => {
  it('counts both approvals when the chair and the adjuster approve at the same moment', async () => {
    const sent = await sentForApproval(secretary());
    const [chair, adjuster] = await Promise.all([opened(CHAIR, sent), opened(ADJUSTER, sent)]);

    const outcomes = await Promise.all([
      chair.device.services.approve(chair.shown),
      adjuster.device.services.approve(adjuster.shown),
    ]);
    expect(outcomes.map((o) => o.kind)).toEqual(['saved', 'saved']);

    const view = await chair.device.services.approvalView(chair.shown);
    expect(view).toMatchObject({ status: 'approved', notes: [], pdf: 'filed' });
    expect(view.approvedBy.sort()).toEqual(['Göran Öberg', 'Märta Ek']);
    expect(filesEnding(await harness().state(), sent, '.pdf')).toHaveLength(1);
  });

  it('writes the approval first: a PDF that cannot be made is shown missing and made later, never blocking', async () => {
    const sent = await sentForApproval(secretary());
    const chair = await opened(CHAIR, sent);
    saved(await chair.device.services.approve(chair.shown));
    const adjuster = await opened(ADJUSTER, sent);
    await harness().faults({ rules: [{ method: 'PUT', path: '\\.pdf:/content$', status: 500, times: 1 }] });

    const outcome = await adjuster.device.services.approve(adjuster.shown);
    expect(outcome).toMatchObject({
      kind: 'saved',
      plannerMessage: expect.stringMatching(/PDF-filen kunde inte göras/),
    });
    expect(await adjuster.device.services.approvalView(adjuster.shown)).toMatchObject({
      status: 'approved',
      canApprove: false,
      pdf: 'missing',
    });
    expect(filesEnding(await harness().state(), sent, '.pdf')).toHaveLength(0);

    saved(await secretary().services.fileApprovedDocuments(sent));
    expect(await adjuster.device.services.approvalView(adjuster.shown)).toMatchObject({ pdf: 'filed' });
    expect(filesEnding(await harness().state(), sent, '.pdf')).toHaveLength(1);
  });

  it('approves while PDF conversion fails (emulator mode), and makes the PDF once conversion works again', async () => {
    const sent = await sentForApproval(secretary());
    const chair = await opened(CHAIR, sent);
    saved(await chair.device.services.approve(chair.shown));
    await harness().emu.control('/_emulator/modes', { pdfConversion: 'fail' });
    const adjuster = await opened(ADJUSTER, sent);

    expect(await adjuster.device.services.approve(adjuster.shown)).toMatchObject({ kind: 'saved' });
    expect(await adjuster.device.services.approvalView(adjuster.shown)).toMatchObject({
      status: 'approved',
      pdf: 'missing',
    });
    expect(await secretary().services.fileApprovedDocuments(sent)).toMatchObject({ kind: 'failed' });

    await harness().emu.control('/_emulator/modes', { pdfConversion: 'ok' });
    saved(await secretary().services.fileApprovedDocuments(sent));
    expect(await chair.device.services.approvalView(chair.shown)).toMatchObject({ pdf: 'filed' });
  });

  it('writes the approval before a slow PDF conversion ends (emulator mode)', async () => {
    const sent = await sentForApproval(secretary());
    const chair = await opened(CHAIR, sent);
    saved(await chair.device.services.approve(chair.shown));
    await harness().emu.control('/_emulator/modes', { pdfConversion: 'slow' });
    const adjuster = await opened(ADJUSTER, sent);

    let done = false;
    const approving = adjuster.device.services.approve(adjuster.shown).finally(() => (done = true));
    const approvedEarly = async (): Promise<boolean> => {
      for (;;) {
        if (done) return false;
        const view = await chair.device.services.approvalView(chair.shown);
        if (view.status === 'approved') return !done && view.pdf === 'missing';
      }
    };
    expect(await approvedEarly()).toBe(true);
    saved(await approving);
    expect(await chair.device.services.approvalView(chair.shown)).toMatchObject({ pdf: 'filed' });
  });

  it('refuses an approval of a text that changed after the approver opened it, and writes nothing', async () => {
    const sent = await sentForApproval(secretary());
    const chair = await opened(CHAIR, sent);
    const item = itemTitled(sent.minutes, 'Åsa punkt 1');
    saved(
      await secretary().services.saveRecord(
        edit(sent, (m, now) => updateItem(m, item.id, { notes: paragraphsFromText('Ändrad efter utskick.') }, now)),
      ),
    );
    const before = storedMinutes(await harness().state(), sent);

    const outcome = await chair.device.services.approve(chair.shown);
    expect(outcome).toMatchObject({ kind: 'failed', offline: false });
    expect(storedMinutes(await harness().state(), sent)).toEqual(before);
  });
});
