// @vitest-environment jsdom
// The Outlook invite pane (and the approval link) as the chair sees it: no record yet, the record awaiting
// approval with its text, approving it, a failed answer, and the approval state that cannot be read, with a retry.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ApprovalView } from '../../../src/contracts/approval';
import type { RecordSession, SaveOutcome } from '../../../src/contracts/records';
import { ApprovalScreen } from '../../../src/ui/ApprovalScreen/ApprovalScreen';
import { uiStrings } from '../../support/uiStrings';
import { fakeServices, renderWith } from '../support/fakeServices';
import { approvalViewWith, sessionWith } from '../support/records';

afterEach(cleanup);

const sv = uiStrings.sv;

const pending = approvalViewWith();
const approved: ApprovalView = {
  ...pending,
  status: 'approved',
  approvedBy: ['Bo Ek', 'Cecilia Holm'],
  missing: [],
  canApprove: false,
  pdf: 'filed',
};

function openScreen(session: RecordSession, services: Parameters<typeof fakeServices>[0]) {
  renderWith(
    <ApprovalScreen initial={session} compact={false} />,
    fakeServices({ persistDraft: vi.fn(async () => undefined), ...services }),
  );
}

const region = () => screen.findByRole('region', { name: sv.approval });

describe('the approval screen', { timeout: 15_000 }, () => {
  it('says there is no record yet when the meeting has none in SharePoint', async () => {
    const approvalView = vi.fn(async () => pending);
    openScreen(sessionWith({ saved: false }), { approvalView });
    expect(screen.getByText(sv.noRecordForMeeting)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: sv.approve })).toBeNull();
    expect(approvalView).not.toHaveBeenCalled();
  });

  it('shows the record under its title, who is awaited, and its text to read', async () => {
    const session = sessionWith({ saved: true });
    openScreen(session, { approvalView: vi.fn(async () => pending) });
    expect(screen.getByRole('heading', { name: `${sv.approval}: ${session.minutes.title}` })).toBeInTheDocument();
    expect(screen.getByText(sv.loading)).toBeInTheDocument();
    expect(
      await within(await region()).findByText(sv.waitingFor('ordförande, justerare'), { exact: false }),
    ).toBeInTheDocument();
    const record = screen.getByRole('article');
    expect(within(record).getByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(within(record).queryByRole('textbox')).toBeNull();
  });

  it('approves the version shown, says it is saved and then shows it approved', async () => {
    const user = userEvent.setup();
    const session = sessionWith({ saved: true });
    const views = [pending, approved];
    const approvalView = vi.fn(async () => views[Math.min(approvalView.mock.calls.length - 1, 1)]!);
    const approve = vi.fn(async (s: RecordSession): Promise<SaveOutcome> => ({
      kind: 'saved',
      session: { ...s, remote: { ...s.remote, etag: '"e2"' } },
    }));
    openScreen(session, { approvalView, approve });
    await user.click(await within(await region()).findByRole('button', { name: sv.approve }));
    expect(approve).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(sv.approvedBy('Bo Ek, Cecilia Holm'))).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/Sparat i SharePoint/);
    expect(screen.queryByRole('button', { name: sv.approve })).toBeNull();
  });

  it('says why an answer could not be saved, keeping the record on screen', async () => {
    const user = userEvent.setup();
    const session = sessionWith({ saved: true });
    const approve = vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')));
    openScreen(session, { approvalView: vi.fn(async () => pending), approve });
    await user.click(await within(await region()).findByRole('button', { name: sv.approve }));
    expect(await screen.findByRole('status')).toHaveTextContent(sv.saveFailed(sv.failure.network));
    expect(within(await region()).getByRole('button', { name: sv.approve })).toBeEnabled();
  });

  it('says when the approval state cannot be read, and reads it again on retry', async () => {
    const user = userEvent.setup();
    const approvalView = vi
      .fn<() => Promise<ApprovalView>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValue(pending);
    openScreen(sessionWith({ saved: true }), { approvalView });
    expect(await screen.findByText(sv.failure.network)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: sv.retry }));
    expect(await within(await region()).findByRole('button', { name: sv.approve })).toBeEnabled();
    expect(screen.queryByText(sv.failure.network)).toBeNull();
    expect(approvalView).toHaveBeenCalledTimes(2);
  });
});
