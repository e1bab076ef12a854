// Attacks beyond the four the tester found: answers written into someone else's file, versions restored in
// SharePoint, a record deleted and created anew, stale pages and replayed approval links.
import { describe, expect, it } from 'vitest';
import { approvalFilePath } from '../../../src/app/records/recordPaths';
import { updateItem } from '../../../src/domain/editing';
import { paragraphsFromText } from '../../../src/domain/richtext';
import type { RecordSession } from '../../../src/contracts/records';
import { ADJUSTER, CHAIR, MEMBER, SECRETARY } from '../../emulator/support';
import { filesEnding, saved, useSecretaryHarness } from '../workflows/harness';
import { edit, itemTitled } from '../workflows/meetingScript';
import { readRecordJson, restoreVersion, uploadFile, uploadRecordJson, versionsOf, wordText } from './attacker';
import { approvers, sentForApproval } from './support';

const { harness, secretary } = useSecretaryHarness();
const { opened, approveAs, viewAs } = approvers(harness);

async function userId(upn: string): Promise<string> {
  return (await harness().state()).users.find((u) => u.userPrincipalName === upn)!.id;
}

/** The text of `upn`'s approval file of the record, as SharePoint holds it now. */
async function approvalText(session: RecordSession, upn: string): Promise<string> {
  const path = `/${approvalFilePath(session.remote.path, await userId(upn))}`;
  const file = (await harness().state()).drives.flatMap((d) => d.items).find((item) => item.path === path);
  if (!file?.content) throw new Error(`No approval file ${path}`);
  return file.content;
}

describe('more attacks on approval', () => {
  it("the chair's genuine answer copied into his file by someone else does not count, and says who wrote it", async () => {
    const sent = await sentForApproval(secretary());
    saved(await approveAs(CHAIR, sent));
    const genuine = await approvalText(sent, CHAIR);
    await uploadFile(harness().emu, MEMBER, sent, approvalFilePath(sent.remote.path, await userId(CHAIR)), genuine);

    const view = await viewAs(ADJUSTER, sent);
    expect(view.approvedBy).toEqual([]);
    expect(view.notes).toEqual([expect.stringMatching(/Göran Öbergs namn skrevs av Jöns Ärlig/)]);
  });

  it('a member cannot approve with an approval file of his own', async () => {
    const sent = await sentForApproval(secretary());
    saved(await approveAs(CHAIR, sent));
    const claim = JSON.parse(await approvalText(sent, CHAIR)) as Record<string, unknown>;
    const forged = JSON.stringify({ ...claim, role: 'adjuster' });
    await uploadFile(harness().emu, MEMBER, sent, approvalFilePath(sent.remote.path, await userId(MEMBER)), forged);

    const view = await viewAs(ADJUSTER, sent);
    expect(view).toMatchObject({ status: 'partial', approvedBy: ['Göran Öberg'], missing: ['adjuster'] });
    expect(view.notes).toEqual([expect.stringMatching(/Jöns Ärlig är inte ordförande eller justerare/)]);
    expect(filesEnding(await harness().state(), sent, '.pdf')).toHaveLength(0);
  });

  it('a version restored in SharePoint by a member is not approvable, and withdraws the approvals of the old one', async () => {
    const sent = await sentForApproval(secretary());
    saved(await approveAs(CHAIR, sent));
    saved(await approveAs(ADJUSTER, sent));
    expect(await viewAs(CHAIR, sent)).toMatchObject({ status: 'approved' });
    const versions = await versionsOf(harness().emu, MEMBER, sent);
    expect(await restoreVersion(harness().emu, MEMBER, sent, versions[versions.length - 1]!.id)).toBe(204);

    const view = await viewAs(CHAIR, sent);
    expect(view).toMatchObject({ status: 'none', canApprove: false });
    expect(view.refusal).toMatch(/sparades av Jöns Ärlig, inte av sekreteraren Åsa Lindqvist/);
    const chair = await opened(CHAIR, sent);
    expect(await chair.device.services.approve(chair.shown)).toMatchObject({
      kind: 'failed',
      message: expect.stringMatching(/inte av sekreteraren/),
    });
  });

  it('a version the secretary restores is a new version: the approvals of the earlier one do not follow it', async () => {
    const sent = await sentForApproval(secretary());
    saved(await approveAs(CHAIR, sent));
    const versions = await versionsOf(harness().emu, SECRETARY, sent);
    expect(await restoreVersion(harness().emu, SECRETARY, sent, versions[0]!.id)).toBe(204);

    const view = await viewAs(ADJUSTER, sent);
    expect(view).toMatchObject({ approvedBy: [], canApprove: true });
    expect(view.notes).toEqual([expect.stringMatching(/Göran Öberg gäller en tidigare version/)]);
  });

  it('a record deleted and uploaded anew by a member carries no approval over, and names him as its creator', async () => {
    const sent = await sentForApproval(secretary());
    saved(await approveAs(CHAIR, sent));
    saved(await approveAs(ADJUSTER, sent));
    const json = await readRecordJson(harness().emu, MEMBER, sent);
    const path = `/drives/${sent.remote.driveId}/root:/${sent.remote.path.split('/').map(encodeURIComponent).join('/')}`;
    expect((await harness().emu.graphFetch(path, { as: MEMBER, method: 'DELETE' })).status).toBe(204);
    await uploadRecordJson(harness().emu, MEMBER, sent, json);

    const view = await viewAs(CHAIR, sent);
    expect(view).toMatchObject({ status: 'none', approvedBy: [] });
    // SharePoint now names him as the record's creator: the approver is shown who that is (see README).
    expect(view.version.secretary).toBe('Jöns Ärlig');
    expect(view.notes.join(' ')).toMatch(/tidigare protokoll med samma namn/);
  });

  it('a page left open from an old approval mail cannot approve the text as it is now', async () => {
    const sent = await sentForApproval(secretary());
    const chair = await opened(CHAIR, sent);
    const item = itemTitled(sent.minutes, 'Åsa punkt 1');
    saved(
      await secretary().services.saveRecord(
        edit(sent, (m, now) => updateItem(m, item.id, { notes: paragraphsFromText('Ny lydelse.') }, now)),
      ),
    );
    expect(await chair.device.services.approve(chair.shown)).toMatchObject({
      kind: 'failed',
      message: expect.stringMatching(/ändrats sedan du öppnade det/),
    });
    expect(await viewAs(CHAIR, sent)).toMatchObject({ approvedBy: [] });
  });

  it('an old approval link opened again shows the version as it is now, and approving twice changes nothing', async () => {
    const sent = await sentForApproval(secretary());
    saved(await approveAs(CHAIR, sent));
    const again = await opened(CHAIR, sent);
    expect(await again.device.services.approvalView(again.shown)).toMatchObject({
      canApprove: false,
      approvedBy: ['Göran Öberg'],
    });
    // Replaying the approval itself (the same request again) writes the same answer: still one approval.
    saved(await again.device.services.approve(again.shown));
    expect(await viewAs(ADJUSTER, sent)).toMatchObject({ approvedBy: ['Göran Öberg'], notes: [] });
    const mail = (await harness().state()).mail.filter((m) => /För justering/.test(m.subject));
    expect(mail).toHaveLength(1);
    expect(await wordText(harness().emu, SECRETARY, sent)).not.toMatch(/Justerat/);
  });
});
