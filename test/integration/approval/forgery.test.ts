// The four ways a tester with ordinary write access broke "an approval is bound to the exact content approved",
// replayed against the app: each must be refused with a clear message, and nothing false stamped into a document.
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../src/app/workflows/contentHash';
import { updateItem } from '../../../src/domain/editing';
import { restoreMinutes } from '../../../src/domain/restore';
import { paragraphsFromText } from '../../../src/domain/richtext';
import { ADJUSTER, CHAIR, MEMBER, SECRETARY } from '../../emulator/support';
import { filesEnding, saved, useSecretaryHarness } from '../workflows/harness';
import { edit, itemTitled } from '../workflows/meetingScript';
import { readRecordJson, uploadRecordJson, wordText } from './attacker';
import { approvers, sentForApproval } from './support';

const { harness, secretary } = useSecretaryHarness();
const { opened, approveAs } = approvers(harness);

const failedWith = (pattern: RegExp) => ({ kind: 'failed', message: expect.stringMatching(pattern) });

describe('an approval nobody can forge', () => {
  it('1: a member who made himself chair in the JSON gets no approve button, and his approval is refused', async () => {
    const sent = await sentForApproval(secretary());
    const json = await readRecordJson(harness().emu, MEMBER, sent);
    const member = (await harness().state()).users.find((u) => u.userPrincipalName === MEMBER)!;
    const mine = json.attendees.find((a) => a.directoryId === member.id);
    if (mine) mine.roles = ['chair'];
    else json.attendees.push({ key: member.id, directoryId: member.id, name: member.displayName, roles: ['chair'] });
    for (const other of json.attendees)
      if (other.directoryId !== member.id) other.roles = other.roles.filter((r) => r !== 'chair');
    await uploadRecordJson(harness().emu, MEMBER, sent, json);

    const { device, shown } = await opened(MEMBER, sent);
    const view = await device.services.approvalView(shown);
    expect(view.canApprove).toBe(false);
    expect(view.refusal).toMatch(/sparades av Jöns Ärlig.*inte av sekreteraren/);
    expect(await device.services.approve(shown)).toMatchObject(failedWith(/inte av sekreteraren/));
    expect(await approveAs(ADJUSTER, sent)).toMatchObject(failedWith(/inte av sekreteraren/));

    const adjuster = await opened(ADJUSTER, sent);
    const after = await adjuster.device.services.approvalView(adjuster.shown);
    expect(after.status).not.toBe('approved');
    expect(after.approvedBy).not.toContain(member.displayName);
    expect(filesEnding(await harness().state(), sent, '.pdf')).toHaveLength(0);
  });

  it('2: a real approval does not follow the content when the secretary changes it by hand and copies the hash', async () => {
    const sent = await sentForApproval(secretary());
    saved(await approveAs(CHAIR, sent));

    const json = await readRecordJson(harness().emu, SECRETARY, sent);
    const block = json.items.flatMap((i) => i.decisionBlocks).find((b) => b.decisions.length > 0)!;
    block.decisions[0]!.text = 'att avsätta 7 500 000 kr';
    const hash = await contentHash(restoreMinutes(json));
    for (const entry of json.approvals ?? []) entry.contentHash = hash;
    await uploadRecordJson(harness().emu, SECRETARY, sent, json);

    const adjuster = await opened(ADJUSTER, sent);
    const view = await adjuster.device.services.approvalView(adjuster.shown);
    expect(view.approvedBy).toEqual([]);
    expect(view.notes.join(' ')).toMatch(/Göran Öberg.*tidigare version/);
    saved(await adjuster.device.services.approve(adjuster.shown));
    const after = await adjuster.device.services.approvalView(adjuster.shown);
    expect(after.status).not.toBe('approved');
    expect(filesEnding(await harness().state(), sent, '.pdf')).toHaveLength(0);
  });

  it('3: forged approvals and status "approved" uploaded by a member are never stamped into Word', async () => {
    const sent = await sentForApproval(secretary());
    const json = await readRecordJson(harness().emu, MEMBER, sent);
    const users = (await harness().state()).users;
    const hash = await contentHash(restoreMinutes(json));
    json.approvals = [CHAIR, ADJUSTER].map((upn, i) => {
      const user = users.find((u) => u.userPrincipalName === upn)!;
      return {
        kind: 'approval',
        approverId: user.id,
        name: user.displayName,
        role: i === 0 ? 'chair' : 'adjuster',
        at: new Date().toISOString(),
        contentHash: hash,
      };
    });
    json.status = 'approved';
    await uploadRecordJson(harness().emu, MEMBER, sent, json);

    const reopened = await opened(SECRETARY, sent);
    const view = await reopened.device.services.approvalView(reopened.shown);
    expect(view.status).not.toBe('approved');
    expect(view.approvedBy).toEqual([]);
    const item = itemTitled(reopened.shown.minutes, 'Åsa punkt 1');
    saved(
      await reopened.device.services.saveRecord(
        edit(reopened.shown, (m, now) =>
          updateItem(m, item.id, { notes: paragraphsFromText('Sekreterarens ändring.') }, now),
        ),
      ),
    );
    const word = await wordText(harness().emu, SECRETARY, sent);
    expect(word).toContain('Sekreterarens ändring.');
    expect(word).not.toMatch(/Justerat/);

    // The chair can approve the secretary's own version: the record is not stuck.
    const chair = await opened(CHAIR, sent);
    expect(await chair.device.services.approvalView(chair.shown)).toMatchObject({ canApprove: true });
  });

  it('4: an edit after approval withdraws the approvals visibly, tells the approvers, and the stamp goes', async () => {
    const sent = await sentForApproval(secretary());
    saved(await approveAs(CHAIR, sent));
    saved(await approveAs(ADJUSTER, sent));
    expect(await wordText(harness().emu, SECRETARY, sent)).toMatch(/Justerat digitalt .* av /);

    const mine = await opened(SECRETARY, sent);
    expect(await mine.device.services.approvalView(mine.shown)).toMatchObject({ status: 'approved' });
    const item = itemTitled(mine.shown.minutes, 'Åsa punkt 2');
    const mailBefore = (await harness().state()).mail.length;
    saved(
      await mine.device.services.saveRecord(
        edit(mine.shown, (m, now) =>
          updateItem(m, item.id, { notes: paragraphsFromText('Ändrat efter justering.') }, now),
        ),
      ),
    );

    const word = await wordText(harness().emu, SECRETARY, sent);
    expect(word).toContain('Ändrat efter justering.');
    expect(word).not.toMatch(/Justerat/);
    const chair = await opened(CHAIR, sent);
    const view = await chair.device.services.approvalView(chair.shown);
    expect(view.status).not.toBe('approved');
    expect(view.canApprove).toBe(true);
    expect(view.notes.join(' ')).toMatch(/tidigare version/);
    const notices = (await harness().state()).mail.slice(mailBefore);
    expect(notices.map((m) => m.subject)).toEqual([expect.stringMatching(/Öppnat för ändringar/)]);
    expect(notices[0]!.toRecipients.map((r) => r.emailAddress.address).sort()).toEqual([ADJUSTER, CHAIR].sort());
  });
});
