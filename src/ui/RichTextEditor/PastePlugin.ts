// Every paste goes through RichText: Lexical's own HTML import is never reached, so the editor
// can hold nothing a record cannot, and the sanitiser sees everything that comes in.
import { useEffect } from 'react';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  PASTE_COMMAND,
  PASTE_TAG,
  type LexicalEditor,
} from 'lexical';
import { $toggleLink } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $insertRichText } from './insertRichText';
import { clipboardToRichText } from './pasteWord';
import { safeHref } from './safeHref';

/**
 * Only the clipboard event carries the data. Lexical also dispatches the paste for the
 * beforeinput and key events that precede it; those are left to Lexical, which ignores them.
 */
function clipboardDataOf(event: ClipboardEvent | InputEvent | KeyboardEvent): DataTransfer | null {
  return 'clipboardData' in event ? event.clipboardData : null;
}

/** A bare address pasted over selected text links that text, as in Word and Outlook. */
function $linkSelection(text: string): boolean {
  const href = safeHref(text);
  const selection = $getSelection();
  if (href === undefined || !$isRangeSelection(selection) || selection.isCollapsed() || /\s/.test(text.trim()))
    return false;
  $toggleLink(href);
  return true;
}

export function registerPaste(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    PASTE_COMMAND,
    (event) => {
      const data = clipboardDataOf(event);
      if (data === null) return false;
      event.preventDefault();
      const html = data.getData('text/html');
      const text = data.getData('text/plain');
      editor.update(
        () => {
          if (html === '' && $linkSelection(text)) return;
          $insertRichText(clipboardToRichText({ html, text }));
        },
        { tag: PASTE_TAG },
      );
      return true;
    },
    COMMAND_PRIORITY_HIGH,
  );
}

export function PastePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerPaste(editor), [editor]);
  return null;
}
