// @vitest-environment jsdom
// A record's history as the workspace (an open session) and the archive (a record key) show it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RecordVersion } from '../../../src/contracts/archive';
import type { RecordSession } from '../../../src/contracts/records';
import { VersionHistory } from '../../../src/ui/Archive/VersionHistory';
import { fakeServices, renderWith } from '../support/fakeServices';

afterEach(cleanup);

const versions: RecordVersion[] = [
  { id: '3.0', savedAt: '2026-11-22T13:05:00Z', savedBy: 'Göran Öberg' },
  { id: '2.0', savedAt: '2026-11-20T15:40:00Z', savedBy: 'Åsa Lindqvist' },
  { id: '1.0', savedAt: '2026-11-20T14:10:00Z', savedBy: '' },
];

/** Only what the history reads of a session; the rest of the record does not matter here. */
function session(etag: string, revision: number): RecordSession {
  return {
    key: 'g/ical',
    remote: { driveId: 'drive', path: 'Protokoll/2026/x.minutes.json', itemId: 'item', etag },
    minutes: { revision },
    notices: [],
  } as unknown as RecordSession;
}

describe('VersionHistory', () => {
  it('lists who saved when, in Stockholm time, as the service orders them', async () => {
    renderWith(
      <VersionHistory session={session('e1', 1)} />,
      fakeServices({ recordHistory: vi.fn(async () => versions) }),
    );
    const list = await screen.findByRole('list', { name: 'Versionshistorik' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '2026-11-22 14:05Göran ÖbergVersion 3.0',
      '2026-11-20 16:40Åsa LindqvistVersion 2.0',
      '2026-11-20 15:10OkändVersion 1.0',
    ]);
  });

  it('reads again when the session is saved (a new ETag), not on every edit', async () => {
    const recordHistory = vi.fn(async () => versions);
    const { rerender } = renderWith(<VersionHistory session={session('e1', 1)} />, fakeServices({ recordHistory }));
    await screen.findByRole('list');
    rerender(<VersionHistory session={session('e1', 2)} />);
    rerender(<VersionHistory session={session('e1', 3)} />);
    expect(recordHistory).toHaveBeenCalledTimes(1);
    rerender(<VersionHistory session={session('e2', 4)} />);
    await screen.findByRole('list');
    expect(recordHistory).toHaveBeenCalledTimes(2);
  });

  it('opens the record first when given the archive key', async () => {
    const opened = session('e1', 1);
    const openRecord = vi.fn(async () => opened);
    const recordHistory = vi.fn(async () => versions.slice(0, 1));
    renderWith(
      <VersionHistory recordKey="drive:Protokoll/2026/x.minutes.json" />,
      fakeServices({ openRecord, recordHistory }),
    );
    expect(await screen.findByText('Göran Öberg')).toBeInTheDocument();
    expect(openRecord).toHaveBeenCalledWith({ kind: 'record', recordKey: 'drive:Protokoll/2026/x.minutes.json' });
    expect(recordHistory).toHaveBeenCalledWith(opened);
  });

  it('says when the record has never been saved, and offers a retry when reading fails', async () => {
    const recordHistory = vi
      .fn<(s: RecordSession) => Promise<RecordVersion[]>>()
      .mockRejectedValueOnce(new Error('Behörighet saknas'))
      .mockResolvedValue([]);
    renderWith(<VersionHistory session={session('e1', 1)} />, fakeServices({ recordHistory }), 'en');
    expect(await screen.findByText('Behörighet saknas')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('The record has not been saved to SharePoint yet.')).toBeInTheDocument();
  });
});
