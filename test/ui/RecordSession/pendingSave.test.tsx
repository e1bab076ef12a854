// @vitest-environment jsdom
// Issue 14: a save Graph cannot take yet stays pending. The status says, without technical text and in the user's
// language, when the app will try again, and at that time the record is saved by itself: nobody presses Save again.
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveStatus } from '../../../src/ui/RecordSession/SaveStatus';
import { useRecordSession } from '../../../src/ui/RecordSession/useRecordSession';
import type { UiLanguage } from '../../../src/ui/i18n/strings';
import { uiStrings } from '../../support/uiStrings';
import type { RecordSession, SaveOutcome } from '../../../src/contracts/records';
import { fakeServices, renderWith } from '../support/fakeServices';
import { sessionWith } from '../support/records';

/** The record screen's save, as small as it gets: the status and the Save button. */
function SaveBar({ initial, saveLabel }: { initial: RecordSession; saveLabel: string }) {
  const { saveState, save } = useRecordSession(initial);
  return (
    <>
      <SaveStatus state={saveState} />
      <button onClick={() => void save()}>{saveLabel}</button>
    </>
  );
}

// 10.00 in Stockholm; Graph names 10.02 as the time to try again.
const NOW = new Date('2026-11-28T09:00:00Z');
const RETRY_AT = '2026-11-28T09:02:00.000Z';

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe.each<UiLanguage>(['sv', 'en'])('a save Graph cannot take yet (%s)', (language) => {
  const strings = uiStrings[language];

  it('says when it will try next, and saves by itself then without Save being pressed', async () => {
    const session = sessionWith({ saved: true });
    const pending: SaveOutcome = {
      kind: 'failed',
      message: 'Microsoft Graph is busy',
      offline: false,
      retryAt: RETRY_AT,
    };
    const saveRecord = vi
      .fn<(s: RecordSession) => Promise<SaveOutcome>>()
      .mockResolvedValueOnce(pending)
      .mockImplementation(async (s) => ({ kind: 'saved', session: s }));
    const services = fakeServices({ saveRecord, persistDraft: vi.fn(async () => undefined) });
    renderWith(<SaveBar initial={session} saveLabel={strings.save} />, services, language);

    fireEvent.click(screen.getByRole('button', { name: strings.save }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(strings.savePending('10.02'));
    expect(status.textContent).not.toMatch(/Graph|busy|429|HTTP/i);
    expect(saveRecord).toHaveBeenCalledTimes(1);

    await act(async () => {
      await vi.advanceTimersByTimeAsync(119_000);
    });
    expect(saveRecord).toHaveBeenCalledTimes(1);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_000);
    });
    expect(saveRecord).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('status')).toHaveTextContent(strings.savedRemote('10.02'));
  });
});
