// What the formatting toolbar does: each button's command, the link popover's state and the Ctrl+K shortcut.
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  $getSelection,
  COMMAND_PRIORITY_NORMAL,
  FORMAT_TEXT_COMMAND,
  INDENT_CONTENT_COMMAND,
  KEY_MODIFIER_COMMAND,
  OUTDENT_CONTENT_COMMAND,
  type BaseSelection,
  type LexicalEditor,
  type TextFormatType,
} from 'lexical';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useToolbarState, type ToolbarState } from './useToolbarState';
import { $applyLink } from './link';

/** A small table to start from: a header row and two rows, two columns (post, amount). */
const SMALL_TABLE = { rows: '3', columns: '2', includeHeaders: { rows: true, columns: false } } as const;

export interface RichTextToolbarView {
  state: ToolbarState;
  /** Pressed state comes from the caret, not from clicks: the Toolbar is controlled. */
  checkedValues: Record<'format' | 'list' | 'link', string[]>;
  linkOpen: boolean;
  setLinkOpen(open: boolean): void;
  saveSelection(): void;
  handleLink(href: string | null): void;
  handleFormat(format: TextFormatType): void;
  handleList(type: 'bullet' | 'number'): void;
  handleIndent(deeper: boolean): void;
  handleInsertTable(): void;
}

// Ctrl+K (Cmd+K) opens the link form, as in Word and Outlook.
function useLinkShortcut(editor: LexicalEditor, openLink: () => void): void {
  useEffect(
    () =>
      editor.registerCommand(
        KEY_MODIFIER_COMMAND,
        (event) => {
          if (event.key.toLowerCase() !== 'k' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey)
            return false;
          event.preventDefault();
          openLink();
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor, openLink],
  );
}

export function useRichTextToolbar(): RichTextToolbarView {
  const [editor] = useLexicalComposerContext();
  const state = useToolbarState(editor);
  const [linkOpen, setLinkOpen] = useState(false);
  const savedSelection = useRef<BaseSelection | null>(null);

  // The link field takes focus from the editor, so the selection to link is kept aside first.
  const saveSelection = useCallback(() => {
    savedSelection.current = editor.getEditorState().read(() => $getSelection()?.clone() ?? null);
  }, [editor]);

  const openLink = useCallback(() => {
    saveSelection();
    setLinkOpen(true);
  }, [saveSelection]);
  useLinkShortcut(editor, openLink);

  // Every command hands the focus back to the text, so typing goes on where it was.
  const run = (command: () => void) => {
    command();
    editor.focus();
  };

  return {
    state,
    checkedValues: {
      format: (['bold', 'italic', 'underline', 'strikethrough'] as const).filter((format) => state[format]),
      list: state.listType === undefined ? [] : [state.listType],
      link: state.linkUrl === undefined ? [] : ['link'],
    },
    linkOpen,
    setLinkOpen,
    saveSelection,
    handleLink: (href) =>
      run(() => {
        editor.update(() => $applyLink(savedSelection.current, href));
        setLinkOpen(false);
      }),
    handleFormat: (format) => run(() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, format)),
    handleList: (type) =>
      run(() => {
        if (state.listType === type) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
        else
          editor.dispatchCommand(
            type === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND,
            undefined,
          );
      }),
    handleIndent: (deeper) =>
      run(() => editor.dispatchCommand(deeper ? INDENT_CONTENT_COMMAND : OUTDENT_CONTENT_COMMAND, undefined)),
    handleInsertTable: () => run(() => editor.dispatchCommand(INSERT_TABLE_COMMAND, SMALL_TABLE)),
  };
}
