// @vitest-environment jsdom
// The approval panel with the approval state as the services derive it from SharePoint: what the chair and the
// adjuster see, approving the version shown, asking for a change (a comment is required), a missing PDF, and a
// reader who may not approve.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ApprovalView } from '../../../src/contracts/approval';
import { ApprovalPanel } from '../../../src/ui/ApprovalPanel/ApprovalPanel';
import { uiStrings } from '../../support/uiStrings';
import { fakeServices, renderWith } from '../support/fakeServices';
import { approvalViewWith, sessionWith } from '../support/records';

afterEach(cleanup);

const enStrings = uiStrings.en;

const viewOf = approvalViewWith;

function open(views: ApprovalView[], handlers: { busy?: boolean } = {}) {
  const approvalView = vi.fn(async () => views[Math.min(approvalView.mock.calls.length - 1, views.length - 1)]!);
  const onApprove = vi.fn(async () => undefined);
  const onRequestChanges = vi.fn(async (_comment: string) => undefined);
  const onFileDocuments = vi.fn(async () => undefined);
  renderWith(
    <ApprovalPanel
      session={sessionWith({ saved: true })}
      busy={handlers.busy ?? false}
      onApprove={onApprove}
      onRequestChanges={onRequestChanges}
      onFileDocuments={onFileDocuments}
    />,
    fakeServices({ approvalView }),
  );
  return { approvalView, onApprove, onRequestChanges, onFileDocuments };
}

const panel = () => screen.findByRole('region', { name: 'Justering' });

describe('the approval panel', { timeout: 15_000 }, () => {
  it('names the version shown and who is still awaited', async () => {
    open([viewOf()]);
    const region = await panel();
    expect(
      within(region).getByText(
        'Version 3.0, sparad av Åsa Lindqvist 2026-11-20 15:05. Protokollet skapades av Åsa Lindqvist.',
      ),
    ).toBeInTheDocument();
    expect(within(region).getByText('Väntar på justering av ordförande, justerare')).toBeInTheDocument();
    expect(within(region).getByText('Du justerar version 3.0, precis som den visas nedan.')).toBeInTheDocument();
  });

  it('approves the version shown and asks Microsoft 365 again afterwards', async () => {
    const { approvalView, onApprove } = open([
      viewOf(),
      viewOf({ status: 'approved', approvedBy: ['Göran Öberg'], missing: [], canApprove: false, pdf: 'filed' }),
    ]);
    await userEvent.click(within(await panel()).getByRole('button', { name: 'Justera' }));
    expect(onApprove).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Justerat av Göran Öberg')).toBeInTheDocument();
    expect(approvalView).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('button', { name: 'Justera' })).toBeNull();
  });

  it('asks for a change only with a comment, then closes the comment box', async () => {
    const { onRequestChanges } = open([viewOf()]);
    const region = await panel();
    const toggle = within(region).getByRole('button', { name: 'Begär ändringar', expanded: false });
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const send = within(region)
      .getAllByRole('button', { name: 'Begär ändringar' })
      .find((button) => button !== toggle)!;
    await userEvent.click(send);
    expect(await within(region).findByText('Skriv vad som behöver ändras.')).toBeInTheDocument();
    expect(onRequestChanges).not.toHaveBeenCalled();

    await userEvent.type(within(region).getByRole('textbox', { name: /Vad behöver ändras\?/ }), '  Rätta § 14.  ');
    expect(within(region).queryByText('Skriv vad som behöver ändras.')).toBeNull();
    await userEvent.click(send);
    expect(onRequestChanges).toHaveBeenCalledWith('Rätta § 14.');
    await waitFor(() => expect(within(region).queryByRole('textbox')).toBeNull());
  });

  it('shows the requested changes and answers that do not count', async () => {
    open([
      viewOf({
        notes: ['Justeringen gällde version 2.0.'],
        changeRequests: [{ name: 'Karin Ek', comment: 'Fel datum i § 13.', at: '2026-11-20T14:30:00Z' }],
      }),
    ]);
    const region = await panel();
    expect(within(region).getByText('Justeringen gällde version 2.0.')).toBeInTheDocument();
    expect(within(region).getByText('Begär ändringar: Karin Ek')).toBeInTheDocument();
    expect(within(region).getByText('Fel datum i § 13.')).toBeInTheDocument();
  });

  it('makes the missing PDF of an approved record', async () => {
    const approved = viewOf({ status: 'approved', approvedBy: ['Göran Öberg', 'Karin Ek'], missing: [] });
    const { onFileDocuments, approvalView } = open([
      { ...approved, canApprove: false, pdf: 'missing' },
      { ...approved, canApprove: false, pdf: 'filed' },
    ]);
    const region = await panel();
    expect(within(region).getByText('Protokollet är justerat men PDF-filen är inte gjord ännu.')).toBeInTheDocument();
    await userEvent.click(within(region).getByRole('button', { name: 'Gör PDF' }));
    expect(onFileDocuments).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(within(region).queryByRole('button', { name: 'Gör PDF' })).toBeNull());
    expect(approvalView).toHaveBeenCalledTimes(2);
  });

  it('tells a reader who is not an approver that they cannot approve, with no buttons', async () => {
    open([viewOf({ canApprove: false, myRole: undefined })]);
    const region = await panel();
    expect(
      within(region).getByText('Du kan läsa protokollet men bara ordförande och justerare kan justera det.'),
    ).toBeInTheDocument();
    expect(within(region).queryByRole('button')).toBeNull();
  });

  it('says why the user cannot approve instead of the general note', async () => {
    open([viewOf({ canApprove: false, refusal: 'Du har redan justerat en annan version.' })]);
    const region = await panel();
    expect(within(region).getByText('Du har redan justerat en annan version.')).toBeInTheDocument();
    expect(within(region).queryByText(/bara ordförande och justerare/)).toBeNull();
  });

  it('says when notes nobody approves are filed', async () => {
    open([viewOf({ noApprovers: true, canApprove: false, filedAfter: '2026-11-27' })]);
    const region = await panel();
    expect(within(region).getByText(/arkiveras när invändningstiden gått ut, 2026-11-27/)).toBeInTheDocument();
    expect(within(region).queryByRole('button')).toBeNull();
  });

  it('waits for a save under way before answering', async () => {
    open([viewOf()], { busy: true });
    const region = await panel();
    expect(within(region).getByRole('button', { name: 'Justera' })).toBeDisabled();
    expect(within(region).getByRole('button', { name: 'Begär ändringar' })).toBeDisabled();
  });

  it('says in the user’s language when the approval state cannot be read', async () => {
    renderWith(
      <ApprovalPanel
        session={sessionWith({ saved: true })}
        busy={false}
        onApprove={vi.fn()}
        onRequestChanges={vi.fn()}
        onFileDocuments={vi.fn()}
      />,
      fakeServices({ approvalView: vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))) }),
      'en',
    );
    expect(await screen.findByText(enStrings.failure.network)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Approval' })).toBeNull();
  });
});
