// @vitest-environment jsdom
// Issue 17: the notes editor hands its text to the record after a pause in the typing, not in every keystroke's
// frame. Nothing typed may wait on that pause to be kept: right after a key, the draft written when the page is hidden
// (pagehide, a tab switch), a save, the editor losing focus or going away (another item, another tab) all have the
// key, and with no such event the draft has it within a second of the last key.
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { $getRoot, CONTROLLED_TEXT_INSERTION_COMMAND, getNearestEditorFromDOMNode, type LexicalEditor } from 'lexical';
import type { RecordSession, SaveOutcome } from '../../../src/contracts/records';
import { ItemEditor } from '../../../src/ui/ItemEditor/ItemEditor';
import { useRecordSession } from '../../../src/ui/RecordSession/useRecordSession';
import { fakeServices, renderWith } from '../support/fakeServices';
import { sessionWith } from '../support/records';

const TYPED = 'Regionen återkommer i mars';

/** One item's card in a record session, a Save button, and a button that shows another view instead of the card. */
function Workspace({ initial }: { initial: RecordSession }) {
  const { session, edit, save } = useRecordSession(initial);
  const [shown, setShown] = useState(true);
  const item = session.minutes.items.find((candidate) => candidate.kind === 'regular');
  return (
    <>
      {shown && item && (
        <ItemEditor
          record={{
            language: 'sv',
            groupName: 'Styrgrupp närvård',
            decisionLead: 'Styrgrupp närvård beslutar att:',
            itemCount: session.minutes.items.length,
            attendees: session.minutes.attendees,
          }}
          item={item}
          label="§ 15"
          index={0}
          compact={false}
          onEdit={edit}
        />
      )}
      <button onClick={() => void save()}>Spara</button>
      <button onClick={() => setShown(false)}>Närvaro</button>
    </>
  );
}

function renderWorkspace() {
  const persistDraft = vi.fn(async (_: RecordSession) => undefined);
  const persistDraftNow = vi.fn((_: RecordSession) => undefined);
  const saveRecord = vi.fn(async (s: RecordSession): Promise<SaveOutcome> => ({ kind: 'saved', session: s }));
  renderWith(<Workspace initial={sessionWith()} />, fakeServices({ persistDraft, persistDraftNow, saveRecord }));
  const textbox = screen.getByRole('textbox', { name: 'Anteckningar för § 15' });
  const editor = getNearestEditorFromDOMNode(textbox) as LexicalEditor;
  /** A keystroke's worth of text at the end of the notes, as Lexical inserts it (committed in a microtask). */
  const type = (text: string) =>
    act(async () => {
      editor.update(() => $getRoot().selectEnd(), { discrete: true });
      editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, text);
    });
  const has = (mock: { mock: { calls: [RecordSession][] } }) =>
    mock.mock.calls.some(([s]) => JSON.stringify(s.minutes.items).includes(TYPED));
  const after = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
  return { textbox, type, has, after, persistDraft, persistDraftNow, saveRecord };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  Range.prototype.getBoundingClientRect ??= () => new DOMRect();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the notes typed into an item', { timeout: 15_000 }, () => {
  it('are not handed to the record in the keystroke, and are in the draft within a second of the last key', async () => {
    const view = renderWorkspace();
    await view.type(TYPED);
    await view.after(100);
    expect(view.has(view.persistDraft)).toBe(false);
    await view.after(900);
    expect(view.has(view.persistDraft)).toBe(true);
  });

  it('are in the draft written at once when the page is hidden right after a key (pagehide)', async () => {
    const view = renderWorkspace();
    await view.type(TYPED);
    fireEvent(window, new Event('pagehide'));
    expect(view.has(view.persistDraftNow)).toBe(true);
  });

  it('are in the draft written at once when Teams switches tab right after a key (visibilitychange)', async () => {
    const view = renderWorkspace();
    await view.type(TYPED);
    fireEvent(document, new Event('visibilitychange'));
    expect(view.has(view.persistDraftNow)).toBe(true);
  });

  it('are in a save started right after a key', async () => {
    const view = renderWorkspace();
    await view.type(TYPED);
    // A click that leaves the focus where it was (jsdom's), so only the save itself can ask for the text.
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await view.after(0);
    expect(view.saveRecord).toHaveBeenCalledTimes(1);
    expect(view.has(view.saveRecord)).toBe(true);
  });

  it('reach the record when the editor loses focus, without waiting for the pause', async () => {
    const view = renderWorkspace();
    act(() => view.textbox.focus());
    await view.type(TYPED);
    act(() => view.textbox.blur());
    // The draft's own 250 ms, not the pause's as well.
    await view.after(250);
    expect(view.has(view.persistDraft)).toBe(true);
  });

  it('reach the record when the editor goes away right after a key (another view)', async () => {
    const view = renderWorkspace();
    await view.type(TYPED);
    fireEvent.click(screen.getByRole('button', { name: 'Närvaro' }));
    expect(screen.queryByRole('textbox', { name: 'Anteckningar för § 15' })).not.toBeInTheDocument();
    await view.after(250);
    expect(view.has(view.persistDraft)).toBe(true);
  });

  it('reach the draft every two seconds while she types without a pause', async () => {
    const view = renderWorkspace();
    for (let key = 0; key < 20; key += 1) {
      await view.type(key === 0 ? TYPED : 'x');
      await view.after(100);
    }
    // 2 s of typing, a key every 100 ms: never a pause, yet the draft has the start of it.
    await view.after(250);
    expect(view.has(view.persistDraft)).toBe(true);
  });
});
