// @vitest-environment jsdom
// Typing: jsdom has no real selection or beforeinput, so user-event keystrokes do not reach
// Lexical. These tests focus the editor and dispatch Lexical's own commands instead — the ones
// its keyboard handling dispatches (text insertion, Tab, space, paste, Ctrl+K) — through the
// editor found from the rendered textbox.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import {
  $getRoot,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  getNearestEditorFromDOMNode,
  KEY_MODIFIER_COMMAND,
  KEY_SPACE_COMMAND,
  KEY_TAB_COMMAND,
  PASTE_COMMAND,
  type LexicalEditor,
} from 'lexical';
import type { RichText } from '../../../src/domain/model';
import {
  flushPendingChanges,
  htmlToRichText,
  RichTextEditor,
  richTextEditorStringsSv,
} from '../../../src/ui/RichTextEditor';
import { hasOnlySafeLinks } from './safety';
import wordLists from './fixtures/word-lists.html?raw';
import hostile from './fixtures/hostile.html?raw';

const strings = richTextEditorStringsSv;
const LABEL = 'Anteckningar för § 14';

interface EditorProps {
  value?: RichText;
  compact?: boolean;
  resetKey?: string;
}

function editorView(props: EditorProps = {}) {
  const onChange = vi.fn<(value: RichText) => void>();
  const ui = (next: EditorProps) => (
    <FluentProvider theme={webLightTheme}>
      <RichTextEditor
        value={next.value ?? []}
        onChange={onChange}
        label={LABEL}
        placeholder="Skriv anteckningar…"
        compact={next.compact}
        strings={strings}
        resetKey={next.resetKey}
      />
    </FluentProvider>
  );
  const view = render(ui(props));
  const textbox = screen.getByRole('textbox', { name: LABEL });
  const editor = getNearestEditorFromDOMNode(textbox) as LexicalEditor;
  // What the owner has once the editor hands its text over (it does so after a pause in the typing).
  const lastValue = (): RichText | undefined => {
    act(() => flushPendingChanges());
    return onChange.mock.lastCall?.[0];
  };
  return { view, textbox, editor, onChange, lastValue, rerender: (next: EditorProps) => view.rerender(ui(next)) };
}

/** Inserts text at the caret, as Lexical does for a keystroke; `atEnd` first puts the caret at the end. */
async function typeText(editor: LexicalEditor, text: string, atEnd = true) {
  await act(async () => {
    if (atEnd) editor.update(() => $getRoot().selectEnd(), { discrete: true });
    editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, text);
  });
}

function keyEvent(init: KeyboardEventInit): KeyboardEvent {
  return new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
}

function clipboardEvent(data: Record<string, string>): ClipboardEvent {
  // jsdom has neither ClipboardEvent nor DataTransfer; the plugin reads only these two members.
  return {
    clipboardData: { getData: (type: string) => data[type] ?? '' },
    preventDefault: () => undefined,
  } as unknown as ClipboardEvent;
}

async function paste(editor: LexicalEditor, data: Record<string, string>) {
  await act(async () => {
    editor.update(() => $getRoot().selectEnd(), { discrete: true });
    editor.dispatchCommand(PASTE_COMMAND, clipboardEvent(data));
  });
}

beforeAll(() => {
  // jsdom lays nothing out; Lexical measures the caret's range to scroll it into view.
  Range.prototype.getBoundingClientRect ??= () => new DOMRect();
});

describe('RichTextEditor', () => {
  // Vitest runs without globals here, so Testing Library cannot register its own cleanup.
  afterEach(cleanup);

  it('renders an accessible multi-line textbox named by label, holding the initial value', async () => {
    const { textbox, onChange } = editorView({ value: [{ type: 'paragraph', content: [{ text: 'Mötet öppnas.' }] }] });
    expect(textbox).toHaveAttribute('contenteditable', 'true');
    expect(textbox).toHaveAttribute('aria-multiline', 'true');
    expect(await within(textbox).findByText('Mötet öppnas.')).toBeInTheDocument();
    // Opening a record is not an edit.
    expect(onChange).not.toHaveBeenCalled();
  });

  it('emits onChange with the typed text (via CONTROLLED_TEXT_INSERTION_COMMAND)', async () => {
    const { editor, lastValue } = editorView();
    await typeText(editor, 'Hej på er 👋');
    expect(lastValue()).toEqual([{ type: 'paragraph', content: [{ text: 'Hej på er 👋' }] }]);
  });

  it('names every toolbar button; compact mode keeps bold, bullets and link', () => {
    editorView();
    const toolbar = screen.getByRole('toolbar', { name: strings.toolbar });
    const names = [
      strings.bold,
      strings.italic,
      strings.underline,
      strings.strike,
      strings.bulletList,
      strings.numberedList,
      strings.outdent,
      strings.indent,
      strings.link,
      strings.insertTable,
    ];
    for (const name of names) expect(within(toolbar).getByRole('button', { name })).toBeInTheDocument();
    cleanup();

    editorView({ compact: true });
    const compact = screen.getByRole('toolbar', { name: strings.toolbar });
    expect(
      within(compact)
        .getAllByRole('button')
        .map((button) => button.getAttribute('aria-label') ?? button.textContent),
    ).toEqual([strings.bold, strings.bulletList, strings.link]);
  });

  it('the bold and bulleted-list buttons format the selection', async () => {
    const user = userEvent.setup();
    const { editor, lastValue } = editorView({ value: [{ type: 'paragraph', content: [{ text: 'Beslut' }] }] });
    await act(async () => editor.update(() => $getRoot().select(0, $getRoot().getChildrenSize()), { discrete: true }));
    await user.click(screen.getByRole('button', { name: strings.bold }));
    expect(lastValue()).toEqual([{ type: 'paragraph', content: [{ text: 'Beslut', bold: true }] }]);
    await user.click(screen.getByRole('button', { name: strings.bulletList }));
    expect(lastValue()).toEqual([
      { type: 'list', ordered: false, items: [{ content: [{ text: 'Beslut', bold: true }] }] },
    ]);
    expect(screen.getByRole('button', { name: strings.bulletList })).toHaveAttribute('aria-pressed', 'true');
  });

  it('Tab nests a list item and Shift+Tab un-nests it; outside a list Tab is left to the browser', async () => {
    const list: RichText = [
      { type: 'list', ordered: false, items: [{ content: [{ text: 'Ett' }] }, { content: [{ text: 'Två' }] }] },
    ];
    const { editor, lastValue } = editorView({ value: list });
    await act(async () => editor.update(() => $getRoot().selectEnd(), { discrete: true }));
    let handled = false;
    await act(async () => {
      handled = editor.dispatchCommand(KEY_TAB_COMMAND, keyEvent({ key: 'Tab' }));
    });
    expect(handled).toBe(true);
    expect(lastValue()).toEqual([
      {
        type: 'list',
        ordered: false,
        items: [
          {
            content: [{ text: 'Ett' }],
            children: [{ type: 'list', ordered: false, items: [{ content: [{ text: 'Två' }] }] }],
          },
        ],
      },
    ]);
    await act(async () => {
      editor.dispatchCommand(KEY_TAB_COMMAND, keyEvent({ key: 'Tab', shiftKey: true }));
    });
    expect(lastValue()).toEqual(list);
    cleanup();

    const plain = editorView({ value: [{ type: 'paragraph', content: [{ text: 'Stycke' }] }] });
    await act(async () => plain.editor.update(() => $getRoot().selectEnd(), { discrete: true }));
    await act(async () => {
      handled = plain.editor.dispatchCommand(KEY_TAB_COMMAND, keyEvent({ key: 'Tab' }));
    });
    expect(handled).toBe(false);
  });

  it('"- " at the start of a paragraph starts a bulleted list', async () => {
    const { editor, lastValue } = editorView();
    await typeText(editor, '-');
    await act(async () => {
      editor.dispatchCommand(KEY_SPACE_COMMAND, keyEvent({ key: ' ' }));
    });
    await typeText(editor, 'punkt', false);
    expect(lastValue()).toEqual([{ type: 'list', ordered: false, items: [{ content: [{ text: 'punkt' }] }] }]);
  });

  it('pasting Word HTML keeps nested lists, and hostile HTML leaves only text and safe links', async () => {
    const { editor, lastValue } = editorView();
    await paste(editor, { 'text/html': wordLists, 'text/plain': 'ignored' });
    // Exactly the importer's RichText (tested on its own in pasteWord.test), through Lexical and back.
    expect(lastValue()).toEqual(htmlToRichText(wordLists));
    expect(lastValue()?.map((block) => block.type)).toEqual(['paragraph', 'list', 'paragraph', 'list']);
    cleanup();

    const second = editorView();
    await paste(second.editor, { 'text/html': hostile, 'text/plain': '' });
    const safe = second.lastValue() ?? [];
    expect(hasOnlySafeLinks(safe)).toBe(true);
    expect(second.textbox.querySelector('script, iframe, img, style, [onerror], [onclick]')).toBeNull();
    for (const anchor of Array.from(second.textbox.querySelectorAll('a')))
      expect(anchor.getAttribute('href')).toMatch(/^(https:|mailto:)/);
  });

  it('pastes 100 KB of plain text without stalling and round-trips it', async () => {
    const lines = Array.from(
      { length: 1600 },
      (_, index) => `Rad ${index}: Närvårdskontoret sammankallar gruppen, åäö 👍 ${'x'.repeat(20)}`,
    );
    const text = lines.join('\n');
    expect(text.length).toBeGreaterThan(100_000);
    const { editor, lastValue } = editorView();
    const started = performance.now();
    await paste(editor, { 'text/plain': text });
    const elapsed = performance.now() - started;
    expect(lastValue()).toEqual(lines.map((line) => ({ type: 'paragraph', content: [{ text: line }] })));
    // jsdom is far slower than a browser; this only guards against pathological (quadratic) work.
    expect(elapsed).toBeLessThan(15_000);
    console.info(`100 KB paste in jsdom: ${Math.round(elapsed)} ms`);
  });

  it('a new resetKey re-initialises the editor with the new value', async () => {
    const { textbox, rerender } = editorView({
      value: [{ type: 'paragraph', content: [{ text: 'Punkt 1' }] }],
      resetKey: 'a',
    });
    expect(await within(textbox).findByText('Punkt 1')).toBeInTheDocument();
    rerender({ value: [{ type: 'paragraph', content: [{ text: 'Punkt 2' }] }], resetKey: 'b' });
    const next = screen.getByRole('textbox', { name: LABEL });
    expect(await within(next).findByText('Punkt 2')).toBeInTheDocument();
    expect(within(next).queryByText('Punkt 1')).toBeNull();
  });

  it('Ctrl+K opens the link form with an address field', async () => {
    const { editor } = editorView({ value: [{ type: 'paragraph', content: [{ text: 'Rapport' }] }] });
    await act(async () => {
      editor.update(() => $getRoot().select(0, 1), { discrete: true });
      editor.dispatchCommand(KEY_MODIFIER_COMMAND, keyEvent({ key: 'k', ctrlKey: true }));
    });
    expect(await screen.findByRole('textbox', { name: strings.linkAddress })).toBeInTheDocument();
  });
});
