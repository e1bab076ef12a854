// Typing "- " or "* " at the start of a paragraph starts a bulleted list, "1. " a numbered one,
// as in Word and Teams chat.
import { useEffect } from 'react';
import {
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $isRootNode,
  $isTextNode,
  COMMAND_PRIORITY_LOW,
  KEY_SPACE_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { $insertList, type ListType } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';

function listTypeForMarker(marker: string): ListType | undefined {
  if (marker === '-' || marker === '*') return 'bullet';
  if (marker === '1.' || marker === '1)') return 'number';
  return undefined;
}

export function registerListShortcut(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    KEY_SPACE_COMMAND,
    (event) => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
      const text = selection.anchor.getNode();
      const paragraph = text.getParent();
      if (
        !$isTextNode(text) ||
        !$isParagraphNode(paragraph) ||
        !$isRootNode(paragraph.getParent()) ||
        paragraph.getFirstChild() !== text
      )
        return false;
      const listType = listTypeForMarker(text.getTextContent().slice(0, selection.anchor.offset));
      if (listType === undefined) return false;
      event.preventDefault();
      text.spliceText(0, selection.anchor.offset, '', true);
      $insertList(listType);
      return true;
    },
    COMMAND_PRIORITY_LOW,
  );
}

export function ListShortcutPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerListShortcut(editor), [editor]);
  return null;
}
