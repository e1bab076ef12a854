// @vitest-environment jsdom
// Opening a meeting's record: a spinner while Microsoft 365 answers, the record once it has, what went wrong with a
// retry when it cannot, and local first: the device's copy at once with Microsoft 365's answer still on its way.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { OpenTarget, RecordSession } from '../../../src/contracts/records';
import { RecordLoader } from '../../../src/ui/RecordLoader/RecordLoader';
import { uiStrings } from '../../support/uiStrings';
import { fakeServices, renderWith } from '../support/fakeServices';
import { sessionWith } from '../support/records';

afterEach(cleanup);

const sv = uiStrings.sv;
const target: OpenTarget = { kind: 'event', eventId: 'event-styrgrupp' };

/** A promise the test settles when it chooses: Microsoft 365 answering late. */
function later<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** What the screen under the loader shows: the record's title and whether an answer is still to come. */
function Screen({ session, refreshed }: { session: RecordSession; refreshed?: Promise<RecordSession> }) {
  return (
    <p>
      {session.minutes.title} · {session.remote.itemId ? 'SharePoint' : 'enheten'}
      {refreshed ? ' · svar på väg' : ''}
    </p>
  );
}

function load(services: Parameters<typeof fakeServices>[0], localFirst = false) {
  renderWith(
    <RecordLoader target={target} groupId="group-styrgrupp" localFirst={localFirst}>
      {(session, refreshed) => <Screen session={session} refreshed={refreshed} />}
    </RecordLoader>,
    fakeServices(services),
  );
}

const remote = sessionWith({ saved: true });
const local = sessionWith({ saved: false });

describe('the record loader', { timeout: 15_000 }, () => {
  it('shows a spinner until Microsoft 365 answers, then the record, asking for the group given', async () => {
    const answer = later<RecordSession>();
    const openRecord = vi.fn(() => answer.promise);
    load({ openRecord });
    expect(screen.getByText(sv.loading)).toBeInTheDocument();
    answer.resolve(remote);
    expect(await screen.findByText(`${remote.minutes.title} · SharePoint`)).toBeInTheDocument();
    expect(screen.queryByText(sv.loading)).toBeNull();
    expect(openRecord).toHaveBeenCalledWith(target, { groupId: 'group-styrgrupp' });
  });

  it('says what went wrong in the user’s language, and opens the record on retry', async () => {
    const user = userEvent.setup();
    const openRecord = vi
      .fn<() => Promise<RecordSession>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValue(remote);
    load({ openRecord });
    expect(await screen.findByText(sv.errorTitle)).toBeInTheDocument();
    expect(screen.getByText(sv.failure.network)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: sv.retry }));
    expect(await screen.findByText(`${remote.minutes.title} · SharePoint`)).toBeInTheDocument();
    expect(screen.queryByText(sv.errorTitle)).toBeNull();
    expect(openRecord).toHaveBeenCalledTimes(2);
  });

  it('local first: shows the device’s copy at once and hands on Microsoft 365’s answer still to come', async () => {
    const answer = later<RecordSession>();
    load({ openRecord: vi.fn(() => answer.promise), openLocal: vi.fn(async () => local) }, true);
    expect(await screen.findByText(`${local.minutes.title} · enheten · svar på väg`)).toBeInTheDocument();
    // A failure of the answer is the screen's to show: the loader neither replaces the copy nor leaves it unhandled.
    answer.reject(new TypeError('Failed to fetch'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.getByText(`${local.minutes.title} · enheten · svar på väg`)).toBeInTheDocument();
    expect(screen.queryByText(sv.errorTitle)).toBeNull();
  });

  it('local first with the copy read before the screen: shows it in the first render, asks Microsoft 365 once idle', async () => {
    const answer = later<RecordSession>();
    const openRecord = vi.fn(() => answer.promise);
    const copy = sessionWith({ saved: false });
    const openLocal = vi.fn(async () => copy);
    load({ openRecord, openLocal, openedLocally: () => copy }, true);
    // Synchronously: no preview of the meeting and no spinner in between.
    expect(screen.getByText(`${copy.minutes.title} · enheten · svar på väg`)).toBeInTheDocument();
    expect(openLocal).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(openRecord).toHaveBeenCalledTimes(1));
    expect(openRecord).toHaveBeenCalledWith(target, { groupId: 'group-styrgrupp' });
  });

  it('local first without a copy on the device (or an unreadable one) waits for Microsoft 365', async () => {
    load(
      { openRecord: vi.fn(async () => remote), openLocal: vi.fn(async () => Promise.reject(new Error('idb'))) },
      true,
    );
    expect(await screen.findByText(`${remote.minutes.title} · SharePoint`)).toBeInTheDocument();
  });

  it('does not read the device’s copy unless the screen reconciles it', async () => {
    const openLocal = vi.fn(async () => local);
    load({ openRecord: vi.fn(async () => remote), openLocal });
    expect(await screen.findByText(`${remote.minutes.title} · SharePoint`)).toBeInTheDocument();
    expect(openLocal).not.toHaveBeenCalled();
  });

  const preview = {
    subject: 'Styrgrupp närvård',
    start: '2026-12-08T08:00:00Z',
    end: '2026-12-08T10:00:00Z',
    invitees: [
      { name: 'Göran Öberg', email: 'goran.oberg@asby.se' },
      { name: 'Åsa Lindqvist', email: 'Asa.Lindqvist@narvard.se' },
      { name: '<b>Märta</b>' },
    ],
  };

  it('local first without a copy: shows the meeting and its invitees, each with a presence switch, while the record opens', async () => {
    const answer = later<RecordSession>();
    const previewMeeting = vi.fn(async () => preview);
    load({ openRecord: vi.fn(() => answer.promise), openLocal: vi.fn(async () => undefined), previewMeeting }, true);
    const list = await screen.findByRole('region', { name: sv.attendance });
    expect(await screen.findByText('Styrgrupp närvård')).toBeInTheDocument();
    expect(screen.getByText('2026-12-08 09.00-11.00')).toBeInTheDocument();
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Göran Öberg', 'Åsa Lindqvist', '<b>Märta</b>']);
    expect(within(list).getByText(`${sv.invitedWhileOpening} (3)`)).toBeInTheDocument();
    expect(screen.getByText(sv.openingAttendance)).toBeInTheDocument();
    expect(previewMeeting).toHaveBeenCalledWith(target);

    await userEvent.click(screen.getByRole('switch', { name: sv.presenceOf('Åsa Lindqvist') }));
    expect(screen.getByRole('switch', { name: sv.presenceOf('Åsa Lindqvist') })).toBeChecked();
    expect(within(list).getByText(sv.presentCount(1))).toBeInTheDocument();

    // The record is open while she is ticking: it takes the invitees' place at a pause, not under her finger.
    answer.resolve(remote);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.getByRole('switch', { name: sv.presenceOf('Åsa Lindqvist') })).toBeChecked();
    expect(screen.queryByText(`${remote.minutes.title} · SharePoint`)).toBeNull();
    expect(await screen.findByText(`${remote.minutes.title} · SharePoint`, {}, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.queryByRole('switch', { name: sv.presenceOf('Åsa Lindqvist') })).toBeNull();
  });

  it('shows the invitees in its first render when the app has the event already', async () => {
    const previewedMeeting = vi.fn(() => preview);
    const previewMeeting = vi.fn(async () => preview);
    load(
      {
        openRecord: vi.fn(() => later<RecordSession>().promise),
        openLocal: vi.fn(async () => undefined),
        previewMeeting,
        previewedMeeting,
      },
      true,
    );
    expect(screen.getAllByRole('switch')).toHaveLength(3);
    expect(previewedMeeting).toHaveBeenCalledWith(target);
    expect(previewMeeting).not.toHaveBeenCalled();
  });

  it('keeps the spinner when the event cannot be previewed, and still opens the record', async () => {
    const answer = later<RecordSession>();
    load(
      {
        openRecord: vi.fn(() => answer.promise),
        openLocal: vi.fn(async () => undefined),
        previewMeeting: vi.fn(async () => Promise.reject(new Error('offline'))),
      },
      true,
    );
    expect(await screen.findByText(sv.loading)).toBeInTheDocument();
    answer.resolve(remote);
    expect(await screen.findByText(`${remote.minutes.title} · SharePoint`)).toBeInTheDocument();
  });
});
